package dev.retort.processor.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.Database;
import java.util.List;
import java.util.stream.Stream;

/** The shared shape of every model test: run the oracle, expect exactly the deliberate differences. */
final class OracleAssertions {
  private OracleAssertions() {}

  /**
   * The databases a model test runs on: H2 always; PostgreSQL and MariaDB from
   * {@code RETORT_TEST_POSTGRES_URL} / {@code RETORT_TEST_MARIADB_URL} (or Testcontainers), skipped
   * visibly without them, failed when {@code RETORT_REQUIRE_DATABASES} requires them.
   */
  static Stream<Database> databases() {
    return Stream.of(Database.H2, Database.POSTGRESQL, Database.MARIADB);
  }

  /**
   * Runs the oracle and expects exactly the deliberate differences that apply to this database.
   */
  static Oracle.Run proves(String model, Database database, HibernateOracle.Naming naming,
      List<DeliberateDifferences.Expected> expected) {
    Oracle.Run run = Oracle.run(model, database, naming);
    List<String> lines = expected.stream().filter(e -> e.appliesTo(database)).map(DeliberateDifferences.Expected::line).toList();
    assertThat(run.differences())
        .as("differences from Hibernate's own DDL on %s (Retort's migration:%n%s%nHibernate's DDL:%n%s)", database,
            run.migrationSource(), run.hibernateScript())
        .containsExactlyInAnyOrderElementsOf(lines);
    return run;
  }
}
