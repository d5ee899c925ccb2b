package dev.retort;

import static dev.retort.schema.Column.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.engine.MigrationFailedException;
import dev.retort.op.Operations;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.testing.AllDatabases;
import dev.retort.testing.Database;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Changes to tables that hold rows, on every database. On SQLite most of them are table rebuilds
 * (create the new table, copy the rows, drop the old one, rename, recreate the indexes), run in
 * the migration's transaction with foreign-key enforcement paused: no row may be lost, not even
 * when the rebuilt table is the parent of a foreign key with ON DELETE CASCADE, and a rebuild that
 * fails leaves the table as it was.
 */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(AllDatabases.class)
class TableChangesTest {
  @Parameter
  Database kind;

  private TestDatabase db;
  private Dialect dialect;

  static final Column TITLE = col("title", ColumnType.varchar(100));
  static final Column PAGES = col("pages", ColumnType.INTEGER);
  static final Column LABEL = col("label", ColumnType.varchar(40)).notNull();
  static final ForeignKey VOLUME_SHELF = ForeignKey.foreignKey("fk_volume_shelf", "shelf_id", "shelf", "id")
      .onDelete(ForeignKey.OnDelete.CASCADE);

  @Revision(id = "0001", message = "shelves and volumes")
  public static final class CreateShelves extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.createTable(Table.table("shelf")
          .column(col("id", ColumnType.BIGINT).asIdentity())
          .column(LABEL)
          .primaryKey("id"));
      op.createTable(Table.table("volume")
          .column(col("id", ColumnType.BIGINT).asIdentity())
          .column(col("shelf_id", ColumnType.BIGINT).notNull())
          .column(TITLE)
          .column(PAGES)
          .primaryKey("id")
          .foreignKey(VOLUME_SHELF)
          .index(Index.index("ix_volume_title", "volume", "title")));
    }
  }

  @Revision(id = "0002", parents = "0001", message = "reshape")
  public static final class Reshape extends Migration {
    @Override
    public void upgrade(Operations op) {
      // the parent of a cascading foreign key, rebuilt on SQLite
      op.alterColumn("shelf", LABEL, LABEL.withType(ColumnType.varchar(80)));
      op.addUnique("shelf", UniqueConstraint.unique("uk_shelf_label", "label"));
      op.alterColumn("volume", TITLE, TITLE.withType(ColumnType.varchar(200)).notNull());
      op.addColumn("volume", col("rating", ColumnType.INTEGER).defaultValue("0").notNull());
      op.addCheck("volume", CheckConstraint.check("ck_volume_rating", "rating >= 0"));
      op.dropColumn("volume", PAGES);
      op.dropForeignKey("volume", VOLUME_SHELF);
      op.addForeignKey("volume", VOLUME_SHELF.onDelete(ForeignKey.OnDelete.NO_ACTION));
    }
  }

  @Revision(id = "0003", parents = "0002", message = "a note, then a check the rows break")
  public static final class FailsOnTheRows extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.addColumn("shelf", col("note", ColumnType.varchar(10)));
      op.addCheck("volume", CheckConstraint.check("ck_volume_good", "rating > 5"));
    }
  }

  @Revision(id = "0003", parents = "0002", message = "empties the shelves, which volumes still reference")
  public static final class BreaksAReference extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.addColumn("shelf", col("note", ColumnType.varchar(10)));
      op.sql("DELETE FROM shelf");
    }
  }

  @BeforeEach
  void open() throws Exception {
    db = TestDatabases.fresh(kind, "TableChangesTest");
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

  private Migrator migrator(Migration... migrations) {
    return Migrations.using(db.dataSource()).withMigrations(List.of(migrations));
  }

  private void fill() throws SQLException {
    db.execute("INSERT INTO shelf (label) VALUES ('fiction')", "INSERT INTO shelf (label) VALUES ('poetry')",
        "INSERT INTO volume (shelf_id, title, pages) VALUES (1, 'The Dispossessed', 387)",
        "INSERT INTO volume (shelf_id, title, pages) VALUES (1, 'Solaris', 204)",
        "INSERT INTO volume (shelf_id, title, pages) VALUES (2, 'Ariel', 96)");
  }

  private List<String> volumes() throws SQLException {
    return db.strings("SELECT " + concat("title", "shelf_id") + " FROM volume ORDER BY id");
  }

  private String concat(String a, String b) {
    return "CONCAT(" + a + ", '@', " + b + ")";
  }

  @Test
  void everyChangeKeepsEveryRowUpAndDown() throws Exception {
    Migrator migrator = migrator(new CreateShelves(), new Reshape());
    migrator.upgrade("0001");
    fill();
    List<String> before = List.of("The Dispossessed@1", "Solaris@1", "Ariel@2");
    assertThat(volumes()).isEqualTo(before);

    migrator.upgradeToHead();

    assertThat(volumes()).isEqualTo(before);
    assertThat(db.strings("SELECT label FROM shelf ORDER BY id")).containsExactly("fiction", "poetry");
    assertThat(db.strings("SELECT rating FROM volume")).containsOnly("0");
    assertThat(db.columnNames("volume")).containsExactly("ID", "SHELF_ID", "TITLE", "RATING");
    assertThat(db.columns("volume").get("TITLE").nullable()).isFalse();
    assertThat(db.columns("shelf").get("LABEL").size()).isEqualTo(80);
    assertThat(db.indexes("volume")).contains("(TITLE)");
    assertThat(db.indexes("shelf")).contains("unique (LABEL)");
    assertThat(db.foreignKeys("volume")).containsExactly("SHELF_ID -> " + db.stored("shelf").toUpperCase() + ".ID");
    assertThat(db.tables()).noneMatch(t -> t.toLowerCase().contains("retort_tmp"));
    // the constraints hold: unique, check, and the foreign key, which no longer cascades
    assertThatThrownBy(() -> db.execute("INSERT INTO shelf (label) VALUES ('poetry')")).isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> db.execute("UPDATE volume SET rating = -1")).isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> db.execute("INSERT INTO volume (shelf_id, title) VALUES (9, 'Nowhere')"))
        .isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> db.execute("DELETE FROM shelf WHERE id = 2")).isInstanceOf(SQLException.class);

    migrator.downgrade("0001");

    assertThat(volumes()).isEqualTo(before);
    assertThat(db.columnNames("volume")).containsExactly("ID", "SHELF_ID", "TITLE", "PAGES");
    assertThat(db.strings("SELECT pages FROM volume")).containsOnlyNulls();

    migrator.upgradeToHead();
    assertThat(volumes()).isEqualTo(before);
  }

  /**
   * On SQLite foreign keys are not enforced while a migration runs (a rebuild needs that), so the
   * engine checks every reference before committing: a migration that leaves one broken is rolled
   * back, as the enforced foreign key rejects it at once on the other databases.
   */
  @Test
  void aMigrationThatLeavesABrokenReferenceDoesNotCommit() throws Exception {
    Migrator migrator = migrator(new CreateShelves(), new Reshape(), new BreaksAReference());
    migrator.upgrade("0001");
    fill();
    migrator.upgrade("0002");

    assertThatThrownBy(migrator::upgradeToHead)
        .isInstanceOf(MigrationFailedException.class)
        .satisfies(e -> {
          if (kind == Database.SQLITE) {
            assertThat(e).hasMessageContaining("check the foreign keys of revision 0003")
                .hasMessageContaining("rows whose foreign keys reference no row");
          } else {
            assertThat(e).hasMessageContaining("sql: DELETE FROM shelf");
          }
        });

    assertThat(db.strings("SELECT label FROM shelf ORDER BY id")).containsExactly("fiction", "poetry");
    assertThat(volumes()).containsExactly("The Dispossessed@1", "Solaris@1", "Ariel@2");
    // foreign keys are enforced again afterwards
    assertThatThrownBy(() -> db.execute("DELETE FROM shelf WHERE id = 2")).isInstanceOf(SQLException.class);
  }

  @Test
  void aFailedChangeLeavesTheTableAndItsRows() throws Exception {
    Migrator migrator = migrator(new CreateShelves(), new Reshape(), new FailsOnTheRows());
    migrator.upgrade("0001");
    fill();
    migrator.upgrade("0002");

    assertThatThrownBy(migrator::upgradeToHead)
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageContaining("Revision 0003 failed at operation 2 of 2, 'add check ck_volume_good");

    assertThat(volumes()).containsExactly("The Dispossessed@1", "Solaris@1", "Ariel@2");
    assertThat(db.tables()).noneMatch(t -> t.toLowerCase().contains("retort_tmp"));
    if (dialect.capabilities().transactionalDdl()) {
      assertThat(db.columnNames("shelf")).doesNotContain("NOTE");
      assertThat(migrator.current()).containsExactly("0002");
      assertThat(migrator.pending()).containsExactly("0003");
    } else {
      assertThat(db.columnNames("shelf")).contains("NOTE");
      assertThatThrownBy(migrator::upgradeToHead).hasMessageContaining("Revision 0003 failed partway");
    }
  }
}
