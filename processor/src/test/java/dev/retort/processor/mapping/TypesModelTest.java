package dev.retort.processor.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.Database;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Basic types (every one JPA 3.2 lists, the java.sql and java.time ones, OffsetTime, Duration, Year), @Lob on
 * String, char[] and byte[], enums ORDINAL and STRING, @Column(columnDefinition) passed through, a char's
 * @Column(length).
 * Model: {@code src/test/resources/mapping/types}.
 */
class TypesModelTest {
  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.retort.processor.mapping.OracleAssertions#databases")
  void hibernateValidatesTheMigratedSchemaAndCreatesTheSame(Database database) {
    Oracle.Run run = OracleAssertions.proves("types", database, HibernateOracle.Naming.JPA, List.of(
        DeliberateDifferences.enumOrder("ENUMS", "SIZED", "'DRAFT', 'PUBLISHED', 'ARCHIVED'", "'ARCHIVED', 'DRAFT', 'PUBLISHED'")
            .on(Database.H2, Database.MARIADB),
        DeliberateDifferences.enumOrder("ENUMS", "STRING", "'DRAFT', 'PUBLISHED', 'ARCHIVED'", "'ARCHIVED', 'DRAFT', 'PUBLISHED'")
            .on(Database.H2, Database.MARIADB)));
    if (database == Database.H2) {
      var temporals = run.retort().tables().get("TEMPORALS").columns();
      assertThat(temporals.get("DURATION").type()).isEqualTo("NUMERIC(21,0)");
      assertThat(temporals.get("INSTANT").type()).isEqualTo("TIMESTAMP WITH TIME ZONE(6)");
      assertThat(temporals.get("UTILDATE").type()).isEqualTo("DATE");
      assertThat(temporals.get("UTILTIME").type()).isEqualTo("TIME(0)");
      assertThat(temporals.get("ALARM").type()).isEqualTo("TIME WITH TIME ZONE(0)");
      assertThat(temporals.get("CALENDARTIMESTAMP").type()).isEqualTo("TIMESTAMP(6)");
      var enums = run.retort().tables().get("ENUMS");
      assertThat(enums.columns().get("ORDINAL").type()).isEqualTo("TINYINT");
      assertThat(enums.checks()).contains("ORDINAL BETWEEN 0 AND 2", "BYDEFAULT BETWEEN 0 AND 2");
      var texts = run.retort().tables().get("TEXTS").columns();
      assertThat(texts.get("CLOBCHARS").type()).isEqualTo("CHARACTER LARGE OBJECT");
      assertThat(texts.get("PICTURE").type()).isEqualTo("BINARY LARGE OBJECT");
      assertThat(texts.get("CUSTOM").type()).isEqualTo("CHARACTER VARYING(12)");
      var primitives = run.retort().tables().get("PRIMITIVES").columns();
      assertThat(primitives.get("BIGSIZED").type()).isEqualTo("NUMERIC(20,0)");
      assertThat(primitives.get("LETTER").nullable()).isFalse();
      assertThat(primitives.get("LETTER").type()).isEqualTo("CHARACTER(1)");
      assertThat(primitives.get("CODE").type()).isEqualTo("CHARACTER(5)");
      assertThat(primitives.get("BOXEDCODE").type()).isEqualTo("CHARACTER(3)");
      assertThat(primitives.get("GRADE").type()).isEqualTo("CHARACTER(1)");
    }
  }
}
