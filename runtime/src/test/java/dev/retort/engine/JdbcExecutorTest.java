package dev.retort.engine;

import static dev.retort.schema.Column.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Migration;
import dev.retort.Migrations;
import dev.retort.Migrator;
import dev.retort.RetortException;
import dev.retort.Revision;
import dev.retort.fixture.AddStock;
import dev.retort.fixture.CreateLibrary;
import dev.retort.op.Operations;
import dev.retort.schema.ColumnType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.testing.AllDatabases;
import dev.retort.testing.Database;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** The executor on every database (see {@code TestDatabases} for where the servers come from). */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(AllDatabases.class)
class JdbcExecutorTest {
  @Parameter
  Database kind;

  private TestDatabase db;
  private DataSource dataSource;
  private Dialect dialect;

  @BeforeEach
  void open() throws Exception {
    db = TestDatabases.fresh(kind, "JdbcExecutorTest");
    dataSource = db.dataSource();
    try (Connection c = db.connect()) {
      dialect = Dialects.detect(c);
    }
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  /** {@code revision:SUCCESS} per row of the version table, sorted. */
  private List<String> versionRows() throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT " + dialect.quoteName("revision") + ", " + dialect.quoteName("success") + " FROM "
            + dialect.quoteTable("retort_version") + " ORDER BY 1")) {
      while (rs.next()) {
        out.add(rs.getString(1) + ":" + String.valueOf(rs.getBoolean(2)).toUpperCase(Locale.ROOT));
      }
    }
    return out;
  }

  @Revision(id = "0003", parents = "0002", message = "callback fails")
  public static final class CallbackFails extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.sql("UPDATE author SET name = 'x'");
      op.jdbc("count the books", connection -> {
        throw new SQLException("no books to count");
      });
    }
  }

  @Revision(id = "0003", parents = "0002", message = "without a transaction")
  public static final class WithoutTransaction extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.sql("INSERT INTO author (name) VALUES ('kept')");
      op.addColumn("nope", col("x", ColumnType.INTEGER));
    }

    @Override
    public boolean transactional() {
      return false;
    }
  }

  @Revision(id = "0003", parents = "0002", message = "a DDL-only migration that fails at once")
  public static final class FailsFirst extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.addColumn("nope", col("x", ColumnType.INTEGER));
    }
  }

  @Revision(id = "0003", parents = "0002", message = "notes, filled by a helper")
  public static final class CallbackThrowsAnError extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.addColumn("book", col("note", ColumnType.varchar(50)));
      op.jdbc("fill the notes", connection -> {
        throw new NoClassDefFoundError("com/example/NoteFormat"); // the helper is not on the class path
      });
    }
  }

  @Revision(id = "0003", parents = "0002", message = "notes, filled by a helper")
  public static final class CallbackThrowsAnErrorFixed extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.addColumn("book", col("note", ColumnType.varchar(50)));
      op.jdbc("fill the notes", connection -> {
        try (Statement st = connection.createStatement()) {
          st.executeUpdate("UPDATE book SET note = title");
        }
      });
    }
  }

  @Revision(id = "0003", parents = "0002", message = "an author, then DDL the database cannot parse")
  public static final class DataThenUnparsableDdl extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.sql("INSERT INTO author (name) VALUES ('Lem')");
      op.sql("ALTER TABLEE book ADD COLUMN note INT");
    }
  }

  @Revision(id = "0003", parents = "0002", message = "REPLACE, then a failure")
  public static final class ReplaceThenFailure extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.sql("INSERT INTO author (name) VALUES ('Lem')");
      op.sql("REPLACE INTO author (name) VALUES ('Le Guin')");
      op.sql("UPDATE no_such_table SET x = 1");
    }
  }

  @Revision(id = "0003", parents = "0002", message = "an author, then a callback that runs DDL and fails")
  public static final class CallbackRunsDdlThenFails extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.sql("INSERT INTO author (name) VALUES ('Lem')");
      op.jdbc("create the shelves, then fail", connection -> {
        try (Statement st = connection.createStatement()) {
          st.execute("CREATE TABLE shelf (id INT)");
        }
        throw new SQLException("no shelf for the books");
      });
    }
  }

  @Revision(id = "0003", parents = "0002", message = "a procedure that runs DDL and fails")
  public static final class CallRunsDdlThenFails extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.sql("CALL shelves_then_fail()");
    }
  }

  @Revision(id = "0003", parents = "0002", message = "a note, then a callback that fails")
  public static final class DdlThenCallbackFails extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.addColumn("book", col("note", ColumnType.varchar(50)));
      op.jdbc("add an author, then fail", connection -> {
        try (Statement st = connection.createStatement()) {
          st.executeUpdate("INSERT INTO author (name) VALUES ('Lem')");
        }
        throw new SQLException("no books for the author");
      });
    }
  }

  @Revision(id = "0003", parents = "0002", message = "notes and ratings")
  public static final class DowngradeFailsPartway extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.addColumn("book", col("note", ColumnType.varchar(50)));
      op.addColumn("book", col("rating", ColumnType.INTEGER));
    }

    @Override
    public void downgrade(Operations op) {
      op.sql("ALTER TABLE book DROP COLUMN rating", "ALTER TABLE book ADD COLUMN rating INTEGER");
      op.sql("ALTER TABLE book DROP COLUMN no_such_column", "SELECT 1");
    }
  }

  @Revision(id = "0003", parents = "0002", message = "notes and ratings")
  public static final class DowngradeFailsAtOnce extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.addColumn("book", col("note", ColumnType.varchar(50)));
      op.addColumn("book", col("rating", ColumnType.INTEGER));
    }

    @Override
    public void downgrade(Operations op) {
      op.sql("ALTER TABLE book DROP COLUMN no_such_column", "SELECT 1");
    }
  }

  /** The row of revision 0003 whole: applied_at, execution_ms, success. */
  private String row0003() throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT " + dialect.quoteName("applied_at") + ", " + dialect.quoteName("execution_ms") + ", "
            + dialect.quoteName("success") + " FROM " + dialect.quoteTable("retort_version") + " WHERE "
            + dialect.quoteName("revision") + " = '0003'")) {
      return rs.next() ? rs.getString(1) + "|" + rs.getLong(2) + "|" + rs.getBoolean(3) : "no row";
    }
  }

  private List<String> query(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private void upgradeWith(Migration third) {
    Migrations.using(dataSource).withMigrations(List.of(new CreateLibrary(), new AddStock(), third)).upgradeToHead();
  }

  @Test
  void aFailingCallbackRollsBackTheDataChangesBeforeIt() throws Exception {
    Migrations.upgradeToHead(dataSource);
    execute("INSERT INTO author (name) VALUES ('Lem')");
    assertThatThrownBy(() -> upgradeWith(new CallbackFails()))
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageContaining("Revision 0003 failed at operation 2 of 2, 'jdbc: count the books': no books to count")
        .hasMessageContaining("Its transaction was rolled back");
    assertThat(query("SELECT name FROM author")).containsExactly("Lem");
    assertThat(versionRows()).containsExactly("0001:TRUE", "0002:TRUE");
  }

  /**
   * An Error (here a helper class missing at run time) ends a migration like an exception: rolled
   * back, recorded as failed where something stayed, reported. It once escaped the rollback, and
   * closing the session, which puts auto-commit back, committed the half-done migration without
   * its version row.
   */
  @Test
  void anErrorInACallbackRollsBackLikeAnException() throws Exception {
    Migrations.upgradeToHead(dataSource);
    execute("INSERT INTO author (name) VALUES ('Lem')");
    execute("INSERT INTO book (title, author_id) VALUES ('Solaris', 1)");

    assertThatThrownBy(() -> upgradeWith(new CallbackThrowsAnError()))
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageContaining("Revision 0003 failed at operation 2 of 2, 'jdbc: fill the notes': "
            + "java.lang.NoClassDefFoundError: com/example/NoteFormat")
        .hasCauseInstanceOf(NoClassDefFoundError.class);

    if (dialect.capabilities().transactionalDdl()) {
      assertThat(db.columnNames("book")).doesNotContain("NOTE");
      assertThat(versionRows()).containsExactly("0001:TRUE", "0002:TRUE");
      upgradeWith(new CallbackThrowsAnErrorFixed());
      assertThat(query("SELECT note FROM book")).containsExactly("Solaris");
      assertThat(versionRows()).containsExactly("0001:TRUE", "0002:TRUE", "0003:TRUE");
    } else {
      // the column committed when it was added, and the row says so
      assertThat(db.columnNames("book")).contains("NOTE");
      assertThat(versionRows()).containsExactly("0001:TRUE", "0002:TRUE", "0003:FALSE");
      // the history says so too: neither applied nor pending
      assertThat(Migrations.using(dataSource)
              .withMigrations(List.of(new CreateLibrary(), new AddStock(), new CallbackThrowsAnErrorFixed())).history())
          .extracting(e -> e.id() + (e.failed() ? ":failed" : e.pending() ? ":pending" : ":applied"))
          .containsExactly("0001:applied", "0002:applied", "0003:failed");
      assertThatThrownBy(() -> upgradeWith(new CallbackThrowsAnErrorFixed()))
          .isInstanceOf(IncompleteMigrationException.class)
          .hasMessageContaining("Revision 0003 failed partway");
    }
  }

  /**
   * MariaDB and H2 commit the open transaction before a DDL statement, but not before one they
   * cannot parse: the executor commits itself, so the data change it reports as stayed has.
   */
  @Test
  void whatIsReportedAsStayedBeforeUnparsableDdlHasStayed() throws Exception {
    Migrations.upgradeToHead(dataSource);

    assertThatThrownBy(() -> upgradeWith(new DataThenUnparsableDdl()))
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageContaining("Revision 0003 failed at operation 2 of 2, 'sql: ALTER TABLEE book ADD COLUMN note INT'")
        .hasMessageContaining(dialect.capabilities().transactionalDdl()
            ? "Its transaction was rolled back: the database is as it was before revision 0003."
            : dialect.databaseName() + " commits DDL at once, so these statements of revision 0003 stay applied:\n"
                + "  INSERT INTO author (name) VALUES ('Lem')\n");

    if (dialect.capabilities().transactionalDdl()) {
      assertThat(query("SELECT name FROM author")).isEmpty();
      assertThat(versionRows()).containsExactly("0001:TRUE", "0002:TRUE");
    } else {
      assertThat(query("SELECT name FROM author")).containsExactly("Lem");
      assertThat(versionRows()).containsExactly("0001:TRUE", "0002:TRUE", "0003:FALSE");
    }
  }

  /** REPLACE changes data only and commits nothing on MariaDB: it rolls back with the statements around it. */
  @Test
  void replaceIntoRollsBackLikeAnInsertOnMariaDb() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(kind == Database.MARIADB, "REPLACE is MySQL's and MariaDB's");
    Migrations.upgradeToHead(dataSource);

    assertThatThrownBy(() -> upgradeWith(new ReplaceThenFailure()))
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageContaining("Revision 0003 failed at operation 3 of 3")
        .hasMessageContaining("Its transaction was rolled back: the database is as it was before revision 0003.");
    assertThat(query("SELECT name FROM author")).isEmpty();
    assertThat(versionRows()).containsExactly("0001:TRUE", "0002:TRUE");
  }

  /**
   * A stored procedure may run DDL, which MariaDB commits at once, before it fails: like a
   * callback's, its failure is taken as possibly durable. The revision is marked as failed, and the
   * message says the procedure may have left changes, not that the database is as it was.
   */
  @Test
  void aFailingProcedureCallIsTakenAsPossiblyDurableOnMariaDb() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(kind == Database.MARIADB, "stored procedures are tried on MariaDB");
    Migrations.upgradeToHead(dataSource);
    execute("CREATE PROCEDURE shelves_then_fail() BEGIN CREATE TABLE shelf (id INT); "
        + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'no shelf for the books'; END");

    assertThatThrownBy(() -> upgradeWith(new CallRunsDdlThenFails()))
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageContaining("Revision 0003 failed at operation 1 of 1")
        .hasMessageContaining("no shelf for the books")
        .hasMessageContaining("The procedure call 'sql: CALL shelves_then_fail()' may have left changes behind: "
            + "MariaDB commits DDL at once")
        .hasMessageContaining("what the procedure changed up to its last DDL statement stays")
        .hasMessageContaining("The version table marks the revision as failed, so Retort will not migrate this "
            + "database until the mark is removed: undo or finish what the procedure did by hand")
        .hasMessageNotContaining("the database is as it was");

    assertThat(db.tables()).anyMatch(t -> t.equalsIgnoreCase("shelf"));
    assertThat(versionRows()).containsExactly("0001:TRUE", "0002:TRUE", "0003:FALSE");
    assertThatThrownBy(() -> upgradeWith(new CallRunsDdlThenFails()))
        .isInstanceOf(IncompleteMigrationException.class)
        .hasMessageContaining("Revision 0003 failed partway");
  }

  /**
   * A callback that ran DDL commits, where DDL commits at once, what ran before it in the
   * transaction: the revision is marked as failed, the message says the callback committed, and
   * the next start refuses instead of running the callback's DDL again.
   */
  @Test
  void aCallbackThatRanDdlAndFailedIsMarkedAsFailed() throws Exception {
    Migrations.upgradeToHead(dataSource);

    assertThatThrownBy(() -> upgradeWith(new CallbackRunsDdlThenFails()))
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageContaining("Revision 0003 failed at operation 2 of 2, 'jdbc: create the shelves, then fail': "
            + "no shelf for the books")
        .hasMessageContaining(dialect.capabilities().transactionalDdl()
            ? "Its transaction was rolled back: the database is as it was before revision 0003."
            : dialect.databaseName() + " commits DDL at once, so these statements of revision 0003 stay applied:\n"
                + "  INSERT INTO author (name) VALUES ('Lem')\n"
                + "The JDBC callback 'jdbc: create the shelves, then fail' committed part of its work before it failed");

    if (dialect.capabilities().transactionalDdl()) {
      assertThat(db.tables()).noneMatch(t -> t.equalsIgnoreCase("shelf"));
      assertThat(query("SELECT name FROM author")).isEmpty();
      assertThat(versionRows()).containsExactly("0001:TRUE", "0002:TRUE");
    } else {
      assertThat(db.tables()).anyMatch(t -> t.equalsIgnoreCase("shelf"));
      assertThat(query("SELECT name FROM author")).containsExactly("Lem");
      assertThat(versionRows()).containsExactly("0001:TRUE", "0002:TRUE", "0003:FALSE");
      assertThatThrownBy(() -> upgradeWith(new CallbackRunsDdlThenFails()))
          .isInstanceOf(IncompleteMigrationException.class)
          .hasMessageContaining("Revision 0003 failed partway");
      assertThat(db.tables()).anyMatch(t -> t.equalsIgnoreCase("shelf"));
    }
  }

  /**
   * After a DDL statement the mark is committed and cannot tell whether a failed callback
   * committed: the callback is said to maybe have left changes, and the revision stays marked.
   */
  @Test
  void aCallbackThatFailsAfterDdlMayHaveLeftChanges() throws Exception {
    Migrations.upgradeToHead(dataSource);

    assertThatThrownBy(() -> upgradeWith(new DdlThenCallbackFails()))
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageContaining("Revision 0003 failed at operation 2 of 2, 'jdbc: add an author, then fail'")
        .satisfies(e -> {
          if (dialect.capabilities().transactionalDdl()) {
            assertThat(e).hasMessageContaining("Its transaction was rolled back");
          } else {
            assertThat(e).hasMessageContaining("The JDBC callback 'jdbc: add an author, then fail' may have left changes "
                + "behind: " + dialect.databaseName() + " commits DDL at once")
                .hasMessageContaining("undo or finish those statements and what the callback did by hand");
          }
        });

    // this callback ran no DDL: its insert rolled back everywhere
    assertThat(query("SELECT name FROM author")).isEmpty();
    if (dialect.capabilities().transactionalDdl()) {
      assertThat(db.columnNames("book")).doesNotContain("NOTE");
      assertThat(versionRows()).containsExactly("0001:TRUE", "0002:TRUE");
    } else {
      assertThat(db.columnNames("book")).contains("NOTE");
      assertThat(versionRows()).containsExactly("0001:TRUE", "0002:TRUE", "0003:FALSE");
    }
  }

  /**
   * A downgrade that fails partway where DDL commits at once is reported by the next start as a
   * downgrade, with its own way on (finish undoing and delete the row, or restore and stamp), not
   * as a failed upgrade whose advice (undo, delete the row) would re-apply the revision over a
   * restored schema. The way on it gives works.
   */
  @Test
  void aDowngradeThatFailedPartwayIsReportedAsOneWithItsWayOn() throws Exception {
    Migrator migrator = Migrations.using(dataSource)
        .withMigrations(List.of(new CreateLibrary(), new AddStock(), new DowngradeFailsPartway()));
    migrator.upgradeToHead();
    String applied = row0003();

    assertThatThrownBy(() -> migrator.downgrade("0002"))
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageContaining("The downgrade of revision 0003 failed at operation 2 of 2");

    if (dialect.capabilities().transactionalDdl()) {
      assertThat(db.columnNames("book")).contains("NOTE", "RATING");
      assertThat(row0003()).isEqualTo(applied);
      return;
    }
    assertThat(db.columnNames("book")).contains("NOTE").doesNotContain("RATING");
    assertThat(versionRows()).containsExactly("0001:TRUE", "0002:TRUE", "0003:FALSE");
    String delete = "DELETE FROM " + dialect.quoteTable("retort_version") + " WHERE " + dialect.quoteName("revision")
        + " = '0003'";
    assertThatThrownBy(migrator::upgradeToHead)
        .isInstanceOf(IncompleteMigrationException.class)
        .hasMessageStartingWith("The downgrade of revision 0003 did not finish")
        .hasMessageContaining("Nothing was changed")
        .hasMessageContaining("finish undoing it by hand and delete its row (" + delete + ")")
        .hasMessageContaining("restore what the downgrade undid and stamp the revision again (stamp 0003)")
        .satisfies(e -> assertThat(((IncompleteMigrationException) e).downgrade()).isTrue());
    assertThat(db.columnNames("book")).doesNotContain("RATING");

    // restore, and stamp: the database is at 0003 again
    execute("ALTER TABLE book ADD COLUMN rating INTEGER");
    migrator.stamp("0003");
    assertThat(versionRows()).containsExactly("0001:TRUE", "0002:TRUE", "0003:TRUE");
    assertThat(migrator.upgradeToHead().upToDate()).isTrue();
  }

  /** A downgrade of which nothing stayed gives the row back exactly, execution time and all. */
  @Test
  void aDowngradeThatFailsAtOnceLeavesTheRowAsItWas() throws Exception {
    Migrator migrator = Migrations.using(dataSource)
        .withMigrations(List.of(new CreateLibrary(), new AddStock(), new DowngradeFailsAtOnce()));
    migrator.upgradeToHead();
    String applied = row0003();

    assertThatThrownBy(() -> migrator.downgrade("0002"))
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageContaining("Its transaction was rolled back: the database is as it was before the downgrade of "
            + "revision 0003.");

    assertThat(row0003()).isEqualTo(applied);
    assertThat(migrator.current()).containsExactly("0003");
  }

  /** The safety net under every command: what it did not commit is rolled back, not committed, on close. */
  @Test
  void closingASessionRollsBackWhatWasNotCommitted() throws Exception {
    Migrations.upgradeToHead(dataSource);
    try (Connection c = dataSource.getConnection()) {
      try (Session s = Session.open(c, null, "retort_version"); Statement st = c.createStatement()) {
        st.executeUpdate("INSERT INTO author (name) VALUES ('never committed')");
      }
      assertThat(c.getAutoCommit()).isTrue();
    }
    assertThat(query("SELECT name FROM author")).isEmpty();
  }

  @Test
  void aMigrationWithoutATransactionKeepsWhatRan() throws Exception {
    assertThatThrownBy(() -> upgradeWith(new WithoutTransaction()))
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageContaining("Revision 0003 runs without a transaction, so these statements stay applied:\n"
            + "  INSERT INTO author (name) VALUES ('kept')");
    assertThat(query("SELECT name FROM author")).containsExactly("kept");
    assertThat(versionRows()).containsExactly("0001:TRUE", "0002:TRUE", "0003:FALSE");
  }

  @Revision(id = "0003", parents = "0002", message = "it's a \\ note")
  public static final class AddNote extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.addColumn("book", col("note", ColumnType.varchar(50)));
      op.addColumn("book", col("rating", ColumnType.INTEGER));
    }
  }

  /**
   * On PostgreSQL a migration of typed operations goes to the database as one batch: its
   * statements, its version row and COMMIT, one round trip. Its row is the one the statement-by-
   * statement way writes (the next start checks its checksum); raw SQL keeps the other way. The
   * other databases never batch.
   */
  @Test
  void onPostgresATypedMigrationGoesInOneRoundTripWithItsRow() throws Exception {
    dev.retort.SpyDataSource spy = new dev.retort.SpyDataSource(dataSource);
    Migrations.using(spy.dataSource()).withMigrations(List.of(new CreateLibrary(), new AddStock(), new AddNote()))
        .upgradeToHead();

    List<String> batches = spy.executed().stream().filter(sql -> sql.startsWith("batch: ")).toList();
    if (kind == Database.POSTGRESQL) {
      assertThat(batches).hasSize(2);
      assertThat(batches.get(0)).startsWith("batch: CREATE TABLE \"author\"")
          .contains("INSERT INTO \"retort_version\"", "'create author and book'")
          .endsWith(" ; COMMIT");
      assertThat(batches.get(1)).isEqualTo("batch: ALTER TABLE \"book\" ADD COLUMN \"note\" VARCHAR(50) ; "
          + "ALTER TABLE \"book\" ADD COLUMN \"rating\" INTEGER ; "
          + "INSERT INTO \"retort_version\" (\"revision\", \"parents\", \"message\", \"checksum\", \"applied_at\", "
          + "\"applied_by\", \"execution_ms\", \"success\") VALUES ('0003', '0002', E'it''s a \\\\ note', '"
          + Checksum.of(new AddNote().recordUpgrade()) + "', CURRENT_TIMESTAMP, " + dialect.literal(user())
          + ", " + dialect.transactionMillis().orElseThrow() + ", TRUE) ; COMMIT");
      // AddStock's raw SQL went statement by statement
      assertThat(spy.executed()).contains("UPDATE book SET isbn = CONCAT('000000000000', id)");
    } else {
      assertThat(batches).isEmpty();
    }
    assertThat(db.columnNames("book")).contains("NOTE", "RATING");
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT message, parents, execution_ms, applied_at FROM retort_version WHERE revision = '0003'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("it's a \\ note");
      assertThat(rs.getString(2)).isEqualTo("0002");
      assertThat(rs.getLong(3)).isNotNegative();
      assertThat(rs.getString(4)).isNotBlank();
    }
    // the rows' checksums are the code's: a second start validates them and has nothing to do
    assertThat(Migrations.using(dataSource).withMigrations(List.of(new CreateLibrary(), new AddStock(), new AddNote()))
        .upgradeToHead().applied()).isEmpty();
  }

  @Revision(id = "0002", parents = "0001", message = "shelves")
  public static final class AddShelf extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.createTable(dev.retort.schema.Table.table("shelf").column(col("id", ColumnType.BIGINT).notNull()).primaryKey("id"));
    }
  }

  @Revision(id = "0003", parents = "0002", message = "shelf labels")
  public static final class AddShelfLabel extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.addColumn("shelf", col("label", ColumnType.varchar(40)));
    }
  }

  @Revision(id = "0004", parents = "0003", message = "rooms")
  public static final class AddRoom extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.createTable(dev.retort.schema.Table.table("room").column(col("id", ColumnType.BIGINT).notNull()).primaryKey("id"));
    }
  }

  /**
   * On PostgreSQL a run of typed migrations goes as one batch, yet each is a transaction of its
   * own with its row: the driver's BEGIN, then COMMIT and BEGIN between migrations, and each row
   * written by a different transaction (PostgreSQL's xmin). The durations reported are the ones
   * the rows hold. Every transaction but the last commits without waiting for the disk; the last
   * one's commit waits, and so makes them all durable before the batch returns.
   */
  @Test
  void onPostgresARunOfTypedMigrationsGoesInOneBatchOneTransactionEach() throws Exception {
    dev.retort.SpyDataSource spy = new dev.retort.SpyDataSource(dataSource);
    List<Migration> migrations = List.of(new CreateLibrary(), new AddShelf(), new AddShelfLabel(), new AddRoom());
    List<dev.retort.AppliedMigration> applied =
        Migrations.using(spy.dataSource()).withMigrations(migrations).upgradeToHead().applied();

    assertThat(applied).extracting(a -> a.id()).containsExactly("0001", "0002", "0003", "0004");
    assertThat(versionRows()).containsExactly("0001:TRUE", "0002:TRUE", "0003:TRUE", "0004:TRUE");
    assertThat(db.tables()).anyMatch(t -> t.equalsIgnoreCase("room"));
    assertThat(db.columnNames("shelf")).contains("LABEL");
    List<String> batches = spy.executed().stream().filter(sql -> sql.startsWith("batch: ")).toList();
    if (kind == Database.POSTGRESQL) {
      assertThat(batches).hasSize(1);
      List<String> statements = List.of(batches.get(0).substring("batch: ".length()).split(" ; "));
      assertThat(statements).filteredOn("COMMIT"::equals).hasSize(4);
      assertThat(statements).filteredOn("BEGIN"::equals).hasSize(3);
      assertThat(statements.get(statements.size() - 1)).isEqualTo("COMMIT");
      String asynchronous = "SET LOCAL synchronous_commit TO OFF";
      assertThat(statements.get(0)).isEqualTo(asynchronous); // in the transaction the driver begins
      assertThat(statements).filteredOn(asynchronous::equals).hasSize(3);
      int labels = statements.indexOf("ALTER TABLE \"shelf\" ADD COLUMN \"label\" VARCHAR(40)");
      // 0002's row and COMMIT, 0003's BEGIN and commit setting, its statement, its row and COMMIT
      assertThat(statements.get(labels - 4)).startsWith("INSERT INTO \"retort_version\"").contains("'0002'");
      assertThat(statements.subList(labels - 3, labels)).containsExactly("COMMIT", "BEGIN", asynchronous);
      assertThat(statements.get(labels + 1)).startsWith("INSERT INTO \"retort_version\"").contains("'0003'");
      assertThat(statements.get(labels + 2)).isEqualTo("COMMIT");
      // the last transaction, 0004's, keeps the session's setting: its commit waits for the disk
      List<String> last = statements.subList(statements.lastIndexOf("BEGIN"), statements.size());
      assertThat(last).doesNotContain(asynchronous).hasSize(4).startsWith("BEGIN", "CREATE TABLE \"room\" (\"id\" BIGINT NOT NULL, PRIMARY KEY (\"id\"))");
      assertThat(query("SELECT COUNT(DISTINCT xmin::text) FROM retort_version")).containsExactly("4");
      assertThat(query("SELECT execution_ms FROM retort_version ORDER BY revision"))
          .containsExactlyElementsOf(applied.stream().map(a -> String.valueOf(a.duration().toMillis())).toList());
    } else {
      assertThat(batches).isEmpty();
    }
  }

  /**
   * A migration that fails in the middle of a batch: the ones before it stay committed with their
   * rows, it fails as a statement-by-statement run reports it, and the ones after it never ran.
   * On PostgreSQL the ones before it committed without waiting for the disk, so one write of the
   * last one's row, which does wait, makes them durable before anything is reported.
   */
  @Test
  void aMigrationFailingInTheMiddleOfABatchLeavesTheOnesBeforeItApplied() throws Exception {
    dev.retort.SpyDataSource spy = new dev.retort.SpyDataSource(dataSource);
    assertThatThrownBy(() -> Migrations.using(spy.dataSource())
        .withMigrations(List.of(new CreateLibrary(), new AddShelf(), new FailsFirst(), new AddRoom()))
        .upgradeToHead())
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageContaining("Revision 0003 failed at operation 1 of 1")
        .hasMessageContaining("nope")
        .satisfies(e -> assertThat(((MigrationFailedException) e).failure().appliedEarlier())
            .containsExactly("0001", "0002"));
    assertThat(versionRows()).containsExactly("0001:TRUE", "0002:TRUE");
    assertThat(db.tables()).anyMatch(t -> t.equalsIgnoreCase("shelf")).noneMatch(t -> t.equalsIgnoreCase("room"));
    if (kind == Database.POSTGRESQL) {
      List<String> batches = spy.executed().stream().filter(sql -> sql.startsWith("batch: ")).toList();
      assertThat(batches).hasSize(1);
      assertThat(batches.get(0)).contains("CREATE TABLE \"room\"");
      // then the write that waits for the disk, then the failing one alone, statement by statement
      List<String> after = spy.executed().subList(spy.executed().indexOf(batches.get(0)), spy.executed().size());
      String rewrite = "UPDATE \"retort_version\" SET \"success\" = \"success\" WHERE \"revision\" = ?";
      assertThat(after).containsSubsequence(rewrite, "ALTER TABLE \"nope\" ADD COLUMN \"x\" INTEGER");
      assertThat(after).filteredOn(rewrite::equals).hasSize(1);
    }
  }

  private String user() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getUserName();
    }
  }

  /**
   * A driver that reports a failure after the batch's COMMIT (PgJDBC can, cleaning up its own
   * savepoint) leaves the migration applied: it is not run a second time, nor reported failed.
   */
  @Test
  void aFailureReportedAfterTheBatchCommittedLeavesTheMigrationApplied() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(kind == Database.POSTGRESQL, "only PostgreSQL sends batches");
    DataSource failingAfterBatches = new dev.retort.SpyDataSource(dataSource)
        .failingAfterEachBatch(new SQLException("RELEASE SAVEPOINT can only be used in transaction blocks", "25P01"))
        .dataSource();
    assertThat(Migrations.using(failingAfterBatches).withMigrations(List.of(new CreateLibrary(), new AddShelf()))
        .upgradeToHead().applied()).extracting(a -> a.id()).containsExactly("0001", "0002");
    assertThat(versionRows()).containsExactly("0001:TRUE", "0002:TRUE");
    assertThat(db.columnNames("author")).contains("NAME");
  }

  /** A batch that fails rolls back whole; the migration then runs statement by statement and fails as always. */
  @Test
  void aFailingBatchIsReportedLikeAFailingStatement() throws Exception {
    assertThatThrownBy(() -> upgradeWith(new FailsFirst()))
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageContaining("Revision 0003 failed at operation 1 of 1")
        .hasMessageContaining("nope");
    assertThat(versionRows()).containsExactly("0001:TRUE", "0002:TRUE");
    assertThat(db.columnNames("book")).doesNotContain("X");
  }

  @Test
  void aFailedFirstStatementChangesNothingAndLeavesNoMark() throws Exception {
    assertThatThrownBy(() -> upgradeWith(new FailsFirst()))
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageContaining("Its transaction was rolled back")
        .satisfies(e -> assertThat(((MigrationFailedException) e).failure().stayed()).isEmpty());
    assertThat(versionRows()).containsExactly("0001:TRUE", "0002:TRUE");
  }

  @Test
  void aVersionTableEditedByHandIsRefused() throws Exception {
    Migrations.upgradeToHead(dataSource);
    execute("DELETE FROM " + dialect.quoteTable("retort_version") + " WHERE " + dialect.quoteName("revision") + " = '0001'");
    assertThatThrownBy(() -> Migrations.upgradeToHead(dataSource))
        .isInstanceOf(RetortException.class)
        .hasMessageContaining("Revision 0002 is recorded as applied")
        .hasMessageContaining("its parent 0001 is not");
  }

  @Test
  void theConnectionComesBackWithItsAutoCommitSetting() throws Exception {
    Connection[] seen = new Connection[1];
    DataSource spying = new DelegatingDataSource(dataSource) {
      @Override
      public Connection getConnection() throws SQLException {
        seen[0] = super.getConnection();
        return seen[0];
      }
    };
    Migrations.upgradeToHead(spying);
    assertThat(seen[0].isClosed()).isTrue();
    try (Connection c = dataSource.getConnection()) {
      assertThat(c.getAutoCommit()).isTrue();
    }
  }

  @Test
  void firstWordSkipsCommentsAndParentheses() {
    assertThat(JdbcExecutor.firstWord("  -- a comment\n/* another */ (select 1)")).isEqualTo("SELECT");
    assertThat(JdbcExecutor.firstWord("update t set a = 1")).isEqualTo("UPDATE");
    assertThat(JdbcExecutor.firstWord("CREATE TABLE t (a INT)")).isEqualTo("CREATE");
    assertThat(JdbcExecutor.firstWord("-- only a comment")).isEmpty();
    assertThat(JdbcExecutor.firstWord("REPLACE INTO t VALUES (1)")).isEqualTo("REPLACE");
  }

  /** Passes everything through to another data source. */
  static class DelegatingDataSource implements javax.sql.DataSource {
    private final javax.sql.DataSource target;

    DelegatingDataSource(javax.sql.DataSource target) {
      this.target = target;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return target.getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return target.getConnection(user, password);
    }

    @Override
    public java.io.PrintWriter getLogWriter() throws SQLException {
      return target.getLogWriter();
    }

    @Override
    public void setLogWriter(java.io.PrintWriter out) throws SQLException {
      target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
      target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
      return target.getLoginTimeout();
    }

    @Override
    public java.util.logging.Logger getParentLogger() throws java.sql.SQLFeatureNotSupportedException {
      return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
      return target.isWrapperFor(iface);
    }
  }
}
