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
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationsTest {
  private final Db db = new Db();

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
    UpgradeResult result = Migrations.upgradeToHead(db.dataSource());

    assertThat(result.appliedIds()).containsExactly("0001", "0002");
    assertThat(result.applied()).extracting(AppliedMigration::message)
        .containsExactly("create author and book", "add isbn and stock to book");
    assertThat(result.applied()).allSatisfy(a -> assertThat(a.duration()).isPositive());
    assertThat(result.head()).isEqualTo("0002");
    assertThat(result.upToDate()).isFalse();

    assertThat(db.tables()).containsExactlyInAnyOrder("AUTHOR", "BOOK", "RETORT_VERSION");
    assertThat(db.columns("AUTHOR")).containsExactly(
        "ID BIGINT NOT NULL IDENTITY",
        "NAME CHARACTER VARYING(120) NOT NULL");
    assertThat(db.columns("BOOK")).containsExactly(
        "ID BIGINT NOT NULL IDENTITY",
        "TITLE CHARACTER VARYING(200) NOT NULL",
        "AUTHOR_ID BIGINT NOT NULL",
        "PRICE NUMERIC(10,2) NULL",
        "PUBLISHED DATE NULL",
        "ISBN CHARACTER(13) NULL",
        "IN_STOCK INTEGER NOT NULL DEFAULT 1");
    assertThat(db.primaryKey("BOOK")).containsExactly("ID");
    assertThat(db.foreignKeys("BOOK")).containsExactly("FK_BOOK_AUTHOR: AUTHOR_ID -> AUTHOR.ID");
    assertThat(db.indexes("BOOK")).contains("IX_BOOK_TITLE(TITLE)", "UNIQUE IX_BOOK_ISBN(ISBN)");
    assertThat(db.strings("SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS "
        + "WHERE TABLE_NAME = 'AUTHOR' AND CONSTRAINT_TYPE = 'UNIQUE'")).containsExactly("UK_AUTHOR_NAME");
    assertThat(db.sequences()).containsExactly("LOAN_SEQ");
    assertThat(db.strings("SELECT \"REVISION\" || ':' || \"PARENTS\" || ':' || \"SUCCESS\" FROM \"RETORT_VERSION\" ORDER BY 1"))
        .containsExactly("0001::TRUE", "0002:0001:TRUE");
  }

  @Test
  void aSecondCallDoesNothing() throws Exception {
    Migrations.upgradeToHead(db.dataSource());
    List<String> rows = db.strings("SELECT \"REVISION\" || \"APPLIED_AT\" FROM \"RETORT_VERSION\"");

    UpgradeResult again = Migrations.upgradeToHead(db.dataSource());

    assertThat(again.upToDate()).isTrue();
    assertThat(again.applied()).isEmpty();
    assertThat(again.head()).isEqualTo("0002");
    assertThat(db.strings("SELECT \"REVISION\" || \"APPLIED_AT\" FROM \"RETORT_VERSION\"")).isEqualTo(rows);
  }

  @Test
  void explicitMigrationsAndRowsSurviveAnAddColumnMigration() throws Exception {
    UpgradeResult first = Migrations.using(db.dataSource()).withMigrations(List.of(new CreateLibrary())).upgradeToHead();
    assertThat(first.appliedIds()).containsExactly("0001");
    db.execute("INSERT INTO author (name) VALUES ('Ursula K. Le Guin')",
        "INSERT INTO book (title, author_id, price) VALUES ('The Dispossessed', 1, 12.50)");

    UpgradeResult second = Migrations.using(db.dataSource())
        .withMigrations(List.of(new AddStock(), new CreateLibrary()))
        .upgradeToHead();

    assertThat(second.appliedIds()).containsExactly("0002");
    assertThat(db.strings("SELECT title || '|' || price || '|' || isbn || '|' || in_stock FROM book"))
        .containsExactly("The Dispossessed|12.50|0000000000001|1");
  }

  @Test
  void aJdbcCallbackRunsOnTheMigrationsConnection() throws Exception {
    UpgradeResult result = Migrations.using(db.dataSource())
        .withMigrations(List.of(new CreateLibrary(), new AddStock(), new FillsThroughJdbc()))
        .upgradeToHead();
    assertThat(result.appliedIds()).containsExactly("0001", "0002", "0003");
    assertThat(db.strings("SELECT name FROM author ORDER BY name")).containsExactly("Le Guin", "Lem");
  }

  @Test
  void aCustomVersionTable() throws Exception {
    Migrator migrator = Migrations.using(db.dataSource()).withVersionTable("schema_history");
    migrator.upgradeToHead();
    assertThat(db.tables()).contains("SCHEMA_HISTORY").doesNotContain("RETORT_VERSION");
    assertThat(migrator.current()).containsExactly("0002");
    assertThat(Migrations.using(db.dataSource()).current()).isEmpty();
  }

  // ---- history and current ----

  @Test
  void historyAndCurrent() {
    Migrator migrator = Migrations.using(db.dataSource());
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

  // ---- failures ----

  @Test
  void aFailingMigrationNamesTheRevisionTheOperationAndTheDatabasesMessage() throws Exception {
    Migrator migrator = Migrations.using(db.dataSource())
        .withMigrations(List.of(new CreateLibrary(), new AddStock(), new FailsAfterDdl()));

    assertThatThrownBy(migrator::upgradeToHead)
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageContaining("Revision 0003 failed at operation 2 of 3, 'sql: UPDATE no_such_table SET x = 1'")
        .hasMessageContaining("Table \"NO_SUCH_TABLE\" not found")
        .hasMessageContaining("Statement: UPDATE no_such_table SET x = 1")
        .hasMessageContaining("H2 commits DDL at once, so these statements of revision 0003 stay applied:\n  ALTER TABLE \"BOOK\" ADD COLUMN \"NOTE\" CHARACTER VARYING(50)")
        .hasMessageContaining("DELETE FROM \"RETORT_VERSION\" WHERE \"REVISION\" = '0003'")
        .hasMessageContaining("Revisions applied earlier in this run stay applied: 0001, 0002.")
        .satisfies(e -> assertThat(e.getCause()).isInstanceOf(java.sql.SQLException.class));

    // what H2 could not roll back is there, what never ran is not, and the row marks the failure
    assertThat(db.columns("BOOK")).anyMatch(c -> c.startsWith("NOTE ")).noneMatch(c -> c.startsWith("NEVER "));
    assertThat(db.strings("SELECT \"REVISION\" || ':' || \"SUCCESS\" FROM \"RETORT_VERSION\" ORDER BY 1"))
        .containsExactly("0001:TRUE", "0002:TRUE", "0003:FALSE");

    // the next start refuses, with nothing changed, until the row is removed
    assertThatThrownBy(migrator::upgradeToHead)
        .isInstanceOf(IncompleteMigrationException.class)
        .hasMessageContaining("Revision 0003 failed partway")
        .hasMessageContaining("Nothing was changed");
    assertThat(migrator.current()).containsExactly("0002");
  }

  @Test
  void aMigrationThatFailsBeforeAnyDdlIsRolledBackAndCanRunAgain() throws Exception {
    Migrations.upgradeToHead(db.dataSource());
    db.execute("INSERT INTO author (name) VALUES ('Lem')", "INSERT INTO book (title, author_id) VALUES ('Solaris', 1)");
    Migrator migrator = Migrations.using(db.dataSource())
        .withMigrations(List.of(new CreateLibrary(), new AddStock(), new FailsInData()));

    assertThatThrownBy(migrator::upgradeToHead)
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageContaining("Revision 0003 failed at operation 2 of 2")
        .hasMessageContaining("Its transaction was rolled back: the database is as it was before revision 0003.");

    assertThat(db.strings("SELECT title FROM book")).containsExactly("Solaris");
    assertThat(db.strings("SELECT \"REVISION\" FROM \"RETORT_VERSION\" ORDER BY 1")).containsExactly("0001", "0002");
    assertThatThrownBy(migrator::upgradeToHead).isInstanceOf(MigrationFailedException.class);
  }

  @Test
  void aDatabaseAtARevisionTheCodeDoesNotKnowIsRefused() throws Exception {
    Migrations.upgradeToHead(db.dataSource());
    List<String> before = db.strings("SELECT \"REVISION\" || \"APPLIED_AT\" FROM \"RETORT_VERSION\" ORDER BY 1");

    assertThatThrownBy(() -> Migrations.using(db.dataSource()).withMigrations(List.of(new CreateLibrary())).upgradeToHead())
        .isInstanceOf(UnknownDatabaseRevisionException.class)
        .hasMessageContaining("applied revision 0002")
        .hasMessageContaining("their head is 0001")
        .hasMessageContaining("Nothing was changed");

    assertThat(db.strings("SELECT \"REVISION\" || \"APPLIED_AT\" FROM \"RETORT_VERSION\" ORDER BY 1")).isEqualTo(before);
  }

  @Test
  void anAppliedMigrationThatChangedIsRefusedBeforeAnythingRuns() throws Exception {
    Migrations.using(db.dataSource()).withMigrations(List.of(new CreateLibrary())).upgradeToHead();

    assertThatThrownBy(() -> Migrations.using(db.dataSource())
            .withMigrations(List.of(new CreateLibraryEdited(), new AddStock())).upgradeToHead())
        .isInstanceOf(ChecksumMismatchException.class)
        .hasMessageContaining("Revision 0001 (" + CreateLibraryEdited.class.getName() + ") was applied with checksum v1:")
        .hasMessageContaining("the migration was changed after it ran")
        .satisfies(e -> assertThat(((ChecksumMismatchException) e).revision()).isEqualTo("0001"));
    assertThat(db.strings("SELECT \"REVISION\" FROM \"RETORT_VERSION\"")).containsExactly("0001");
    assertThat(db.columns("BOOK")).noneMatch(c -> c.startsWith("ISBN"));
  }

  @Test
  void anUpToDateStartLoadsNothingSoAChangedMigrationIsFoundByPendingAndTheNextUpgrade() {
    Migrations.using(db.dataSource()).withMigrations(List.of(new CreateLibrary())).upgradeToHead();
    Migrator edited = Migrations.using(db.dataSource()).withMigrations(List.of(new CreateLibraryEdited()));

    assertThat(edited.upgradeToHead().upToDate()).isTrue();
    assertThatThrownBy(edited::pending).isInstanceOf(ChecksumMismatchException.class);
  }

  @Test
  void twoHeadsAreRefusedWithNothingChanged() throws Exception {
    assertThatThrownBy(() -> Migrations.using(db.dataSource())
            .withMigrations(List.of(new CreateLibrary(), new AddStock(), new SecondBranch())).upgradeToHead())
        .isInstanceOf(AmbiguousRevisionException.class)
        .hasMessageContaining("0002, 0002b");
    assertThat(db.tables()).isEmpty();
  }

  @Test
  void noMigrationIndexIsAClearError() throws Exception {
    try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
      assertThatThrownBy(() -> Migrations.using(db.dataSource()).withClassLoader(empty).upgradeToHead())
          .isInstanceOf(MigrationIndexNotFoundException.class)
          .hasMessageContaining("withMigrations");
    }
    assertThat(db.tables()).isEmpty();
  }

  @Test
  void noMigrationsAtAllIsUpToDateAtBase() throws Exception {
    UpgradeResult result = Migrations.using(db.dataSource()).withMigrations(List.of()).upgradeToHead();
    assertThat(result.upToDate()).isTrue();
    assertThat(result.head()).isNull();
    assertThat(db.tables()).isEmpty();
  }

  // ---- logging ----

  @Test
  void logsOneLinePerMigrationAndASummaryButNoCredentials() throws Exception {
    db.dataSource.setURL("jdbc:h2:mem:" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;USER=sa;PASSWORD=s3cret");
    db.dataSource.setPassword("s3cret");
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      Migrations.upgradeToHead(db.dataSource());
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
