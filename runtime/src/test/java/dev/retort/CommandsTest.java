package dev.retort;

import static dev.retort.schema.Column.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.retort.dialect.H2Dialect;
import dev.retort.engine.UnknownDatabaseRevisionException;
import dev.retort.fixture.AddStock;
import dev.retort.fixture.CreateLibrary;
import dev.retort.fixture.branches.Branches;
import dev.retort.graph.AmbiguousRevisionException;
import dev.retort.graph.UnknownRevisionException;
import dev.retort.op.Operations;
import dev.retort.schema.ColumnType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.op.DropColumn;
import dev.retort.testing.AllDatabases;
import dev.retort.testing.Database;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
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

/** The commands of {@link Migrator} beyond upgradeToHead, on every database, through a graph with branches. */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(AllDatabases.class)
class CommandsTest {
  @Parameter
  Database kind;

  private TestDatabase db;
  private Dialect dialect;
  private Migrator branches;

  @BeforeEach
  void open() throws Exception {
    db = TestDatabases.fresh(kind, "CommandsTest");
    try (Connection c = db.connect()) {
      dialect = Dialects.detect(c);
    }
    branches = Migrations.using(db.dataSource()).withMigrations(Branches.all());
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  /** A column of every row of the version table, sorted by revision. */
  private List<String> versionColumn(String column) throws Exception {
    return db.strings("SELECT " + dialect.quoteName(column) + " FROM " + dialect.quoteTable("retort_version") + " ORDER BY "
        + dialect.quoteName("revision"));
  }

  private List<String> rows() throws Exception {
    return versionColumn("revision");
  }

  /** {@code revision:SUCCESS} per row. */
  private List<String> rowsWithSuccess() throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT " + dialect.quoteName("revision") + ", " + dialect.quoteName("success") + " FROM "
            + dialect.quoteTable("retort_version") + " ORDER BY 1")) {
      while (rs.next()) {
        out.add(rs.getString(1) + ":" + String.valueOf(rs.getBoolean(2)).toUpperCase(Locale.ROOT));
      }
    }
    return out;
  }

  private List<String> userTables() throws Exception {
    return db.tables().stream().map(t -> t.toUpperCase(Locale.ROOT)).filter(t -> !t.equals("RETORT_VERSION")).sorted().toList();
  }

  @Revision(id = "0003", parents = "0002", message = "add a note")
  public static final class AddNote extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.addColumn("book", col("note", ColumnType.varchar(50)));
    }
  }

  // ---- up and down through branches and merges ----

  @Test
  void upgradesBranchesAndMergesInDependencyOrderAndDowngradesInReverse() throws Exception {
    UpgradeResult up = branches.upgradeToHead();

    assertThat(up.appliedIds()).containsExactly("a0aaaa", "b1bbbb", "b2bbbb", "d1dddd", "m3mmmm", "c4cccc");
    assertThat(up.current()).containsExactly("c4cccc");
    assertThat(userTables()).containsExactly("DESK", "ROOM", "SHELF");
    assertThat(db.indexes("room")).contains("(NAME)");

    DowngradeResult down = branches.downgrade("base");

    assertThat(down.revertedIds()).containsExactly("c4cccc", "m3mmmm", "d1dddd", "b2bbbb", "b1bbbb", "a0aaaa");
    assertThat(down.current()).isEmpty();
    assertThat(userTables()).isEmpty();
    assertThat(rows()).isEmpty();
    assertThat(branches.current()).isEmpty();
  }

  @Test
  void upgradesToARevisionIdOrAUniquePrefixOfOne() throws Exception {
    assertThat(branches.upgrade("b1").appliedIds()).containsExactly("a0aaaa", "b1bbbb");
    assertThat(branches.current()).containsExactly("b1bbbb");
    assertThat(branches.upgrade("d1dddd").appliedIds()).containsExactly("d1dddd");
    assertThat(branches.current()).containsExactly("b1bbbb", "d1dddd");
    assertThat(branches.upgrade("m3").appliedIds()).containsExactly("b2bbbb", "m3mmmm");
    assertThat(branches.current()).containsExactly("m3mmmm");
    assertThat(branches.upgrade("m3").upToDate()).isTrue();
  }

  @Test
  void stepsUpAndDownRelativeToTheCurrentRevision() throws Exception {
    assertThat(branches.upgrade("+1").appliedIds()).containsExactly("a0aaaa");
    assertThatThrownBy(() -> branches.upgrade("+1"))
        .isInstanceOf(AmbiguousRevisionException.class)
        .hasMessageContaining("b1bbbb, d1dddd");
    branches.upgrade("b2bbbb");
    assertThat(branches.downgrade("-1").revertedIds()).containsExactly("b2bbbb");
    assertThat(branches.current()).containsExactly("b1bbbb");
    assertThat(branches.downgrade("-2").revertedIds()).containsExactly("b1bbbb", "a0aaaa");
    assertThat(userTables()).isEmpty();
  }

  @Test
  void aDowngradeToARevisionUndoesEverythingThatIsNotItsAncestor() throws Exception {
    branches.upgradeToHead();

    DowngradeResult down = branches.downgrade("b2bb");

    assertThat(down.revertedIds()).containsExactly("c4cccc", "m3mmmm", "d1dddd");
    assertThat(down.current()).containsExactly("b2bbbb");
    assertThat(userTables()).containsExactly("ROOM", "SHELF");
    assertThat(rows()).containsExactly("a0aaaa", "b1bbbb", "b2bbbb");
  }

  @Test
  void headsAppliesEveryUnmergedBranchAndHeadAloneIsAmbiguous() throws Exception {
    Migrator unmerged = Migrations.using(db.dataSource()).withMigrations(Branches.unmerged());
    assertThat(unmerged.heads()).containsExactly("b2bbbb", "d1dddd");
    assertThatThrownBy(unmerged::upgradeToHead)
        .isInstanceOf(AmbiguousRevisionException.class)
        .hasMessageContaining("'head' is ambiguous: it could mean b2bbbb, d1dddd");
    assertThat(db.tables()).isEmpty();

    UpgradeResult result = unmerged.upgrade("heads");

    assertThat(result.current()).containsExactly("b2bbbb", "d1dddd");
    assertThat(unmerged.history()).filteredOn(HistoryEntry::current).extracting(HistoryEntry::id)
        .containsExactly("b2bbbb", "d1dddd");
  }

  // ---- targets that name nothing, or too much ----

  @Test
  void anUnknownOrAmbiguousTargetIsAClearErrorAndChangesNothing() throws Exception {
    assertThatThrownBy(() -> branches.upgrade("zz"))
        .isInstanceOf(UnknownRevisionException.class)
        .hasMessageContaining("No revision matches 'zz'")
        .hasMessageContaining("the known revisions are a0aaaa, b1bbbb, b2bbbb, d1dddd, m3mmmm, c4cccc");
    assertThatThrownBy(() -> branches.upgrade("b"))
        .isInstanceOf(AmbiguousRevisionException.class)
        .hasMessageContaining("'b' is ambiguous: it could mean b1bbbb, b2bbbb. Give more characters of the id.");
    assertThatThrownBy(() -> branches.downgrade("-1"))
        .isInstanceOf(UnknownRevisionException.class)
        .hasMessageContaining("the database is at base already");
    assertThat(db.tables()).isEmpty();
  }

  @Test
  void aDowngradeToARevisionThatIsNotAppliedIsRefused() throws Exception {
    branches.upgrade("b2bbbb");
    assertThatThrownBy(() -> branches.downgrade("d1dddd"))
        .isInstanceOf(RetortException.class)
        .hasMessageContaining("Cannot downgrade to d1dddd: the database has not applied d1dddd")
        .hasMessageContaining("use upgrade");
    assertThat(rows()).containsExactly("a0aaaa", "b1bbbb", "b2bbbb");
  }

  @Test
  void aDowngradeThroughAnIrreversibleMigrationFailsBeforeAnythingRuns() throws Exception {
    // AddStock's raw SQL has no undo and it does not override downgrade(): it cannot be undone
    Migrator library = Migrations.using(db.dataSource())
        .withMigrations(List.of(new CreateLibrary(), new AddStock(), new AddNote()));
    library.upgradeToHead();

    assertThatThrownBy(() -> library.downgrade("base"))
        .isInstanceOf(IrreversibleMigrationException.class)
        .hasMessageContaining("Revision 0002 cannot be downgraded")
        .hasMessageContaining("sql: UPDATE book SET isbn");

    // 0003, which could be undone and comes first, was not
    assertThat(db.columnNames("book")).contains("NOTE");
    assertThat(rows()).containsExactly("0001", "0002", "0003");
    assertThat(library.downgrade("0002").revertedIds()).containsExactly("0003");
  }

  @Revision(id = "0003", parents = "0002", message = "a note, with a broken downgrade")
  public static final class BrokenDowngrade extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.addColumn("book", col("note", ColumnType.varchar(50)));
    }

    @Override
    public void downgrade(Operations op) {
      op.dropColumn("book", col("note", ColumnType.varchar(50)));
      op.sql("UPDATE no_such_table SET x = 1");
    }
  }

  /**
   * Where DDL is transactional the failed downgrade rolls back whole and the revision stays
   * applied; where it commits at once what ran stays, the row marks the revision as failed, and
   * the message says how to go on.
   */
  @Test
  void aDowngradeThatFailsPartwayMarksItsRevisionAsFailed() throws Exception {
    Migrator library = Migrations.using(db.dataSource())
        .withMigrations(List.of(new CreateLibrary(), new AddStock(), new BrokenDowngrade()));
    library.upgradeToHead();

    if (dialect.capabilities().transactionalDdl()) {
      assertThatThrownBy(() -> library.downgrade("0002"))
          .isInstanceOf(dev.retort.engine.MigrationFailedException.class)
          .hasMessageContaining("The downgrade of revision 0003 failed at operation 2 of 2")
          .hasMessageContaining("rolled back");
      assertThat(db.columnNames("book")).contains("NOTE");
      assertThat(rowsWithSuccess()).containsExactly("0001:TRUE", "0002:TRUE", "0003:TRUE");
      assertThat(library.current()).containsExactly("0003");
      return;
    }
    String dropNote = dialect.render(new DropColumn("book", col("note", ColumnType.varchar(50)))).get(0).sql();
    assertThatThrownBy(() -> library.downgrade("0002"))
        .isInstanceOf(dev.retort.engine.MigrationFailedException.class)
        .hasMessageContaining("The downgrade of revision 0003 failed at operation 2 of 2")
        .hasMessageContaining(dialect.databaseName() + " commits DDL at once, so these statements of revision 0003 "
            + "stay applied:\n  " + dropNote)
        .hasMessageContaining("finish undoing the revision by hand and run DELETE FROM "
            + dialect.quoteTable("retort_version") + " WHERE " + dialect.quoteName("revision") + " = '0003'");

    assertThat(rowsWithSuccess()).containsExactly("0001:TRUE", "0002:TRUE", "0003:FALSE");
    assertThatThrownBy(library::upgradeToHead).isInstanceOf(dev.retort.engine.IncompleteMigrationException.class);
    // once the schema is right, stamp resolves the mark
    assertThat(library.stamp("0002")).containsExactly("0002");
    assertThat(library.upgradeToHead().appliedIds()).containsExactly("0003");
  }

  // ---- reading ----

  @Test
  void historyListsAppliedAndPendingWithDatesMessagesAndTheCurrentRevision() {
    branches.upgrade("b2bbbb");

    List<HistoryEntry> history = branches.history();

    assertThat(history).extracting(HistoryEntry::id, HistoryEntry::message, HistoryEntry::pending, HistoryEntry::current)
        .containsExactly(
            tuple("a0aaaa", "room", false, false),
            tuple("b1bbbb", "shelf", false, false),
            tuple("b2bbbb", "shelf label", false, true),
            tuple("d1dddd", "desk", true, false),
            tuple("m3mmmm", "merge", true, false),
            tuple("c4cccc", "room name index", true, false));
    HistoryEntry applied = history.get(2);
    assertThat(applied.created()).isEqualTo(java.time.Instant.parse("2026-01-03T00:00:00Z"));
    assertThat(applied.appliedAt()).isNotNull();
    if (kind == Database.H2) {
      assertThat(applied.appliedBy()).isEqualTo("SA");
    }
    assertThat(applied.executionTime()).isNotNull();
    assertThat(applied.stamped()).isFalse();
    assertThat(history.get(4).merge()).isTrue();
    assertThat(history.get(4).parents()).containsExactly("b2bbbb", "d1dddd");
    assertThat(history.get(4).appliedAt()).isNull();
  }

  @Test
  void pendingListsWhatUpgradeToHeadWouldApplyAndChangesNothing() throws Exception {
    branches.upgrade("b1bbbb");
    assertThat(branches.pending()).containsExactly("b2bbbb", "d1dddd", "m3mmmm", "c4cccc");
    assertThat(rows()).containsExactly("a0aaaa", "b1bbbb");
  }

  @Test
  void headsNeedNoDatabase() {
    assertThat(Migrations.offline(new H2Dialect()).withMigrations(Branches.all()).heads()).containsExactly("c4cccc");
    assertThatThrownBy(() -> Migrations.offline(new H2Dialect()).withMigrations(Branches.all()).current())
        .isInstanceOf(RetortException.class)
        .hasMessageContaining("without a database");
  }

  // ---- stamp ----

  @Test
  void stampAdoptsAnExistingSchemaAsABaselineWithoutRunningAnything() throws Exception {
    db.execute("CREATE TABLE room (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(40))",
        "CREATE TABLE shelf (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(40))",
        "INSERT INTO room VALUES (1, 'kept')");

    assertThat(branches.stamp("b1bbbb")).containsExactly("b1bbbb");

    assertThat(rows()).containsExactly("a0aaaa", "b1bbbb");
    assertThat(versionColumn("execution_ms")).containsOnly("-1");
    assertThat(branches.history()).filteredOn(HistoryEntry::stamped).extracting(HistoryEntry::id)
        .containsExactly("a0aaaa", "b1bbbb");
    assertThat(userTables()).containsExactly("ROOM", "SHELF");

    // the stamped rows carry the code's checksums: the next upgrade accepts them and goes on
    assertThat(branches.upgradeToHead().appliedIds()).containsExactly("b2bbbb", "d1dddd", "m3mmmm", "c4cccc");
    assertThat(db.strings("SELECT name FROM room")).containsExactly("kept");
  }

  @Test
  void stampDownwardsRemovesRowsAndRunsNothing() throws Exception {
    branches.upgradeToHead();

    assertThat(branches.stamp("a0aaaa")).containsExactly("a0aaaa");

    assertThat(rows()).containsExactly("a0aaaa");
    assertThat(userTables()).containsExactly("DESK", "ROOM", "SHELF");
  }

  @Test
  void stampRefusesRevisionsTheCodeDoesNotKnowUnlessPurging() throws Exception {
    branches.upgradeToHead();
    Migrator older = Migrations.using(db.dataSource()).withMigrations(Branches.unmerged());

    assertThatThrownBy(() -> older.stamp("b2bbbb"))
        .isInstanceOf(UnknownDatabaseRevisionException.class)
        .hasMessageContaining("c4cccc, m3mmmm");
    assertThat(rows()).hasSize(6);

    assertThat(older.stamp("b2bbbb", true)).containsExactly("b2bbbb");
    assertThat(rows()).containsExactly("a0aaaa", "b1bbbb", "b2bbbb");
  }

  // ---- logs ----

  @Test
  void aDowngradeLogsOneLinePerRevisionAndASummary() {
    branches.upgrade("b2bbbb");
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      branches.downgrade("a0aaaa");
    } finally {
      System.setErr(err);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8))
        .containsPattern("Downgraded revision b2bbbb \\(shelf label\\) in \\d+ ms")
        .containsPattern("Downgraded revision b1bbbb \\(shelf\\) in \\d+ ms")
        .containsPattern("Downgraded 2 migration\\(s\\) in \\d+ ms; the database is at revision a0aaaa");
  }
}
