package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.H2Dialect;
import dev.retort.fixture.AddStock;
import dev.retort.fixture.CreateLibrary;
import dev.retort.fixture.branches.Branches;
import dev.retort.op.Operations;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Offline scripts: the plan an online run executes, written out for a named dialect. */
class ScriptTest {
  private final Migrator offline = Migrations.offline(new H2Dialect()).withMigrations(Branches.all());

  /** Runs a script as a DBA would: statement by statement, comments skipped. */
  private static void run(Db db, String script) throws Exception {
    try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
      for (String sql : statements(script)) {
        st.execute(sql);
      }
    }
  }

  private static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      if (line.startsWith("--") || line.isBlank()) {
        continue;
      }
      current.append(line).append('\n');
      if (line.endsWith(";")) {
        statements.add(current.substring(0, current.length() - 2));
        current.setLength(0);
      }
    }
    return statements;
  }

  private static List<String> schema(Db db) throws Exception {
    List<String> all = new ArrayList<>();
    for (String table : db.tables().stream().sorted().toList()) {
      all.add(table + " " + db.columns(table) + " " + db.indexes(table) + " " + db.primaryKey(table));
    }
    return all;
  }

  private static List<String> versionRows(Db db) throws Exception {
    return db.strings("SELECT \"REVISION\" || ':' || \"PARENTS\" || ':' || \"MESSAGE\" || ':' || \"CHECKSUM\" || ':' "
        + "|| \"SUCCESS\" FROM \"RETORT_VERSION\" ORDER BY 1");
  }

  @Test
  void aScriptFromBaseToHeadBuildsWhatAnOnlineUpgradeBuilds() throws Exception {
    Db online = new Db();
    SpyDataSource spy = new SpyDataSource(online.dataSource());
    Migrations.using(spy.dataSource()).withMigrations(Branches.all()).upgradeToHead();

    String script = offline.script("base", "head");
    Db byScript = new Db();
    run(byScript, script);

    assertThat(schema(byScript)).isEqualTo(schema(online));
    assertThat(versionRows(byScript)).isEqualTo(versionRows(online));
    // what the executor ran (its own version-table statements and the table lock timeout it sets around them aside)
    // is what the script holds, in order
    List<String> ran = spy.executed().stream()
        .filter(sql -> !sql.contains("RETORT_VERSION") && !sql.contains("LOCK_TIMEOUT")).toList();
    assertThat(statements(script).stream().filter(sql -> !sql.contains("RETORT_VERSION")).toList()).isEqualTo(ran);
    // and Retort accepts the scripted database as its own: checksums match, nothing pending
    Migrator scripted = Migrations.using(byScript.dataSource()).withMigrations(Branches.all());
    assertThat(scripted.pending()).isEmpty();
    assertThat(scripted.upgradeToHead().upToDate()).isTrue();
    assertThat(scripted.current()).containsExactly("c4cccc");
  }

  @Test
  void theScriptSaysWhatItIsAndCreatesTheVersionTableOnlyFromBase() {
    String full = offline.script("base", "head");
    assertThat(full)
        .startsWith("-- Retort: upgrade from base to c4cccc on H2\n"
            + "-- 6 revision(s), in this order: a0aaaa, b1bbbb, b2bbbb, d1dddd, m3mmmm, c4cccc\n")
        .contains("CREATE TABLE \"RETORT_VERSION\" (")
        .contains("\n-- Upgrade revision m3mmmm: merge (parents: b2bbbb, d1dddd)\n"
            + "INSERT INTO \"RETORT_VERSION\" (\"REVISION\", \"PARENTS\", \"MESSAGE\", \"CHECKSUM\", \"APPLIED_AT\", "
            + "\"APPLIED_BY\", \"EXECUTION_MS\", \"SUCCESS\") VALUES ('m3mmmm', 'b2bbbb,d1dddd', 'merge', 'v1:");

    String part = offline.script("b2bb", "head");
    assertThat(part).startsWith("-- Retort: upgrade from b2bbbb to c4cccc on H2\n")
        .contains("in this order: d1dddd, m3mmmm, c4cccc")
        .doesNotContain("CREATE TABLE \"RETORT_VERSION\"")
        .doesNotContain("Upgrade revision b2bbbb");

    assertThat(offline.script("head", "head")).endsWith("-- Nothing to do: the database is at the target already.\n");
  }

  @Test
  void aDowngradeScriptUndoesRevisionsAndRemovesTheirRows() throws Exception {
    Db db = new Db();
    Migrations.using(db.dataSource()).withMigrations(Branches.all()).upgradeToHead();

    String script = offline.script("head", "b2bbbb");
    run(db, script);

    assertThat(script).startsWith("-- Retort: downgrade from c4cccc to b2bbbb on H2\n")
        .contains("in this order: c4cccc, m3mmmm, d1dddd")
        .contains("DELETE FROM \"RETORT_VERSION\" WHERE \"REVISION\" = 'd1dddd';");
    assertThat(db.tables()).doesNotContain("DESK").contains("SHELF", "ROOM");
    assertThat(Migrations.using(db.dataSource()).withMigrations(Branches.all()).current()).containsExactly("b2bbbb");

    run(db, offline.script("b2bbbb", "base"));
    assertThat(db.tables()).containsExactly("RETORT_VERSION");
  }

  @Test
  void relativeTargetsCountFromTheStartOfTheScript() {
    assertThat(offline.script("b1bbbb", "+1")).contains("in this order: b2bbbb\n");
    assertThat(offline.script("c4cccc", "-1")).startsWith("-- Retort: downgrade from c4cccc to m3mmmm");
  }

  @Test
  void aRangeAcrossBranchesIsRefused() {
    assertThatThrownBy(() -> offline.script("b2bbbb", "d1dddd"))
        .isInstanceOf(RetortException.class)
        .hasMessageContaining("neither an upgrade nor a downgrade (it undoes b2bbbb, b1bbbb and applies d1dddd)");
  }

  @Test
  void aDowngradeScriptThroughAnIrreversibleMigrationIsRefused() {
    Migrator library = Migrations.offline(new H2Dialect()).withMigrations(List.of(new CreateLibrary(), new AddStock()));
    assertThatThrownBy(() -> library.script("head", "base")).isInstanceOf(IrreversibleMigrationException.class);
  }

  @Revision(id = "0003", parents = "0002", message = "fill from Java")
  public static final class Callback extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.jdbc("copy the old prices", c -> {});
    }
  }

  @Test
  void jdbcCallbacksAreFlaggedBecauseAScriptCannotHoldThem() {
    String script = Migrations.offline(new H2Dialect())
        .withMigrations(List.of(new CreateLibrary(), new AddStock(), new Callback())).script("0002", "head");
    assertThat(script)
        .contains("-- WARNING: revision 0003 runs Java code (jdbc: copy the old prices), which a script cannot hold")
        .contains("-- JDBC callback: copy the old prices\n");
  }

  @Test
  void aScriptNeedsANamedDialectButNoConnection() {
    Migrator withoutDialect = Migrations.using(new Db().dataSource()).withMigrations(Branches.all());
    assertThatThrownBy(() -> withoutDialect.script("base", "head"))
        .isInstanceOf(RetortException.class)
        .hasMessageContaining("withDialect");
  }
}
