package dev.retort;

import static dev.retort.schema.Column.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.engine.ChecksumMismatchException;
import dev.retort.engine.IncompleteMigrationException;
import dev.retort.engine.MigrationFailedException;
import dev.retort.engine.MigrationIndexNotFoundException;
import dev.retort.engine.UnknownDatabaseRevisionException;
import dev.retort.fixture.AddStock;
import dev.retort.fixture.CreateLibrary;
import dev.retort.graph.AmbiguousRevisionException;
import dev.retort.op.Operations;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Table;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.op.AddColumn;
import dev.retort.testing.AllDatabases;
import dev.retort.testing.Database;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import dev.retort.testing.UrlDataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** Upgrades, history and failures, on every database (see {@code TestDatabases} for where the servers come from). */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(AllDatabases.class)
class MigrationsTest {
  @Parameter
  Database kind;

  private TestDatabase db;
  private Dialect dialect;

  @BeforeEach
  void open() throws Exception {
    db = TestDatabases.fresh(kind, "MigrationsTest");
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

  private DataSource dataSource() {
    return db.dataSource();
  }

  /** Every row of a query, its columns joined with '|'. */
  private List<String> rows(String sql) throws Exception {
    try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          row.add(rs.getString(i));
        }
        out.add(String.join("|", row));
      }
      return out;
    }
  }

  /** The version table's rows as {@code revision:parents:success}, sorted. */
  private List<String> versionRows() throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT " + dialect.quoteName("revision") + ", " + dialect.quoteName("parents") + ", " + dialect.quoteName("success")
            + " FROM " + dialect.quoteTable("retort_version") + " ORDER BY 1")) {
      while (rs.next()) {
        out.add(rs.getString(1) + ":" + (rs.getString(2) == null ? "" : rs.getString(2)) + ":"
            + String.valueOf(rs.getBoolean(3)).toUpperCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** The version table's rows with when each was applied. */
  private List<String> versionRowsWithTimes() throws Exception {
    return rows("SELECT " + dialect.quoteName("revision") + ", " + dialect.quoteName("applied_at") + " FROM "
        + dialect.quoteTable("retort_version") + " ORDER BY 1");
  }

  /** The user's tables, upper-cased, sorted (the version table and SQLite/MySQL sequence tables included). */
  private List<String> tables() throws Exception {
    return db.tables().stream().map(t -> t.toUpperCase(Locale.ROOT)).sorted().toList();
  }

  /** The first value the sequence hands out. */
  private long nextLoanNumber() throws Exception {
    return db.number(switch (kind) {
      case POSTGRESQL -> "SELECT nextval('loan_seq')";
      case MARIADB -> "SELECT NEXTVAL(loan_seq)";
      case SQLITE -> "SELECT next_val FROM loan_seq";
      default -> "SELECT NEXT VALUE FOR loan_seq";
    });
  }

  // ---- migrations only the tests use ----

  @Revision(id = "0003", parents = "0002", message = "add a note, then fail")
  public static final class FailsAfterDdl extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.addColumn("book", col("note", ColumnType.varchar(50)));
      op.sql("UPDATE no_such_table SET x = 1");
      op.addColumn("book", col("never", ColumnType.INTEGER));
    }
  }

  @Revision(id = "0003", parents = "0002", message = "change data, then fail")
  public static final class FailsInData extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.sql("UPDATE book SET title = 'changed'");
      op.sql("UPDATE no_such_table SET x = 1");
    }
  }

  @Revision(id = "0003", parents = "0002", message = "fill authors from JDBC")
  public static final class FillsThroughJdbc extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.jdbc("insert two authors", connection -> {
        assertThat(connection.getAutoCommit()).isFalse();
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO author (name) VALUES (?)")) {
          for (String name : List.of("Le Guin", "Lem")) {
            ps.setString(1, name);
            ps.executeUpdate();
          }
        }
      });
    }
  }

  @Revision(id = "0001", message = "create author and book")
  public static final class CreateLibraryEdited extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.createTable(Table.table("author").column(col("id", ColumnType.BIGINT).notNull()).primaryKey("id"));
    }
  }

  @Revision(id = "0002b", parents = "0001", message = "a second branch")
  public static final class SecondBranch extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.sql("UPDATE author SET name = name");
    }
  }

  // ---- upgrades ----

  @Test
  void upgradesAnEmptyDatabaseThroughTheGeneratedIndex() throws Exception {
    UpgradeResult result = Migrations.upgradeToHead(dataSource());

    assertThat(result.appliedIds()).containsExactly("0001", "0002");
    assertThat(result.applied()).extracting(AppliedMigration::message)
        .containsExactly("create author and book", "add isbn and stock to book");
    assertThat(result.applied()).allSatisfy(a -> assertThat(a.duration()).isPositive());
    assertThat(result.head()).isEqualTo("0002");
    assertThat(result.upToDate()).isFalse();

    assertThat(tables()).contains("AUTHOR", "BOOK", "RETORT_VERSION");
    assertThat(db.columnNames("author")).containsExactly("ID", "NAME");
    assertThat(db.columnNames("book")).containsExactly("ID", "TITLE", "AUTHOR_ID", "PRICE", "PUBLISHED", "ISBN", "IN_STOCK");
    var book = db.columns("book");
    assertThat(book.get("TITLE").nullable()).isFalse();
    assertThat(book.get("PRICE").nullable()).isTrue();
    assertThat(book.get("IN_STOCK").defaultValue()).contains("1");
    if (kind != Database.SQLITE) {
      assertThat(book.get("ID").autoIncrement()).as("identity").isTrue();
    }
    assertThat(db.primaryKey("book")).containsExactly("ID");
    assertThat(db.foreignKeys("book")).containsExactly("AUTHOR_ID -> " + db.stored("author").toUpperCase(Locale.ROOT) + ".ID");
    assertThat(db.indexes("book")).contains("(TITLE)", "unique (ISBN)");
    assertThat(db.indexes("author")).contains("unique (NAME)");
    assertThat(nextLoanNumber()).isEqualTo(1);
    assertThat(versionRows()).containsExactly("0001::TRUE", "0002:0001:TRUE");
  }

  @Test
  void aSecondCallDoesNothing() throws Exception {
    Migrations.upgradeToHead(dataSource());
    List<String> rows = versionRowsWithTimes();

    UpgradeResult again = Migrations.upgradeToHead(dataSource());

    assertThat(again.upToDate()).isTrue();
    assertThat(again.applied()).isEmpty();
    assertThat(again.head()).isEqualTo("0002");
    assertThat(versionRowsWithTimes()).isEqualTo(rows);
  }

  @Test
  void explicitMigrationsAndRowsSurviveAnAddColumnMigration() throws Exception {
    UpgradeResult first = Migrations.using(dataSource()).withMigrations(List.of(new CreateLibrary())).upgradeToHead();
    assertThat(first.appliedIds()).containsExactly("0001");
    db.execute("INSERT INTO author (name) VALUES ('Ursula K. Le Guin')",
        "INSERT INTO book (title, author_id, price) VALUES ('The Dispossessed', 1, 12.50)");

    UpgradeResult second = Migrations.using(dataSource())
        .withMigrations(List.of(new AddStock(), new CreateLibrary()))
        .upgradeToHead();

    assertThat(second.appliedIds()).containsExactly("0002");
    assertThat(rows("SELECT title, isbn, in_stock FROM book")).containsExactly("The Dispossessed|0000000000001|1");
    assertThat(new BigDecimal(db.strings("SELECT price FROM book").get(0))).isEqualByComparingTo("12.50");
  }

  @Test
  void aJdbcCallbackRunsOnTheMigrationsConnection() throws Exception {
    UpgradeResult result = Migrations.using(dataSource())
        .withMigrations(List.of(new CreateLibrary(), new AddStock(), new FillsThroughJdbc()))
        .upgradeToHead();
    assertThat(result.appliedIds()).containsExactly("0001", "0002", "0003");
    assertThat(db.strings("SELECT name FROM author ORDER BY name")).containsExactly("Le Guin", "Lem");
  }

  @Test
  void aCustomVersionTable() throws Exception {
    Migrator migrator = Migrations.using(dataSource()).withVersionTable("schema_history");
    migrator.upgradeToHead();
    assertThat(tables()).contains("SCHEMA_HISTORY").doesNotContain("RETORT_VERSION");
    assertThat(migrator.current()).containsExactly("0002");
    assertThat(Migrations.using(dataSource()).current()).isEmpty();
  }

  // ---- history and current ----

  @Test
  void historyAndCurrent() {
    Migrator migrator = Migrations.using(dataSource());
    assertThat(migrator.current()).isEmpty();
    assertThat(migrator.history()).extracting(HistoryEntry::id, HistoryEntry::pending, HistoryEntry::current)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("0001", true, false),
            org.assertj.core.groups.Tuple.tuple("0002", true, false));

    migrator.withMigrations(List.of(new CreateLibrary())).upgradeToHead();

    assertThat(migrator.current()).containsExactly("0001");
    List<HistoryEntry> history = migrator.history();
    assertThat(history).extracting(HistoryEntry::id).containsExactly("0001", "0002");
    HistoryEntry first = history.get(0);
    assertThat(first.parents()).isEmpty();
    assertThat(first.message()).isEqualTo("create author and book");
    assertThat(first.created()).isEqualTo(java.time.Instant.parse("2025-03-01T10:00:00Z"));
    assertThat(first.appliedAt()).isNotNull();
    assertThat(first.current()).isTrue();
    HistoryEntry second = history.get(1);
    assertThat(second.parents()).containsExactly("0001");
    assertThat(second.pending()).isTrue();
    assertThat(second.current()).isFalse();
  }

  // ---- failures, and what each database guarantees ----

  /**
   * Where DDL is transactional (PostgreSQL, SQLite, SQL Server) the failed migration and its row
   * roll back together; where it commits at once (H2, MariaDB, MySQL) what ran stays, the row
   * marks the revision as failed, and the message says what stayed and how to go on.
   */
  @Test
  void aFailingMigrationNamesTheRevisionTheOperationAndTheDatabasesMessage() throws Exception {
    Migrator migrator = Migrations.using(dataSource())
        .withMigrations(List.of(new CreateLibrary(), new AddStock(), new FailsAfterDdl()));

    assertThatThrownBy(migrator::upgradeToHead)
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageContaining("Revision 0003 failed at operation 2 of 3, 'sql: UPDATE no_such_table SET x = 1'")
        .satisfies(e -> assertThat(e.getMessage().toLowerCase(Locale.ROOT)).contains("no_such_table"))
        .hasMessageContaining("Statement: UPDATE no_such_table SET x = 1")
        .hasMessageContaining("Revisions applied earlier in this run stay applied: 0001, 0002.")
        .satisfies(e -> assertThat(e.getCause()).isInstanceOf(java.sql.SQLException.class));

    if (dialect.capabilities().transactionalDdl()) {
      assertThatThrownBy(migrator::upgradeToHead)
          .hasMessageContaining("Its transaction was rolled back: the database is as it was before revision 0003.");
      assertThat(db.columnNames("book")).doesNotContain("NOTE", "NEVER");
      assertThat(versionRows()).containsExactly("0001::TRUE", "0002:0001:TRUE");
    } else {
      String addNote = dialect.render(new AddColumn("book", col("note", ColumnType.varchar(50)))).get(0).sql();
      String delete = "DELETE FROM " + dialect.quoteTable("retort_version") + " WHERE " + dialect.quoteName("revision")
          + " = '0003'";
      // what the database could not roll back is there, what never ran is not, and the row marks the failure
      assertThat(db.columnNames("book")).contains("NOTE").doesNotContain("NEVER");
      assertThat(versionRows()).containsExactly("0001::TRUE", "0002:0001:TRUE", "0003:0002:FALSE");
      // the next start refuses, with nothing changed, until the row is removed
      assertThatThrownBy(migrator::upgradeToHead)
          .isInstanceOf(IncompleteMigrationException.class)
          .hasMessageContaining("Revision 0003 failed partway")
          .hasMessageContaining("Nothing was changed");
      assertThat(migrator.current()).containsExactly("0002");
      // the first failure's message said exactly that, and how to go on
      db.execute(delete);
      db.execute("ALTER TABLE book DROP COLUMN note");
      assertThatThrownBy(migrator::upgradeToHead)
          .hasMessageContaining(dialect.databaseName() + " commits DDL at once, so these statements of revision 0003 "
              + "stay applied:\n  " + addNote)
          .hasMessageContaining("then run " + delete);
    }
  }

  @Test
  void aMigrationThatFailsBeforeAnyDdlIsRolledBackAndCanRunAgain() throws Exception {
    Migrations.upgradeToHead(dataSource());
    db.execute("INSERT INTO author (name) VALUES ('Lem')", "INSERT INTO book (title, author_id) VALUES ('Solaris', 1)");
    Migrator migrator = Migrations.using(dataSource())
        .withMigrations(List.of(new CreateLibrary(), new AddStock(), new FailsInData()));

    assertThatThrownBy(migrator::upgradeToHead)
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageContaining("Revision 0003 failed at operation 2 of 2")
        .hasMessageContaining("Its transaction was rolled back: the database is as it was before revision 0003.");

    assertThat(db.strings("SELECT title FROM book")).containsExactly("Solaris");
    assertThat(versionRows()).containsExactly("0001::TRUE", "0002:0001:TRUE");
    assertThatThrownBy(migrator::upgradeToHead).isInstanceOf(MigrationFailedException.class);
  }

  @Test
  void aDatabaseAtARevisionTheCodeDoesNotKnowIsRefused() throws Exception {
    Migrations.upgradeToHead(dataSource());
    List<String> before = versionRowsWithTimes();

    assertThatThrownBy(() -> Migrations.using(dataSource()).withMigrations(List.of(new CreateLibrary())).upgradeToHead())
        .isInstanceOf(UnknownDatabaseRevisionException.class)
        .hasMessageContaining("applied revision 0002")
        .hasMessageContaining("their head is 0001")
        .hasMessageContaining("Nothing was changed");

    assertThat(versionRowsWithTimes()).isEqualTo(before);
  }

  @Test
  void anAppliedMigrationThatChangedIsRefusedBeforeAnythingRuns() throws Exception {
    Migrations.using(dataSource()).withMigrations(List.of(new CreateLibrary())).upgradeToHead();

    assertThatThrownBy(() -> Migrations.using(dataSource())
            .withMigrations(List.of(new CreateLibraryEdited(), new AddStock())).upgradeToHead())
        .isInstanceOf(ChecksumMismatchException.class)
        .hasMessageContaining("Revision 0001 (" + CreateLibraryEdited.class.getName() + ") was applied with checksum v1:")
        .hasMessageContaining("the migration was changed after it ran")
        .satisfies(e -> assertThat(((ChecksumMismatchException) e).revision()).isEqualTo("0001"));
    assertThat(versionRows()).containsExactly("0001::TRUE");
    assertThat(db.columnNames("book")).doesNotContain("ISBN");
  }

  @Test
  void anUpToDateStartLoadsNothingSoAChangedMigrationIsFoundByPendingAndTheNextUpgrade() {
    Migrations.using(dataSource()).withMigrations(List.of(new CreateLibrary())).upgradeToHead();
    Migrator edited = Migrations.using(dataSource()).withMigrations(List.of(new CreateLibraryEdited()));

    assertThat(edited.upgradeToHead().upToDate()).isTrue();
    assertThatThrownBy(edited::pending).isInstanceOf(ChecksumMismatchException.class);
  }

  @Test
  void twoHeadsAreRefusedWithNothingChanged() throws Exception {
    assertThatThrownBy(() -> Migrations.using(dataSource())
            .withMigrations(List.of(new CreateLibrary(), new AddStock(), new SecondBranch())).upgradeToHead())
        .isInstanceOf(AmbiguousRevisionException.class)
        .hasMessageContaining("0002, 0002b");
    assertThat(db.tables()).isEmpty();
  }

  @Test
  void noMigrationIndexIsAClearError() throws Exception {
    try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
      assertThatThrownBy(() -> Migrations.using(dataSource()).withClassLoader(empty).upgradeToHead())
          .isInstanceOf(MigrationIndexNotFoundException.class)
          .hasMessageContaining("withMigrations");
    }
    assertThat(db.tables()).isEmpty();
  }

  @Test
  void noMigrationsAtAllIsUpToDateAtBase() throws Exception {
    UpgradeResult result = Migrations.using(dataSource()).withMigrations(List.of()).upgradeToHead();
    assertThat(result.upToDate()).isTrue();
    assertThat(result.head()).isNull();
    assertThat(db.tables()).isEmpty();
  }

  // ---- logging ----

  @Test
  void logsOneLinePerMigrationAndASummaryButNoCredentials() throws Exception {
    DataSource withPassword = kind == Database.H2
        ? new UrlDataSource("jdbc:h2:mem:" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;USER=sa;PASSWORD=s3cret")
        : dataSource();
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      Migrations.upgradeToHead(withPassword);
    } finally {
      System.setErr(err);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log).containsPattern("Applied revision 0001 \\(create author and book\\) in \\d+ ms")
        .containsPattern("Applied revision 0002 \\(add isbn and stock to book\\) in \\d+ ms")
        .containsPattern("Applied 2 migration\\(s\\) in \\d+ ms; the database is at revision 0002")
        .doesNotContain("s3cret")
        .doesNotContain("jdbc:");
  }
}
