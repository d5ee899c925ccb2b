package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.engine.ChecksumMismatchException;
import dev.retort.engine.UnknownDatabaseRevisionException;
import dev.retort.fixture.AddStock;
import dev.retort.fixture.CreateLibrary;
import dev.retort.fixture.branches.Branches;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.testing.AllDatabases;
import dev.retort.testing.Database;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** What is checked before anything runs: checksums, revisions the code does not know; on every database. */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(AllDatabases.class)
class ValidationTest {
  @Parameter
  Database kind;

  private TestDatabase db;
  private Dialect dialect;

  @BeforeEach
  void open() throws Exception {
    db = TestDatabases.fresh(kind, "ValidationTest");
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

  /** A column of the version table's rows, sorted by revision. */
  private List<String> versionColumn(String column) throws Exception {
    return db.strings("SELECT " + dialect.quoteName(column) + " FROM " + dialect.quoteTable("retort_version")
        + " ORDER BY " + dialect.quoteName("revision"));
  }

  /** One migration, written the way a person might write it. */
  private static final String PLAIN = """
      package p;

      import static dev.retort.schema.Column.col;

      import dev.retort.Migration;
      import dev.retort.Revision;
      import dev.retort.op.Operations;
      import dev.retort.schema.ColumnType;
      import dev.retort.schema.Table;

      @Revision(id = "0001", message = "create author and book"%s)
      public final class Edited extends Migration {
        @Override
        public void upgrade(Operations op) {
          op.createTable(Table.table("author").column(col("id", ColumnType.BIGINT).notNull()).primaryKey("id"));
        }
      }
      """;

  /** The same migration reformatted, commented, with other imports and Windows line endings. */
  private static final String REFORMATTED = """
      package p;
      /* a comment above everything */
      import dev.retort.*;
      import dev.retort.op.Operations;
      import dev.retort.schema.*;

      /** Javadoc that was not there before. */
      @Revision(
          message = "create author and book",
          id = "0001")
      public final class Edited extends Migration
      {
        @Override public void upgrade(final Operations op)
        {
          // create the author table
          Table author = Table.table("author")
              .column(Column.col("id", ColumnType.BIGINT)
                  .notNull());   // never null
          op.createTable(author.primaryKey("id"));
        }
      }
      """.replace("\n", "\r\n");

  /** A real change: the id column became nullable. */
  private static final String CHANGED = PLAIN.replace(".notNull()", "");

  private static Migration compiled(Path dir, String source) throws Exception {
    return SourceCompiler.instance(SourceCompiler.compile(dir, Map.of("p/Edited.java", source)), "p.Edited");
  }

  @Test
  void reformattingCommentsAndLineEndingsDoNotChangeTheChecksum(@TempDir Path tmp) throws Exception {
    Migration plain = compiled(tmp.resolve("a"), PLAIN.formatted(""));
    Migration reformatted = compiled(tmp.resolve("b"), REFORMATTED);
    Migration changed = compiled(tmp.resolve("c"), CHANGED.formatted(""));

    Migrations.using(db.dataSource()).withMigrations(List.of(plain)).upgradeToHead();

    // the reformatted class is accepted, through a real upgrade that checks every checksum
    assertThat(Migrations.using(db.dataSource()).withMigrations(List.of(reformatted)).pending()).isEmpty();
    // a change of an operation is not
    assertThatThrownBy(() -> Migrations.using(db.dataSource()).withMigrations(List.of(changed)).pending())
        .isInstanceOf(ChecksumMismatchException.class)
        .hasMessageContaining("Revision 0001 (p.Edited) was applied with checksum v1:")
        .hasMessageContaining("acceptedChecksums");
  }

  @Test
  void aDeliberateChangeIsAcceptedByListingTheAppliedChecksum(@TempDir Path tmp) throws Exception {
    Migration plain = compiled(tmp.resolve("a"), PLAIN.formatted(""));
    Migrations.using(db.dataSource()).withMigrations(List.of(plain)).upgradeToHead();
    String applied = versionColumn("checksum").get(0);

    Migration accepted = compiled(tmp.resolve("b"), CHANGED.formatted(", acceptedChecksums = \"" + applied + "\""));

    assertThat(Migrations.using(db.dataSource()).withMigrations(List.of(accepted)).pending()).isEmpty();
    // the database keeps the checksum it applied
    assertThat(versionColumn("checksum")).containsExactly(applied);
  }

  @Test
  void aChecksumInAFormatThisRetortDoesNotKnowIsRefused() throws Exception {
    Migrations.using(db.dataSource()).withMigrations(List.of(new CreateLibrary())).upgradeToHead();
    db.execute("UPDATE " + dialect.quoteTable("retort_version") + " SET " + dialect.quoteName("checksum") + " = 'v9:abc'");

    assertThatThrownBy(() -> Migrations.upgradeToHead(db.dataSource()))
        .isInstanceOf(RetortException.class)
        .hasMessageContaining("format 'v9', which this version of Retort does not know (it knows v1)")
        .hasMessageContaining("Nothing was changed");
    assertThat(versionColumn("revision")).containsExactly("0001");
  }

  @Test
  void everyCommandRefusesADatabaseAheadOfTheCodeListingTheKnownHeadsAndChangesNothing() throws Exception {
    Migrations.using(db.dataSource()).withMigrations(Branches.all()).upgradeToHead();
    List<String> before = versionColumn("applied_at");
    List<String> tables = db.tables();
    Migrator older = Migrations.using(db.dataSource()).withMigrations(Branches.unmerged());

    for (Runnable command : List.<Runnable>of(older::upgradeToHead, () -> older.upgrade("heads"),
        () -> older.downgrade("base"), () -> older.stamp("a0aaaa"), older::pending)) {
      assertThatThrownBy(command::run)
          .isInstanceOf(UnknownDatabaseRevisionException.class)
          .hasMessageContaining("The database has applied revisions c4cccc, m3mmmm")
          .hasMessageContaining("their heads are b2bbbb, d1dddd")
          .hasMessageContaining("Nothing was changed");
    }
    assertThat(versionColumn("applied_at")).isEqualTo(before);
    assertThat(db.tables()).isEqualTo(tables);
  }

  @Test
  void aChangedMigrationStopsADowngradeBeforeAnythingRuns() throws Exception {
    Migrations.upgradeToHead(db.dataSource());
    Migrator edited = Migrations.using(db.dataSource())
        .withMigrations(List.of(new MigrationsTest.CreateLibraryEdited(), new AddStock()));

    assertThatThrownBy(() -> edited.downgrade("0001")).isInstanceOf(ChecksumMismatchException.class);
    assertThat(versionColumn("revision")).containsExactly("0001", "0002");
  }
}
