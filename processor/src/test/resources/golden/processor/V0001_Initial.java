package com.example.library.migrations;

import static dev.retort.schema.CheckConstraint.check;
import static dev.retort.schema.Column.col;
import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.BOOLEAN;
import static dev.retort.schema.ColumnType.CLOB;
import static dev.retort.schema.ColumnType.DATE;
import static dev.retort.schema.ColumnType.INTEGER;
import static dev.retort.schema.ColumnType.TINYINT;
import static dev.retort.schema.ColumnType.UUID;
import static dev.retort.schema.ColumnType.decimal;
import static dev.retort.schema.ColumnType.enumOf;
import static dev.retort.schema.ColumnType.timestampTz;
import static dev.retort.schema.ColumnType.varbinary;
import static dev.retort.schema.ColumnType.varchar;
import static dev.retort.schema.ForeignKey.foreignKey;
import static dev.retort.schema.Index.index;
import static dev.retort.schema.Table.table;
import static dev.retort.schema.UniqueConstraint.unique;

import dev.retort.Migration;
import dev.retort.Revision;
import dev.retort.op.Operations;

/**
 * Initial.
 *
 * <pre>
 * Revision ID: 168fa1fbeda3
 * Revises: &lt;base&gt;
 * Create Date: 2026-01-01T00:00:00Z
 * </pre>
 *
 * <p>Written by Retort from the entities. Review it like any other change; once applied to a
 * database, never edit it: write a new migration instead.
 */
@Revision(
    id = "168fa1fbeda3",
    message = "initial",
    created = "2026-01-01T00:00:00Z")
public final class V0001_Initial extends Migration {
  @Override
  public void upgrade(Operations op) {
    op.createTable(table("Cover")
        .column(col("id", BIGINT).notNull())
        .column(col("artist", varchar(255)))
        .primaryKey("id"));
    op.createTable(table("members")
        .column(col("id", BIGINT).notNull().asIdentity())
        .column(col("version", INTEGER).notNull())
        .column(col("name", varchar(120)).notNull())
        .column(col("email", varchar(255)))
        .column(col("status", enumOf("ACTIVE", "SUSPENDED")))
        .column(col("previousStatus", TINYINT))
        .column(col("vip", BOOLEAN).notNull())
        .column(col("birthday", DATE))
        .column(col("joinedAt", timestampTz(6)))
        .column(col("balance", decimal(12, 3)))
        .column(col("externalId", UUID))
        .column(col("notes", CLOB))
        .column(col("photo", varbinary(255)))
        .column(col("street", varchar(100)))
        .column(col("city", varchar(60)))
        .primaryKey("id")
        .unique(unique("uk_members_email", "email"))
        .check(check("ck_members_previousstatus", "previousStatus between 0 and 1")));
    op.createTable(table("Book")
        .column(col("id", BIGINT).notNull().asIdentity())
        .column(col("title", varchar(255)))
        .column(col("owner_id", BIGINT).notNull())
        .column(col("cover_id", BIGINT))
        .primaryKey("id")
        .unique(unique("uk_book_cover_id", "cover_id")));
    op.createTable(table("book_reader")
        .column(col("book_id", BIGINT).notNull())
        .column(col("reader_id", BIGINT).notNull())
        .primaryKey("book_id", "reader_id"));
    op.createIndex(index("idx_members_name", "members", "name"));
    op.addForeignKey("Book", foreignKey("fk_book_cover_id", "cover_id", "Cover", "id"));
    op.addForeignKey("Book", foreignKey("fk_book_owner_id", "owner_id", "members", "id"));
    op.addForeignKey("book_reader", foreignKey("fk_book_reader_book_id", "book_id", "Book", "id"));
    op.addForeignKey("book_reader", foreignKey("fk_book_reader_reader_id", "reader_id", "members",
        "id"));
  }

  @Override
  public void downgrade(Operations op) {
    op.dropForeignKey("book_reader", foreignKey("fk_book_reader_reader_id", "reader_id", "members",
        "id"));
    op.dropForeignKey("book_reader", foreignKey("fk_book_reader_book_id", "book_id", "Book", "id"));
    op.dropForeignKey("Book", foreignKey("fk_book_owner_id", "owner_id", "members", "id"));
    op.dropForeignKey("Book", foreignKey("fk_book_cover_id", "cover_id", "Cover", "id"));
    op.dropIndex(index("idx_members_name", "members", "name"));
    op.dropTable(table("book_reader")
        .column(col("book_id", BIGINT).notNull())
        .column(col("reader_id", BIGINT).notNull())
        .primaryKey("book_id", "reader_id"));
    op.dropTable(table("Book")
        .column(col("id", BIGINT).notNull().asIdentity())
        .column(col("title", varchar(255)))
        .column(col("owner_id", BIGINT).notNull())
        .column(col("cover_id", BIGINT))
        .primaryKey("id")
        .unique(unique("uk_book_cover_id", "cover_id")));
    op.dropTable(table("members")
        .column(col("id", BIGINT).notNull().asIdentity())
        .column(col("version", INTEGER).notNull())
        .column(col("name", varchar(120)).notNull())
        .column(col("email", varchar(255)))
        .column(col("status", enumOf("ACTIVE", "SUSPENDED")))
        .column(col("previousStatus", TINYINT))
        .column(col("vip", BOOLEAN).notNull())
        .column(col("birthday", DATE))
        .column(col("joinedAt", timestampTz(6)))
        .column(col("balance", decimal(12, 3)))
        .column(col("externalId", UUID))
        .column(col("notes", CLOB))
        .column(col("photo", varbinary(255)))
        .column(col("street", varchar(100)))
        .column(col("city", varchar(60)))
        .primaryKey("id")
        .unique(unique("uk_members_email", "email"))
        .check(check("ck_members_previousstatus", "previousStatus between 0 and 1")));
    op.dropTable(table("Cover")
        .column(col("id", BIGINT).notNull())
        .column(col("artist", varchar(255)))
        .primaryKey("id"));
  }
}
