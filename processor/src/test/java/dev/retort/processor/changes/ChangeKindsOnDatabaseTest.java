package dev.retort.processor.changes;

import static dev.retort.schema.Column.col;
import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.INTEGER;
import static dev.retort.schema.ColumnType.decimal;
import static dev.retort.schema.ColumnType.enumOf;
import static dev.retort.schema.ColumnType.varchar;
import static dev.retort.schema.Table.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Migration;
import dev.retort.Migrations;
import dev.retort.Migrator;
import dev.retort.drift.Drift;
import dev.retort.processor.codegen.MigrationSpec;
import dev.retort.processor.diff.Diff;
import dev.retort.processor.diff.RenameHints;
import dev.retort.processor.diff.SchemaDiffer;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.testing.Database;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of change the diff detects, generated as a migration, applied to a real database that
 * holds rows, then downgraded: the schema after each step is what the migrations say (the runtime's
 * drift check finds nothing), and the rows are still there.
 */
class ChangeKindsOnDatabaseTest {
  /** A change: the schema before and after, the rename hints, and rows to keep through it. */
  record Change(String name, Schema before, Schema after, RenameHints hints) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final Table SHELF = table("shelf")
      .column(col("id", BIGINT).notNull())
      .column(col("label", varchar(40)).notNull())
      .column(col("capacity", INTEGER))
      .column(col("price", decimal(8, 2)))
      .column(col("kind", enumOf("WOOD", "METAL")))
      .primaryKey("id");
  private static final Table ROOM = table("room")
      .column(col("id", BIGINT).notNull())
      .column(col("name", varchar(40)))
      .primaryKey("id");
  private static final Table SHELF_IN_ROOM = SHELF.column(col("room_id", BIGINT));

