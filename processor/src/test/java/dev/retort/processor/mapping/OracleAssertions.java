package dev.retort.processor.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.stream.Stream;

/** The shared shape of every model test: run the oracle, expect exactly the deliberate differences. */
final class OracleAssertions {
  private OracleAssertions() {}

  /** The databases a model test runs on: H2 always, the servers when the environment names them. */
  static Stream<TestDatabase> databases() {
    return TestDatabase.all().stream();
  }

  static Oracle.Run proves(String model, TestDatabase database, HibernateOracle.Naming naming,
      List<DeliberateDifferences.Expected> expected) {
    assumeTrue(database.available(), database + " is not configured here");
    Oracle.Run run = Oracle.run(model, database, naming);
    List<String> lines = expected.stream().filter(e -> database.name().equals("H2")).map(DeliberateDifferences.Expected::line).toList();
    assertThat(run.differences())
        .as("differences from Hibernate's own DDL on %s (Retort's migration:%n%s%nHibernate's DDL:%n%s)", database,
            run.migrationSource(), run.hibernateScript())
        .containsExactlyInAnyOrderElementsOf(lines);
    return run;
  }
}
