package dev.retort.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.Database;
import dev.retort.testing.TestDatabases;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * The version table in a schema of its own, and beside a table of its name in another schema, on
 * every database that has schemas (SQLite has none: its case does not exist, rather than being
 * skipped).
 */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(VersionTableSchemasTest.WithSchemas.class)
class VersionTableSchemasTest extends VersionTableFixture {
  static final class WithSchemas implements ArgumentsProvider {
    @Override
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
      return TestDatabases.here().stream().filter(kind -> kind != Database.SQLITE).map(Arguments::of);
    }
  }

  /** A schema of this test's own (a database on MariaDB), so parallel runs on one server never meet. */
  private String otherSchema(String label) throws Exception {
    String name = db.name() + "_" + label;
    db.execute((kind == Database.MARIADB ? "CREATE DATABASE " : "CREATE SCHEMA ") + name);
    return name;
  }

  private void dropSchema(String name) throws Exception {
    db.execute(switch (kind) {
      case MARIADB -> "DROP DATABASE " + name;
      case SQLSERVER -> "DROP SCHEMA " + name;
      default -> "DROP SCHEMA " + name + " CASCADE";
    });
  }

  @Test
  void customAndQualifiedNames() throws Exception {
    String schema = otherSchema("audit");
    try {
      VersionTable audit = new VersionTable(dialect, schema + ".schema_history");
      assertThat(audit.createIfMissing(connection)).isTrue();
      assertThat(audit.exists(connection)).isTrue();
      assertThat(table.exists(connection)).isFalse();
      assertThat(audit.deleteStatementFor("o'k")).isEqualTo("DELETE FROM " + dialect.quoteTable(schema + ".schema_history")
          + " WHERE " + dialect.quoteName("revision") + " = 'o''k'");
      audit.insert(connection, new VersionRow("a1", List.of(), "create", "v1:aa", Instant.EPOCH, "SA", 1, true));
      assertThat(audit.read(connection).ids()).containsExactly("a1");
      if (kind == Database.SQLSERVER) {
        db.execute("DROP TABLE " + dialect.quoteTable(schema + ".schema_history"));
      }
    } finally {
      dropSchema(schema);
    }
  }

  @Test
  void aTableOfTheSameNameInAnotherSchemaDoesNotCount() throws Exception {
    String schema = otherSchema("other");
    try {
      db.execute("CREATE TABLE " + schema + "." + db.stored("retort_version") + " (x INT)");
      assertThat(table.exists(connection)).isFalse();
      if (kind == Database.SQLSERVER) {
        db.execute("DROP TABLE " + schema + ".retort_version");
      }
    } finally {
      dropSchema(schema);
    }
  }
}
