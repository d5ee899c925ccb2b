package dev.retort.processor.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.Database;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Constraints and defaults: @Table(uniqueConstraints, indexes (named, unique, by default name)),
 * JPA 3.2's @CheckConstraint on @Column and on @Table (one and two), @Column(unique), Hibernate's
 * @ColumnDefault (a number, a string, a decimal), @Basic(optional = false), @Version (primitive and
 * wrapper); JPA 3.2's
 * comments, which Retort leaves out with a warning. Model: {@code src/test/resources/mapping/constraints}.
 */
class ConstraintsModelTest {
  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.retort.processor.mapping.OracleAssertions#databases")
  void hibernateValidatesTheMigratedSchemaAndCreatesTheSame(Database database) {
    Oracle.Run run = OracleAssertions.proves("constraints", database, HibernateOracle.Naming.JPA, List.of());
    if (database == Database.H2) {
      var ledger = run.retort().tables().get("LEDGER");
      assertThat(ledger.indexes()).contains("unique (CODE, FISCAL_YEAR)", "unique (OWNER, CODE)", "index (OPENED_ON)");
      assertThat(ledger.checks()).contains("FISCAL_YEAR >= 2000", "BALANCE >= CAST -1000 AS BIGINT");
      assertThat(ledger.columns().get("STATE").defaultValue()).isEqualTo("'OPEN'");
      assertThat(ledger.columns().get("ENTRIES").defaultValue()).isEqualTo("0");
      assertThat(ledger.columns().get("FISCAL_YEAR").nullable()).as("a primitive with @Column is nullable").isTrue();
      assertThat(ledger.columns().get("TITLE").nullable()).isFalse();
      var entry = run.retort().tables().get("ENTRY");
      assertThat(entry.checks()).hasSize(2).anySatisfy(c -> assertThat(c).startsWith("AMOUNT <> "));
      assertThat(entry.columns().get("RATE").defaultValue()).isEqualTo("1.50");
      assertThat(entry.columns().get("VERSION").nullable()).as("a wrapper @Version").isFalse();
      assertThat(run.migrationSource()).contains("uk_ledger_code_year", "ix_ledger_owner_code", "ck_ledger_year")
          .contains("defaultValue(\"'OPEN'\")");
    }
  }
}
