package dev.retort.processor.diff;

import static dev.retort.schema.Column.col;
import static dev.retort.schema.ForeignKey.foreignKey;
import static dev.retort.schema.Index.index;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.schema.ColumnType;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.List;

/** Small schemas for the differ tests, and the check that a diff really turns one into the other. */
final class Fixtures {
  private Fixtures() {}

  static Table author() {
    return Table.table("author")
        .column(col("id", ColumnType.BIGINT).asIdentity())
        .column(col("name", ColumnType.varchar(120)).notNull())
        .primaryKey("id");
  }

  static Table book() {
    return Table.table("book")
        .column(col("id", ColumnType.BIGINT).notNull())
        .column(col("title", ColumnType.varchar(255)).notNull())
        .column(col("author_id", ColumnType.BIGINT))
        .primaryKey("id")
        .foreignKey(foreignKey("fk_book_author", "author_id", "author", "id"))
        .index(index("idx_book_title", "book", "title"));
  }

  static Schema schema(Table... tables) {
    return Schema.of(List.of(tables), List.of());
  }

  /**
   * Checks that the upgrade, replayed on {@code old} by a strict model of a database, gives
   * {@code current}, and that the downgrade then gives {@code old} back.
   */
  static Diff replays(Schema old, Schema current, Diff diff) {
    Schema upgraded = SchemaReplay.apply(old, diff.upgrade());
    assertThat(SchemaReplay.normalized(upgraded)).as("after the upgrade").isEqualTo(SchemaReplay.normalized(current));
    Schema downgraded = SchemaReplay.apply(upgraded, diff.downgrade());
    assertThat(SchemaReplay.normalized(downgraded)).as("after the downgrade").isEqualTo(SchemaReplay.normalized(old));
    return diff;
  }

  /** Diffs and checks the replay both ways. */
  static Diff diff(Schema old, Schema current) {
    return replays(old, current, SchemaDiffer.diff(old, current));
  }

  static Diff diff(Schema old, Schema current, RenameHints hints) {
    return replays(old, current, SchemaDiffer.diff(old, current, hints));
  }
}
