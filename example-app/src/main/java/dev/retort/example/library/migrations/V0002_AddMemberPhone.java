package dev.retort.example.library.migrations;

import static dev.retort.schema.Column.col;
import static dev.retort.schema.ColumnType.varchar;

import dev.retort.Migration;
import dev.retort.Revision;
import dev.retort.op.Operations;

/**
 * Add member phone.
 *
 * <pre>
 * Revision ID: 7616fbeb8e50
 * Revises: 7d7dcfde138a
 * Create Date: 2026-11-23T16:28:30Z
 * </pre>
 *
 * <p>Written by Retort from the entities. Review it like any other change; once applied to a
 * database, never edit it: write a new migration instead.
 */
@Revision(
    id = "7616fbeb8e50",
    parents = "7d7dcfde138a",
    message = "add_member_phone",
    created = "2026-11-23T16:28:30Z")
public final class V0002_AddMemberPhone extends Migration {
  @Override
  public void upgrade(Operations op) {
    op.addColumn("Member", col("phone", varchar(40)));
  }

  @Override
  public void downgrade(Operations op) {
    op.dropColumn("Member", col("phone", varchar(40)));
  }
}
