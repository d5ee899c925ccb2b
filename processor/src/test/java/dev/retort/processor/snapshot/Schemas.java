package dev.retort.processor.snapshot;

import static dev.retort.schema.CheckConstraint.check;
import static dev.retort.schema.Column.col;
import static dev.retort.schema.ForeignKey.foreignKey;
import static dev.retort.schema.Index.index;
import static dev.retort.schema.Index.uniqueIndex;
import static dev.retort.schema.UniqueConstraint.unique;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.util.List;

/** Schemas shared by the snapshot tests. */
final class Schemas {
  private Schemas() {}

  /** Two small tables, one foreign key, one sequence: the golden file's schema. */
  static Schema small() {
    Table author = Table.table("author")
        .column(col("id", ColumnType.BIGINT).asIdentity())
        .column(col("name", ColumnType.varchar(120)).notNull())
        .primaryKey("id");
    Table book = Table.table("book")
        .column(col("id", ColumnType.BIGINT).notNull())
        .column(col("title", ColumnType.varchar(255)).notNull().defaultValue("'untitled'"))
        .column(col("author_id", ColumnType.BIGINT))
        .primaryKey("id")
        .foreignKey(foreignKey("fk_book_author", "author_id", "author", "id"))
        .index(index("idx_book_title", "book", "title"));
    return Schema.of(List.of(book, author), List.of(Sequence.sequence("book_seq", 1, 50)));
  }

  /** Every kind of column type and constraint, with names and values that need escaping. */
  static Schema rich() {
    Table types = Table.table("sales.all_types")
        .column(col("c_boolean", ColumnType.BOOLEAN))
        .column(col("c_tinyint", ColumnType.TINYINT))
        .column(col("c_smallint", ColumnType.SMALLINT))
        .column(col("c_integer", ColumnType.INTEGER).defaultValue("0"))
        .column(col("c_bigint", ColumnType.BIGINT).asIdentity())
        .column(col("c_real", ColumnType.REAL))
        .column(col("c_double", ColumnType.DOUBLE))
        .column(col("c_decimal", ColumnType.decimal(19, 2)).notNull())
        .column(col("c_char", ColumnType.character(2)))
        .column(col("c_varchar", ColumnType.varchar(255)).defaultValue("'it''s \"quoted\"\\n'"))
        .column(col("c_clob", ColumnType.CLOB))
        .column(col("c_varbinary", ColumnType.varbinary(16)))
        .column(col("c_blob", ColumnType.BLOB))
        .column(col("c_date", ColumnType.DATE).defaultValue("CURRENT_DATE"))
        .column(col("c_time", ColumnType.time(0)))
        .column(col("c_timestamp", ColumnType.timestamp(6)))
        .column(col("c_timestamp_tz", ColumnType.timestampTz(3)))
        .column(col("c_interval", ColumnType.INTERVAL))
        .column(col("c_uuid", ColumnType.UUID))
        .column(col("c_enum", ColumnType.enumOf("DRAFT", "it's", "a,b", "(x)", "", " spaced ")))
        .column(col("c_custom", ColumnType.custom("jsonb not null\n  default '{}'::jsonb check (x in ('a)', 'b'))")))
        .column(col("Größe \"quoted\" \\ ünïcödé 😀", ColumnType.varchar(10)).defaultValue("tab\there\u0001\u007f"))
        .primaryKey("c_bigint", "c_integer")
        .unique(unique("uk_z", "c_char"))
        .unique(unique("uk_a", "c_varchar", "c_char"))
        .check(check("ck_decimal", "c_decimal >= 0 AND c_varchar <> 'x\"y'"))
        .check(check("ck_a", "c_integer > 1"))
        .index(uniqueIndex("idx_z", "sales.all_types", "c_uuid"))
        .index(index("idx_a", "sales.all_types", "c_date", "c_time"));
    Table child = Table.table("child")
        .column(col("id", ColumnType.BIGINT).notNull())
        .column(col("parent_id", ColumnType.BIGINT))
        .column(col("other_a", ColumnType.BIGINT))
        .column(col("other_b", ColumnType.INTEGER))
        .primaryKey("id")
        .foreignKey(foreignKey("fk_self", "parent_id", "child", "id").onDelete(ForeignKey.OnDelete.SET_NULL))
        .foreignKey(new ForeignKey("fk_composite", List.of("other_a", "other_b"), "sales.all_types",
            List.of("c_bigint", "c_integer"), ForeignKey.OnDelete.CASCADE));
    Table empty = Table.table("empty");
    return Schema.of(
        List.of(types, child, empty),
        List.of(Sequence.sequence("z_seq", -5, -1), Sequence.sequence("a_seq", Long.MAX_VALUE, 1)));
  }
}
