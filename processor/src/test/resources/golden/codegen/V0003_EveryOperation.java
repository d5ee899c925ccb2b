package com.example.library.migrations;

import static dev.retort.schema.CheckConstraint.check;
import static dev.retort.schema.Column.col;
import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.BLOB;
import static dev.retort.schema.ColumnType.BOOLEAN;
import static dev.retort.schema.ColumnType.CLOB;
import static dev.retort.schema.ColumnType.DATE;
import static dev.retort.schema.ColumnType.DOUBLE;
import static dev.retort.schema.ColumnType.INTEGER;
import static dev.retort.schema.ColumnType.INTERVAL;
import static dev.retort.schema.ColumnType.REAL;
import static dev.retort.schema.ColumnType.SMALLINT;
import static dev.retort.schema.ColumnType.TINYINT;
import static dev.retort.schema.ColumnType.UUID;
import static dev.retort.schema.ColumnType.character;
import static dev.retort.schema.ColumnType.custom;
import static dev.retort.schema.ColumnType.decimal;
import static dev.retort.schema.ColumnType.enumOf;
import static dev.retort.schema.ColumnType.time;
import static dev.retort.schema.ColumnType.timeTz;
import static dev.retort.schema.ColumnType.timestamp;
import static dev.retort.schema.ColumnType.timestampTz;
import static dev.retort.schema.ColumnType.varbinary;
import static dev.retort.schema.ColumnType.varchar;
import static dev.retort.schema.ForeignKey.OnDelete.CASCADE;
import static dev.retort.schema.ForeignKey.OnDelete.SET_NULL;
import static dev.retort.schema.ForeignKey.foreignKey;
import static dev.retort.schema.Index.index;
import static dev.retort.schema.Index.uniqueIndex;
import static dev.retort.schema.Sequence.sequence;
import static dev.retort.schema.Table.table;
import static dev.retort.schema.UniqueConstraint.unique;

import dev.retort.Migration;
import dev.retort.Revision;
import dev.retort.op.Operations;
import java.util.List;

/**
 * Every operation and column type.
 *
 * <pre>
 * Revision ID: 9a8b7c6d5e4f
 * Revises: 7c1f0a9e3b21
 * Create Date: 2026-11-24T09:00:00Z
 * </pre>
 *
 * <p>Written by Retort from the entities. Review it like any other change; once applied to a
 * database, never edit it: write a new migration instead.
 */
@Revision(
    id = "9a8b7c6d5e4f",
    parents = "7c1f0a9e3b21",
    message = "every operation and column type",
    created = "2026-11-24T09:00:00Z")
public final class V0003_EveryOperation extends Migration {
  @Override
  public void upgrade(Operations op) {
    op.createSequence(sequence("member_seq", 1, 50));
    op.createTable(table("member")
        .column(col("id", BIGINT).notNull().asIdentity())
        .column(col("email", varchar(320)).notNull())
        .column(col("country", character(2)))
        .column(col("active", BOOLEAN).notNull().defaultValue("TRUE"))
        .column(col("rank", TINYINT))
        .column(col("open_loans", SMALLINT).notNull().defaultValue("0"))
        .column(col("points", INTEGER))
        .column(col("rating", REAL))
        .column(col("score", DOUBLE))
        .column(col("balance", decimal(19, 2)).notNull().defaultValue("0.00"))
        .column(col("notes", CLOB))
        .column(col("photo", BLOB))
        .column(col("card_hash", varbinary(32)))
        .column(col("born_on", DATE))
        .column(col("calls_at", time(0)))
        .column(col("calls_at_offset", timeTz(0)))
        .column(col("joined_at", timestamp(6)).notNull().defaultValue("CURRENT_TIMESTAMP"))
        .column(col("last_seen", timestampTz(6)))
        .column(col("loan_period", INTERVAL))
        .column(col("public_id", UUID).notNull())
        .column(col("status", enumOf("ACTIVE", "SUSPENDED", "CLOSED")).notNull())
        .column(col("tier", enumOf(12, "BASIC", "GOLD")))
        .column(col("home", custom("geometry(Point, 4326)")))
        .primaryKey("id")
        .unique(unique("uk_member_email", "email"))
        .check(check("ck_member_balance", "balance >= 0"))
        .index(index("ix_member_status", "member", "status")));
    op.createTable(table("book_copy")
        .column(col("isbn", character(13)).notNull())
        .column(col("copy_no", SMALLINT).notNull())
        .primaryKey("isbn", "copy_no"));
    op.createTable(table("loan")
        .column(col("id", BIGINT).notNull().asIdentity())
        .column(col("member_id", BIGINT).notNull())
        .column(col("isbn", character(13)))
        .column(col("copy_no", SMALLINT))
        .column(col("lent_on", DATE).notNull())
        .column(col("due_on", DATE).notNull())
        .primaryKey("id")
        .check(check("ck_loan_dates", "due_on >= lent_on"))
        .foreignKey(foreignKey("fk_loan_member", "member_id", "member", "id").onDelete(CASCADE))
        .foreignKey(foreignKey("fk_loan_copy", List.of("isbn", "copy_no"), "book_copy",
            List.of("isbn", "copy_no")).onDelete(SET_NULL)));
    op.dropTable(table("fine")
        .column(col("id", BIGINT).notNull())
        .column(col("amount", decimal(9, 2)).notNull().defaultValue("0.00"))
        .primaryKey("id"));
    op.renameTable("patron", "reader");
    op.addColumn("reader", col("phone", varchar(40)));
    op.dropColumn("reader", col("fax", varchar(40)));
    op.renameColumn("reader", "surname", "family_name");
    op.alterColumn("reader", col("email", varchar(255)).notNull(),
        col("email", varchar(320)).notNull().defaultValue("''"));
    op.dropPrimaryKey("reader", "id");
    op.addPrimaryKey("reader", "id", "branch");
    op.addUnique("reader", unique("uk_reader_card", "card_no", "branch"));
    op.dropUnique("reader", unique("uk_reader_name", "name"));
    op.addCheck("reader", check("ck_reader_card", "card_no > 0"));
    op.dropCheck("reader", check("ck_reader_age", "age >= 16"));
    op.addForeignKey("reader", foreignKey("fk_reader_member", "member_id", "member", "id"));
    op.dropForeignKey("reader", foreignKey("fk_reader_branch", "branch", "branch", "code"));
    op.createIndex(uniqueIndex("ux_reader_card", "reader", "card_no"));
    op.dropIndex(index("ix_reader_name", "reader", "family_name", "name"));
    op.dropSequence(sequence("fine_seq", 10000000000L, 1));
    op.alterSequence(sequence("member_seq", 1, 50), sequence("member_seq", 1, 100));
    op.sql("UPDATE reader SET phone = '' WHERE phone IS NULL",
        "UPDATE reader SET phone = NULL WHERE phone = ''");
  }

