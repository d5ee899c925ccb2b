package dev.retort.example.library.migrations;

import static dev.retort.schema.Column.col;
import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.DATE;
import static dev.retort.schema.ColumnType.INTEGER;
import static dev.retort.schema.ColumnType.enumOf;
import static dev.retort.schema.ColumnType.timestamp;
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
 * Revision ID: 7d7dcfde138a
 * Revises: &lt;base&gt;
 * Create Date: 2026-11-23T16:28:18Z
 * </pre>
 *
 * <p>Written by Retort from the entities. Review it like any other change; once applied to a
 * database, never edit it: write a new migration instead.
 */
@Revision(
    id = "7d7dcfde138a",
    message = "initial",
    created = "2026-11-23T16:28:18Z")
public final class V0001_Initial extends Migration {
  @Override
  public void upgrade(Operations op) {
    op.createTable(table("Author")
        .column(col("id", BIGINT).notNull().asIdentity())
        .column(col("name", varchar(120)).notNull())
        .column(col("born", DATE))
        .primaryKey("id"));
    op.createTable(table("Book")
        .column(col("id", BIGINT).notNull().asIdentity())
        .column(col("title", varchar(255)).notNull())
        .column(col("isbn", varchar(17)))
        .column(col("publishedYear", INTEGER).notNull())
        .column(col("author_id", BIGINT).notNull())
        .primaryKey("id")
        .unique(unique("uk_book_isbn", "isbn")));
    op.createTable(table("Member")
        .column(col("id", BIGINT).notNull().asIdentity())
        .column(col("name", varchar(120)).notNull())
        .column(col("email", varchar(255)).notNull())
        .column(col("status", enumOf("ACTIVE", "SUSPENDED", "CLOSED")).notNull())
        .column(col("joinedAt", timestamp(6)).notNull())
        .primaryKey("id")
        .unique(unique("uk_member_email", "email")));
    op.createTable(table("Loan")
        .column(col("id", BIGINT).notNull().asIdentity())
        .column(col("book_id", BIGINT).notNull())
        .column(col("member_id", BIGINT).notNull())
        .column(col("loanedOn", DATE))
        .column(col("dueOn", DATE))
        .column(col("returnedOn", DATE))
        .column(col("version", BIGINT).notNull())
        .primaryKey("id"));
    op.createIndex(index("idx_loan_due_on", "Loan", "dueOn"));
    op.addForeignKey("Book", foreignKey("fk_book_author_id", "author_id", "Author", "id"));
    op.addForeignKey("Loan", foreignKey("fk_loan_book_id", "book_id", "Book", "id"));
    op.addForeignKey("Loan", foreignKey("fk_loan_member_id", "member_id", "Member", "id"));
  }

  @Override
  public void downgrade(Operations op) {
    op.dropForeignKey("Loan", foreignKey("fk_loan_member_id", "member_id", "Member", "id"));
    op.dropForeignKey("Loan", foreignKey("fk_loan_book_id", "book_id", "Book", "id"));
    op.dropForeignKey("Book", foreignKey("fk_book_author_id", "author_id", "Author", "id"));
    op.dropIndex(index("idx_loan_due_on", "Loan", "dueOn"));
    op.dropTable(table("Loan")
        .column(col("id", BIGINT).notNull().asIdentity())
        .column(col("book_id", BIGINT).notNull())
        .column(col("member_id", BIGINT).notNull())
        .column(col("loanedOn", DATE))
        .column(col("dueOn", DATE))
        .column(col("returnedOn", DATE))
        .column(col("version", BIGINT).notNull())
        .primaryKey("id"));
    op.dropTable(table("Member")
        .column(col("id", BIGINT).notNull().asIdentity())
        .column(col("name", varchar(120)).notNull())
        .column(col("email", varchar(255)).notNull())
        .column(col("status", enumOf("ACTIVE", "SUSPENDED", "CLOSED")).notNull())
        .column(col("joinedAt", timestamp(6)).notNull())
        .primaryKey("id")
        .unique(unique("uk_member_email", "email")));
    op.dropTable(table("Book")
        .column(col("id", BIGINT).notNull().asIdentity())
        .column(col("title", varchar(255)).notNull())
        .column(col("isbn", varchar(17)))
        .column(col("publishedYear", INTEGER).notNull())
        .column(col("author_id", BIGINT).notNull())
        .primaryKey("id")
        .unique(unique("uk_book_isbn", "isbn")));
    op.dropTable(table("Author")
        .column(col("id", BIGINT).notNull().asIdentity())
        .column(col("name", varchar(120)).notNull())
        .column(col("born", DATE))
        .primaryKey("id"));
  }
}
