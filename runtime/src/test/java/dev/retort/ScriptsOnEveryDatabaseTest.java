package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.fixture.branches.Branches;
import dev.retort.op.Operations;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Table;
import dev.retort.testing.AllDatabases;
import dev.retort.testing.Database;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Offline scripts written for each database run on that database as a DBA would run them, and
 * build what an online upgrade builds; a downgrade script undoes them. (The script's text is
 * {@code ScriptTest}'s subject; SQL Server's scripts run here where Docker is available.)
 */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(AllDatabases.class)
class ScriptsOnEveryDatabaseTest {
  @Parameter
  Database kind;

  private TestDatabase online;
  private TestDatabase byScript;
  private Migrator offline;
  private Dialect dialect;

  @BeforeEach
  void open() throws Exception {
    online = TestDatabases.fresh(kind, "ScriptsOnline");
    byScript = TestDatabases.fresh(kind, "ScriptsByScript");
    try (Connection c = online.connect()) {
      dialect = Dialects.detect(c);
    }
    offline = Migrations.offline(dialect).withMigrations(Branches.all());
  }

  @AfterEach
  void close() {
    if (online != null) {
      online.close();
    }
    if (byScript != null) {
      byScript.close();
    }
  }

  /** Runs a script statement by statement, comments skipped. */
  private static void run(TestDatabase db, String script) throws Exception {
    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      StringBuilder current = new StringBuilder();
      for (String line : script.split("\n")) {
        if (line.startsWith("--") || line.isBlank()) {
          continue;
        }
        current.append(line).append('\n');
        if (line.endsWith(";")) {
          st.execute(current.substring(0, current.length() - 2));
          current.setLength(0);
        }
      }
    }
  }

  /** Tables, columns, indexes and keys, names upper-cased. */
  private static List<String> schema(TestDatabase db) throws Exception {
    List<String> all = new ArrayList<>();
    for (String table : db.tables()) {
      all.add(table.toUpperCase(Locale.ROOT) + " " + db.columns(table).values().stream()
          .map(c -> c.name().toUpperCase(Locale.ROOT) + " " + c.type() + " " + c.nullable()).toList()
          + " " + db.indexes(table) + " " + db.primaryKey(table) + " " + db.foreignKeys(table));
    }
    return all;
  }

  @Test
  void aScriptFromBaseToHeadBuildsWhatAnOnlineUpgradeBuilds() throws Exception {
    Migrations.using(online.dataSource()).withMigrations(Branches.all()).upgradeToHead();

    run(byScript, offline.script("base", "head"));

    assertThat(schema(byScript)).isEqualTo(schema(online));
    Migrator scripted = Migrations.using(byScript.dataSource()).withMigrations(Branches.all());
    assertThat(scripted.current()).containsExactly("c4cccc");
    assertThat(scripted.pending()).isEmpty();
    assertThat(scripted.upgradeToHead().upToDate()).isTrue();
  }

  @Test
  void scriptsGoUpInStepsAndDownToBase() throws Exception {
    run(byScript, offline.script("base", "b2bbbb"));
    run(byScript, offline.script("b2bbbb", "head"));
    Migrator scripted = Migrations.using(byScript.dataSource()).withMigrations(Branches.all());
    assertThat(scripted.current()).containsExactly("c4cccc");

    run(byScript, offline.script("head", "b2bbbb"));
    assertThat(scripted.current()).containsExactly("b2bbbb");
    assertThat(byScript.tables().stream().map(t -> t.toUpperCase(Locale.ROOT))).contains("ROOM", "SHELF").doesNotContain("DESK");

    run(byScript, offline.script("b2bbbb", "base"));
    assertThat(byScript.tables().stream().map(t -> t.toUpperCase(Locale.ROOT))).containsExactly("RETORT_VERSION");
  }

  /**
   * The version row's literals are the database's own: MySQL and MariaDB read a backslash in a
   * string literal as an escape, so a message with one must reach their table as it is written.
   */
  @Test
  void aMessageWithQuotesAndBackslashesIsRecordedAsWritten() throws Exception {
    List<Migration> migrations = List.of(new Awkward());
    run(byScript, Migrations.offline(dialect).withMigrations(migrations).script("base", "head"));

    Migrator scripted = Migrations.using(byScript.dataSource()).withMigrations(migrations);
    assertThat(scripted.history()).singleElement()
        .satisfies(entry -> assertThat(entry.message()).isEqualTo(Awkward.MESSAGE));
    assertThat(scripted.upgradeToHead().upToDate()).as("the recorded checksum matches the code's").isTrue();
  }

  @Revision(id = "q1", message = Awkward.MESSAGE)
  public static final class Awkward extends Migration {
    static final String MESSAGE = "move C:\\temp\\new to the 'archive' \\' table";

    @Override
    public void upgrade(Operations op) {
      op.createTable(Table.table("awkward").column(Column.col("id", ColumnType.BIGINT).notNull()).primaryKey("id"));
    }
  }
}