  @Override
  public void downgrade(Operations op) {
    op.sql("UPDATE reader SET phone = NULL WHERE phone = ''",
        "UPDATE reader SET phone = '' WHERE phone IS NULL");
    op.alterSequence(sequence("member_seq", 1, 100), sequence("member_seq", 1, 50));
    op.createSequence(sequence("fine_seq", 10000000000L, 1));
    op.createIndex(index("ix_reader_name", "reader", "family_name", "name"));
    op.dropIndex(uniqueIndex("ux_reader_card", "reader", "card_no"));
    op.addForeignKey("reader", foreignKey("fk_reader_branch", "branch", "branch", "code"));
    op.dropForeignKey("reader", foreignKey("fk_reader_member", "member_id", "member", "id"));
    op.addCheck("reader", check("ck_reader_age", "age >= 16"));
    op.dropCheck("reader", check("ck_reader_card", "card_no > 0"));
    op.addUnique("reader", unique("uk_reader_name", "name"));
    op.dropUnique("reader", unique("uk_reader_card", "card_no", "branch"));
    op.dropPrimaryKey("reader", "id", "branch");
    op.addPrimaryKey("reader", "id");
    op.alterColumn("reader", col("email", varchar(320)).notNull().defaultValue("''"),
        col("email", varchar(255)).notNull());
    op.renameColumn("reader", "family_name", "surname");
    op.addColumn("reader", col("fax", varchar(40)));
    op.dropColumn("reader", col("phone", varchar(40)));
    op.renameTable("reader", "patron");
    op.createTable(table("fine")
        .column(col("id", BIGINT).notNull())
        .column(col("amount", decimal(9, 2)).notNull().defaultValue("0.00"))
        .primaryKey("id"));
    op.dropTable(table("loan")
        .column(col("id", BIGINT).notNull().asIdentity())
        .column(col("member_id", BIGINT).notNull())
        .column(col("isbn", character(13)))
        .column(col("copy_no", SMALLINT))
        .column(col("lent_on", DATE).notNull())
        .column(col("due_on", DATE).notNull())
        .primaryKey("id")
        .check(check("ck_loan_dates", "due_on >= lent_on"))
        .foreignKey(foreignKey("fk_loan_member", "member_id", "member", "id").onDelete(CASCADE))
        .foreignKey(foreignKey("fk_loan_copy", List.of("isbn", "copy_no"), "book_copy",
            List.of("isbn", "copy_no")).onDelete(SET_NULL)));
    op.dropTable(table("book_copy")
        .column(col("isbn", character(13)).notNull())
        .column(col("copy_no", SMALLINT).notNull())
        .primaryKey("isbn", "copy_no"));
    op.dropTable(table("member")
        .column(col("id", BIGINT).notNull().asIdentity())
        .column(col("email", varchar(320)).notNull())
        .column(col("country", character(2)))
        .column(col("active", BOOLEAN).notNull().defaultValue("TRUE"))
        .column(col("rank", TINYINT))
        .column(col("open_loans", SMALLINT).notNull().defaultValue("0"))
        .column(col("points", INTEGER))
        .column(col("rating", REAL))
        .column(col("score", DOUBLE))
        .column(col("balance", decimal(19, 2)).notNull().defaultValue("0.00"))
        .column(col("notes", CLOB))
        .column(col("photo", BLOB))
        .column(col("card_hash", varbinary(32)))
        .column(col("born_on", DATE))
        .column(col("calls_at", time(0)))
        .column(col("calls_at_offset", timeTz(0)))
        .column(col("joined_at", timestamp(6)).notNull().defaultValue("CURRENT_TIMESTAMP"))
        .column(col("last_seen", timestampTz(6)))
        .column(col("loan_period", INTERVAL))
        .column(col("public_id", UUID).notNull())
        .column(col("status", enumOf("ACTIVE", "SUSPENDED", "CLOSED")).notNull())
        .column(col("tier", enumOf(12, "BASIC", "GOLD")))
        .column(col("home", custom("geometry(Point, 4326)")))
        .primaryKey("id")
        .unique(unique("uk_member_email", "email"))
        .check(check("ck_member_balance", "balance >= 0"))
        .index(index("ix_member_status", "member", "status")));
    op.dropSequence(sequence("member_seq", 1, 50));
  }
}
