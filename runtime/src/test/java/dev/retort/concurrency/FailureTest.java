package dev.retort.concurrency;

import static dev.retort.schema.Column.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Migration;
import dev.retort.Migrations;
import dev.retort.Migrator;
import dev.retort.Revision;
import dev.retort.engine.IncompleteMigrationException;
import dev.retort.engine.MigrationFailedException;
import dev.retort.fixture.AddStock;
import dev.retort.fixture.CreateLibrary;
import dev.retort.op.Operations;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Index;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * A migration that fails halfway, after it changed the schema: with bad SQL, and with a data
 * change that violates a constraint. Where DDL is transactional (PostgreSQL, SQLite, SQL Server)
 * the schema, the version table (to its timestamps) and the data are exactly as before, and the
 * same start succeeds once the migration is fixed. Where DDL commits at once (MariaDB, H2) the
 * statements before the failure stay, as the README's "What a failure leaves behind" says, the
 * revision is marked as failed, and the next start refuses with the way on; done as it says, the
 * fixed migration goes through. Either way the message names the revision, the operation and the
 * database's own message.
 */
class FailureTest {
  @Revision(id = "0003", parents = "0002", message = "note on books")
  public static final class BadSql extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.addColumn("book", col("note", ColumnType.varchar(50)));
      op.createIndex(Index.index("ix_book_note", "book", "note"));
      op.sql("UPDATE book SET note = no_such_column");
    }
  }

  @Revision(id = "0003", parents = "0002", message = "note on books")
  public static final class BadSqlFixed extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.addColumn("book", col("note", ColumnType.varchar(50)));
      op.createIndex(Index.index("ix_book_note", "book", "note"));
      op.sql("UPDATE book SET note = title");
    }
  }

  @Revision(id = "0003", parents = "0002", message = "emails")
  public static final class ViolatesAConstraint extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.addColumn("author", col("email", ColumnType.varchar(100)));
      op.sql("UPDATE author SET email = 'same@example.org'");
      op.sql("INSERT INTO author (name, email) VALUES ('Ursula K. Le Guin', 'other@example.org')");
      op.createIndex(Index.uniqueIndex("ix_author_email", "author", "email"));
    }
  }

  private static SharedDatabase library(Target target, String label) throws Exception {
    SharedDatabase db = SharedDatabase.open(target, label);
    Migrations.using(db.dataSource()).withMigrations(List.of(new CreateLibrary(), new AddStock())).upgradeToHead();
    db.execute("INSERT INTO author (name) VALUES ('Ursula K. Le Guin')",
        "INSERT INTO book (title, author_id, isbn) VALUES ('The Dispossessed', 1, '9780061054884')");
    return db;
  }

  /** Everything a failed migration could have touched: the schema, the version table's rows whole, the data. */
  private static List<Object> state(SharedDatabase db) throws Exception {
    return List.of(db.schema(),
        db.rows("SELECT * FROM " + db.dialect().quoteTable("retort_version") + " ORDER BY 1"),
        db.rows("SELECT * FROM author ORDER BY id"),
        db.rows("SELECT * FROM book ORDER BY id"));
  }

  private static String delete(SharedDatabase db) {
    return "DELETE FROM " + db.dialect().quoteTable("retort_version") + " WHERE " + db.q("revision") + " = '0003'";
  }

  @ParameterizedTest(name = "{0}")
  @RunsOn({Target.H2_MEMORY, Target.SQLITE, Target.POSTGRESQL, Target.MARIADB, Target.SQLSERVER})
  void badSqlAfterSchemaChanges(Target target) throws Exception {
    try (SharedDatabase db = library(target, "FailureBadSql")) {
      List<Object> before = state(db);
      Migrator failing = Migrations.using(db.dataSource())
          .withMigrations(List.of(new CreateLibrary(), new AddStock(), new BadSql()));

      assertThatThrownBy(failing::upgradeToHead)
          .isInstanceOf(MigrationFailedException.class)
          .hasMessageContaining("Revision 0003 failed at operation 3 of 3, 'sql: UPDATE book SET note = no_such_column'")
          .satisfies(e -> assertThat(e.getMessage().toLowerCase(Locale.ROOT))
              .contains(e.getCause().getMessage().strip().toLowerCase(Locale.ROOT))
              .contains("no_such_column"));

      Migrator fixed = Migrations.using(db.dataSource())
          .withMigrations(List.of(new CreateLibrary(), new AddStock(), new BadSqlFixed()));
      if (target.transactionalDdl()) {
        assertThat(state(db)).isEqualTo(before);
      } else {
        assertThat(db.versionRows()).containsExactly("0001:ok", "0002:ok", "0003:failed");
        assertThat(db.schema().toString()).contains("NOTE", "IX_BOOK_NOTE");
        assertThatThrownBy(fixed::upgradeToHead)
            .isInstanceOf(IncompleteMigrationException.class)
            .hasMessageContaining("Revision 0003 failed partway")
            .hasMessageContaining("Nothing was changed")
            .hasMessageContaining(delete(db));
        // the way on, as the first failure's message said: undo what stayed, remove the mark
        db.execute(db.kind() == dev.retort.testing.Database.MARIADB
            ? "DROP INDEX ix_book_note ON book" : "DROP INDEX ix_book_note", "ALTER TABLE book DROP COLUMN note",
            delete(db));
        assertThat(state(db)).isEqualTo(before);
      }
      assertThat(fixed.upgradeToHead().appliedIds()).containsExactly("0003");
      assertThat(db.rows("SELECT note FROM book")).containsExactly("The Dispossessed");
    }
  }

  @ParameterizedTest(name = "{0}")
  @RunsOn({Target.H2_MEMORY, Target.SQLITE, Target.POSTGRESQL, Target.MARIADB, Target.SQLSERVER})
  void aDataChangeThatViolatesAConstraint(Target target) throws Exception {
    try (SharedDatabase db = library(target, "FailureConstraint")) {
      List<Object> before = state(db);
      Migrator failing = Migrations.using(db.dataSource())
          .withMigrations(List.of(new CreateLibrary(), new AddStock(), new ViolatesAConstraint()));

      assertThatThrownBy(failing::upgradeToHead)
          .isInstanceOf(MigrationFailedException.class)
          .hasMessageContaining("Revision 0003 failed at operation 3 of 4, 'sql: INSERT INTO author (name, email)")
          .satisfies(e -> assertThat(e.getMessage().toLowerCase(Locale.ROOT))
              .contains(e.getCause().getMessage().strip().toLowerCase(Locale.ROOT))
              .contains(target == Target.SQLITE ? "unique constraint failed: author.name" : "uk_author_name"));

      if (target.transactionalDdl()) {
        assertThat(state(db)).isEqualTo(before);
        assertThat(failing.current()).containsExactly("0002");
      } else {
        // the column committed when it was added; the data changes after it rolled back
        assertThat(db.rows("SELECT name, email FROM author")).containsExactly("Ursula K. Le Guin|null");
        assertThat(db.versionRows()).containsExactly("0001:ok", "0002:ok", "0003:failed");
        assertThatThrownBy(failing::upgradeToHead).isInstanceOf(IncompleteMigrationException.class);
      }
    }
  }
}
