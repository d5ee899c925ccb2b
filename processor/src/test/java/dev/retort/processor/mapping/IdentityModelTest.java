package dev.retort.processor.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.Database;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * @GeneratedValue IDENTITY, SEQUENCE (default and @SequenceGenerator), TABLE (default and
 * @TableGenerator), AUTO on a number and on a UUID, UUID, with Hibernate 6/7 defaults; a
 * JPA 3.2 unnamed @GeneratedValue that uses the @SequenceGenerator on its attribute (how the
 * data-loss guard tells a renamed entity to keep its old sequence); a nested entity class with
 * Hibernate's default name, Catalog$Item (its table, sequence and collection table follow it).
 * Model: {@code src/test/resources/mapping/identity}.
 */
class IdentityModelTest {
  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.retort.processor.mapping.OracleAssertions#databases")
  void hibernateValidatesTheMigratedSchemaAndCreatesTheSame(Database database) {
    Oracle.Run run = OracleAssertions.proves("identity", database, HibernateOracle.Naming.JPA, List.of());
    if (database == Database.H2) {
      assertThat(run.retort().sequences()).containsEntry("BYDEFAULTSEQUENCE_SEQ", "start 1 increment 50")
          .containsEntry("BYAUTO_SEQ", "start 1 increment 50")
          .containsEntry("INVOICE_NUMBERS", "start 1000 increment 10")
          .containsEntry("BEFORE_SEQ", "start 1 increment 50")
          .containsEntry("CATALOG$ITEM_SEQ", "start 1 increment 50")
          .hasSize(5);
      assertThat(run.retort().tables().get("CATALOG$ITEM_TAGS").foreignKeys())
          .containsExactly("(CATALOG$ITEM_ID) -> CATALOG$ITEM(ID)");
      assertThat(run.retort().tables().get("BYIDENTITY").columns().get("ID").autoIncrement()).isTrue();
      assertThat(run.retort().tables().get("HIBERNATE_SEQUENCES").primaryKey()).containsExactly("SEQUENCE_NAME");
      assertThat(run.retort().tables().get("ID_GENERATOR").columns()).containsKeys("GENERATOR", "NEXT_VALUE");
    }
  }
}
