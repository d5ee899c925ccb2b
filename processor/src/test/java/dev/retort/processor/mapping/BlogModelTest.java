package dev.retort.processor.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.Database;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Associations: @ManyToOne (optional = false, @JoinColumn name, @ForeignKey name, NO_CONSTRAINT,
 * referencedColumnName to a natural key), @OneToOne owning and mappedBy, @MapsId, @OneToMany with
 * mappedBy (+ @OrderColumn in the child), with @JoinColumn (key in the child) and without (join
 * table), @ManyToMany with and without @JoinTable, @OrderColumn in a join table.
 * Model: {@code src/test/resources/mapping/blog}.
 */
class BlogModelTest {
  private static final List<DeliberateDifferences.Expected> EXPECTED = List.of(
      DeliberateDifferences.keyOrder("POST_CATEGORY", "POST, POSITION", "POSITION, POST"),
      DeliberateDifferences.ownerIndex("POST_CATEGORY", "POST"));

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.retort.processor.mapping.OracleAssertions#databases")
  void hibernateValidatesTheMigratedSchemaAndCreatesTheSame(Database database) {
    Oracle.Run run = OracleAssertions.proves("blog", database, HibernateOracle.Naming.JPA, EXPECTED);
    if (database == Database.H2) {
      var tables = run.retort().tables();
      assertThat(tables.get("POST").foreignKeys()).containsExactlyInAnyOrder(
          "(AUTHOR_ID) -> AUTHOR(ID)", "(EDITOR) -> AUTHOR(ID)", "(AUTHOR_HANDLE) -> AUTHOR(HANDLE)");
      assertThat(tables.get("POST").columns().get("AUTHOR_ID").nullable()).isFalse();
      assertThat(tables.get("PROFILE").indexes()).contains("unique (AUTHOR_ID)");
      assertThat(tables.get("POSTDETAILS").primaryKey()).containsExactly("POST_ID");
      assertThat(tables.get("POST_TAG").primaryKey()).containsExactly("POSTS_ID", "TAGS_ID");
      assertThat(tables.get("POST_ATTACHMENT").primaryKey()).containsExactly("ATTACHMENTS_ID");
      assertThat(tables.get("REVISION").foreignKeys()).containsExactly("(POST_ID) -> POST(ID)");
      assertThat(tables.get("COMMENT").columns()).containsKey("COMMENTS_ORDER");
    }
  }

  /**
   * The same model with Spring Boot's naming: -Aretort.naming=snake_case against Hibernate booted
   * with CamelCaseToUnderscoresNamingStrategy and SpringImplicitNamingStrategy.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.retort.processor.mapping.OracleAssertions#databases")
  void withSpringBootsNamingToo(Database database) {
    Oracle.Run run = OracleAssertions.proves("blog", database, HibernateOracle.Naming.SNAKE_CASE, EXPECTED);
    if (database == Database.H2) {
      var tables = run.retort().tables();
      assertThat(tables).containsKeys("POST", "POST_DETAILS", "POST_TAGS", "POST_ATTACHMENTS", "POST_CATEGORY");
      assertThat(tables.get("POST").foreignKeys()).contains("(AUTHOR_HANDLE) -> AUTHOR(HANDLE)");
      assertThat(tables.get("POST_TAGS").primaryKey()).containsExactly("POSTS_ID", "TAGS_ID");
      assertThat(tables.get("COMMENT").columns()).containsKey("COMMENTS_ORDER");
    }
  }
}
