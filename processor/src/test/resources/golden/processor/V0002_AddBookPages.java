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
 * Revision ID: ec66649a99de
 * Revises: 86fb93bb80f1
 * Create Date: 2026-01-01T00:00:00Z
 * </pre>
 *
 * <p>Written by Retort from the entities. Review it like any other change; once applied to a
 * database, never edit it: write a new migration instead.
 */
@Revision(
    id = "ec66649a99de",
    parents = "86fb93bb80f1",
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
