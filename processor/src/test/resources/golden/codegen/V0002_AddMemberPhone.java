package com.example.library.migrations;

import static dev.retort.schema.Column.col;
import static dev.retort.schema.ColumnType.varchar;

import dev.retort.Migration;
import dev.retort.Revision;
import dev.retort.op.Operations;

/**
 * Add member phone.
 *
 * <pre>
 * Revision ID: 7c1f0a9e3b21
 * Revises: 3e5d2c1b0a99
 * Create Date: 2026-11-23T16:45:12Z
 * </pre>
 *
 * <p>Written by Retort from the entities. Review it like any other change; once applied to a
 * database, never edit it: write a new migration instead.
 */
@Revision(
    id = "7c1f0a9e3b21",
    parents = "3e5d2c1b0a99",
    message = "add_member_phone",
    created = "2026-11-23T16:45:12Z")
public final class V0002_AddMemberPhone extends Migration {
  @Override
  public void upgrade(Operations op) {
    op.addColumn("member", col("phone", varchar(40)));
  }

  @Override
  public void downgrade(Operations op) {
    op.dropColumn("member", col("phone", varchar(40)));
  }
}
