package com.example.library.migrations;

import static dev.retort.schema.Column.col;
import static dev.retort.schema.ColumnType.INTEGER;

import dev.retort.Migration;
import dev.retort.Revision;
import dev.retort.op.Operations;

/**
 * Add book pages.
 *
 * <pre>
 * Revision ID: dce4e66c2738
 * Revises: 168fa1fbeda3
 * Create Date: 2026-01-01T00:00:00Z
 * </pre>
 *
 * <p>Written by Retort from the entities. Review it like any other change; once applied to a
 * database, never edit it: write a new migration instead.
 */
@Revision(
    id = "dce4e66c2738",
    parents = "168fa1fbeda3",
    message = "add_book_pages",
    created = "2026-01-01T00:00:00Z")
public final class V0002_AddBookPages extends Migration {
  @Override
  public void upgrade(Operations op) {
    op.addColumn("Book", col("pages", INTEGER));
  }

  @Override
  public void downgrade(Operations op) {
    op.dropColumn("Book", col("pages", INTEGER));
  }
}
