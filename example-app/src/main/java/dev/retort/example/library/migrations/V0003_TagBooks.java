package dev.retort.example.library.migrations;

import static dev.retort.schema.Column.col;
import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.varchar;
import static dev.retort.schema.ForeignKey.foreignKey;
import static dev.retort.schema.Table.table;
import static dev.retort.schema.UniqueConstraint.unique;

import dev.retort.Migration;
import dev.retort.Revision;
import dev.retort.op.Operations;

/**
 * Tag books.
 *
 * <pre>
 * Revision ID: be53467a75ad
 * Revises: 7616fbeb8e50
 * Create Date: 2026-11-23T16:29:18Z
 * </pre>
 *
 * <p>Written by Retort from the entities. Review it like any other change; once applied to a
 * database, never edit it: write a new migration instead.
 */
@Revision(
    id = "be53467a75ad",
    parents = "7616fbeb8e50",
    message = "tag_books",
    created = "2026-11-23T16:29:18Z")
public final class V0003_TagBooks extends Migration {
  @Override
  public void upgrade(Operations op) {
    op.createTable(table("Tag")
        .column(col("id", BIGINT).notNull().asIdentity())
        .column(col("label", varchar(40)).notNull())
        .primaryKey("id")
        .unique(unique("uk_tag_label", "label")));
    op.createTable(table("book_tag")
        .column(col("book_id", BIGINT).notNull())
        .column(col("tag_id", BIGINT).notNull())
        .primaryKey("book_id", "tag_id"));
    op.addForeignKey("book_tag", foreignKey("fk_book_tag_book_id", "book_id", "Book", "id"));
    op.addForeignKey("book_tag", foreignKey("fk_book_tag_tag_id", "tag_id", "Tag", "id"));
  }

  @Override
  public void downgrade(Operations op) {
    op.dropForeignKey("book_tag", foreignKey("fk_book_tag_tag_id", "tag_id", "Tag", "id"));
    op.dropForeignKey("book_tag", foreignKey("fk_book_tag_book_id", "book_id", "Book", "id"));
    op.dropTable(table("book_tag")
        .column(col("book_id", BIGINT).notNull())
        .column(col("tag_id", BIGINT).notNull())
        .primaryKey("book_id", "tag_id"));
    op.dropTable(table("Tag")
        .column(col("id", BIGINT).notNull().asIdentity())
        .column(col("label", varchar(40)).notNull())
        .primaryKey("id")
        .unique(unique("uk_tag_label", "label")));
  }
}
