package dev.retort.processor.mapping;

import dev.retort.Migrations;
import dev.retort.testing.Database;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The whole proof for one model on one database: compile the entities with the processor, apply
 * the generated migrations to an empty database, let Hibernate validate that database, let
 * Hibernate create its own schema in a second empty database, and list how the two differ.
 */
final class Oracle {
  private Oracle() {}

  /**
   * What a run found.
   *
   * @param compiled the processor's output (migration sources, snapshot)
   * @param retort the schema the migrations made
   * @param hibernate the schema Hibernate made
   * @param differences every difference, one line each
   */
  record Run(ModelCompiler.Output compiled, DbSchema retort, DbSchema hibernate, List<String> differences) {
    String migrationSource() {
      try {
        StringBuilder text = new StringBuilder();
        for (Path file : compiled.migrationSources()) {
          text.append(Files.readString(file));
        }
        return text.toString();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String hibernateScript() {
      return readScript(compiled.root().resolve("hibernate-create.sql"));
    }
  }

  static Run run(String model, Database database) {
    return run(model, database, HibernateOracle.Naming.JPA);
  }

  static Run run(String model, Database database, HibernateOracle.Naming naming) {
    ModelCompiler.Output compiled = ModelCompiler.compile(model, naming.processorOption);
    String label = "oracle_" + model + (naming == HibernateOracle.Naming.JPA ? "" : "_" + naming.name());
    try (LoadedModel loaded = new LoadedModel(compiled);
        TestDatabase migrated = TestDatabases.fresh(database, label + "_retort");
        TestDatabase created = TestDatabases.fresh(database, label + "_hibernate")) {
      Migrations.using(migrated.dataSource()).withMigrations(loaded.migrations()).upgradeToHead();
      DbSchema retort = DbSchema.read(migrated.dataSource());
      Path script = compiled.root().resolve("hibernate-create.sql");
      HibernateOracle.create(created.dataSource(), loaded, naming, script);
      DbSchema hibernate = DbSchema.read(created.dataSource());
      List<String> differences = SchemaComparison.differences(retort, hibernate);
      try {
        HibernateOracle.validate(migrated.dataSource(), loaded, naming);
      } catch (RuntimeException e) {
        throw new AssertionError("Hibernate rejects the schema Retort made for " + model + " on " + database + ": "
            + messages(e) + "\n\nmigration:\n" + read(compiled) + "\nHibernate's own DDL:\n" + readScript(script)
            + "\ndifferences:\n" + String.join("\n", differences), e);
      }
      return new Run(compiled, retort, hibernate, differences);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String messages(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      text.append(t.getMessage()).append(t.getCause() == null ? "" : " <- ");
    }
    return text.toString();
  }

  private static String read(ModelCompiler.Output compiled) {
    return new Run(compiled, null, null, List.of()).migrationSource();
  }

  private static String readScript(Path script) {
    try {
      return Files.exists(script) ? Files.readString(script) : "(none)";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