  static Stream<Arguments> cases() {
    List<Change> changes = List.of(
        change("add table", schema(SHELF), schema(SHELF, ROOM)),
        change("drop table", schema(SHELF, ROOM), schema(SHELF)),
        change("add nullable column", schema(SHELF), schema(SHELF.column(col("colour", varchar(20))))),
        change("add not-null column with default", schema(SHELF), schema(SHELF.column(col("floor", INTEGER).notNull().defaultValue("1")))),
        change("drop column", schema(SHELF.column(col("colour", varchar(20)))), schema(SHELF)),
        change("longer varchar", schema(SHELF), schema(withColumn(SHELF, col("label", varchar(80)).notNull()))),
        change("wider decimal", schema(SHELF), schema(withColumn(SHELF, col("price", decimal(12, 3))))),
        change("integer to bigint", schema(SHELF), schema(withColumn(SHELF, col("capacity", BIGINT)))),
        change("not null", schema(SHELF), schema(withColumn(SHELF, col("capacity", INTEGER).notNull()))),
        change("default value", schema(SHELF), schema(withColumn(SHELF, col("capacity", INTEGER).defaultValue("10")))),
        change("primary key", schema(SHELF), schema(SHELF.primaryKey("id", "label"))),
        change("unique constraint", schema(SHELF), schema(SHELF.unique(UniqueConstraint.unique("uk_shelf_label", "label")))),
        // a Set of embeddables whose primitives became nullable: its key turns into a unique constraint
        change("primary key to unique over a nullable column", schema(SHELF.primaryKey("id", "label")),
            schema(withColumn(SHELF, col("label", varchar(40))).withPrimaryKey(List.of())
                .unique(UniqueConstraint.unique("uk_shelf_id_label", "id", "label")))),
        change("index", schema(SHELF), schema(SHELF.index(Index.index("idx_shelf_label", "shelf", "label")))),
        change("changed index", schema(SHELF.index(Index.index("idx_shelf_label", "shelf", "label"))),
            schema(SHELF.index(Index.uniqueIndex("idx_shelf_label", "shelf", "label", "capacity")))),
        change("foreign key", schema(SHELF_IN_ROOM, ROOM),
            schema(SHELF_IN_ROOM.foreignKey(ForeignKey.foreignKey("fk_shelf_room", "room_id", "room", "id")), ROOM)),
        change("foreign key on delete", schema(SHELF_IN_ROOM.foreignKey(ForeignKey.foreignKey("fk_shelf_room", "room_id", "room", "id")), ROOM),
            schema(SHELF_IN_ROOM.foreignKey(ForeignKey.foreignKey("fk_shelf_room", "room_id", "room", "id").onDelete(ForeignKey.OnDelete.CASCADE)), ROOM)),
        change("check constraint", schema(SHELF), schema(SHELF.check(CheckConstraint.check("ck_shelf_capacity", "capacity >= 0")))),
        change("enum value added", schema(SHELF), schema(withColumn(SHELF, col("kind", enumOf("WOOD", "METAL", "GLASS"))))),
        new Change("sequence", schema(SHELF), Schema.of(List.of(SHELF), List.of(Sequence.sequence("shelf_seq", 1, 50))), RenameHints.NONE),
        new Change("sequence increment", Schema.of(List.of(SHELF), List.of(Sequence.sequence("shelf_seq", 1, 50))),
            Schema.of(List.of(SHELF), List.of(Sequence.sequence("shelf_seq", 1, 10))), RenameHints.NONE),
        new Change("rename column", schema(SHELF), schema(renamed(SHELF, "label", "title")),
            RenameHints.NONE.withColumn("shelf", "title", "label")),
        new Change("rename table", schema(SHELF), schema(SHELF.withName("rack")), RenameHints.NONE.withTable("rack", "shelf")));
    // SQLite and MariaDB have no sequences (Retort renders Hibernate's one-row table there, which
    // the dialect suites test), so the sequence cases run where sequences exist
    return Stream.of(Database.H2, Database.SQLITE, Database.POSTGRESQL, Database.MARIADB)
        .flatMap(db -> changes.stream()
            .filter(c -> !(c.name().startsWith("sequence") && (db == Database.SQLITE || db == Database.MARIADB)))
            .map(c -> Arguments.of(db, c)));
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("cases")
  void upgradeAndDowngradeKeepTheRows(Database kind, Change change, @TempDir Path tmp) throws Exception {
    Diff initial = SchemaDiffer.diff(Schema.EMPTY, change.before());
    Diff diff = SchemaDiffer.diff(change.before(), change.after(), change.hints());
    assertThat(diff.isEmpty()).as("the diff sees the change").isFalse();
    List<Migration> migrations = GeneratedMigrations.compile(tmp, List.of(
        new MigrationSpec("changes", "V0001_Before", "aaaaaaaaaaa1", List.of(), "before", "2026-01-01T00:00:00Z",
            initial.upgrade(), initial.downgrade()),
        new MigrationSpec("changes", "V0002_Change", "aaaaaaaaaaa2", List.of("aaaaaaaaaaa1"), "change", "2026-01-01T00:00:00Z",
            diff.upgrade(), diff.downgrade())));

    try (TestDatabase db = TestDatabases.fresh(kind, "changes")) {
      Migrator migrator = Migrations.using(db.dataSource()).withMigrations(migrations);
      migrator.upgrade("aaaaaaaaaaa1");
      String shelf = db.quote("shelf");
      db.execute("INSERT INTO " + shelf + " (" + db.quote("id") + ", " + db.quote("label") + ", " + db.quote("capacity") + ", "
          + db.quote("price") + ", " + db.quote("kind") + ") VALUES (1, 'oak', 12, 19.99, 'WOOD'), (2, 'steel', 30, 5.50, 'METAL')");

      migrator.upgradeToHead();
      assertClean(migrator.verify(), "after the upgrade");
      String after = change.after().table("shelf").isPresent() ? shelf : db.quote("rack");
      assertThat(db.number("SELECT COUNT(*) FROM " + after)).as("rows after the upgrade").isEqualTo(2);

      migrator.downgrade("aaaaaaaaaaa1");
      assertClean(migrator.verify(), "after the downgrade");
      assertThat(db.strings("SELECT " + db.quote("label") + " FROM " + shelf + " ORDER BY " + db.quote("id")))
          .as("rows after the downgrade").containsExactly("oak", "steel");
    }
  }

  private static void assertClean(Drift drift, String when) {
    assertThat(drift.differences()).as("drift " + when + ": " + drift).isEmpty();
  }

  private static Change change(String name, Schema before, Schema after) {
    return new Change(name, before, after, RenameHints.NONE);
  }

  private static Schema schema(Table... tables) {
    return Schema.of(List.of(tables), List.of());
  }

  private static Table withColumn(Table table, dev.retort.schema.Column column) {
    return table.withColumns(table.columns().stream().map(c -> c.name().equals(column.name()) ? column : c).toList());
  }

  private static Table renamed(Table table, String from, String to) {
    return table.withColumns(table.columns().stream().map(c -> c.name().equals(from) ? c.withName(to) : c).toList());
  }
}
