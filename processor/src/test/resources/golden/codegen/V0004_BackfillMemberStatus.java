package com.example.library.migrations;

import dev.retort.Migration;
import dev.retort.Revision;
import dev.retort.op.Operations;

/**
 * Backfill member status.
 *
 * <pre>
 * Revision ID: 0d1e2f3a4b5c
 * Revises: 9a8b7c6d5e4f
 * Create Date: 2026-11-25T10:30:00Z
 * </pre>
 *
 * <p>Started by Retort for a change written by hand, such as a data migration. Once applied to a
 * database, never edit it: write a new migration instead.
 */
@Revision(
    id = "0d1e2f3a4b5c",
    parents = "9a8b7c6d5e4f",
    message = "backfill member status",
    created = "2026-11-25T10:30:00Z")
public final class V0004_BackfillMemberStatus extends Migration {
  @Override
  public void upgrade(Operations op) {
    // Write the data change here, for example: op.sql("UPDATE ...");
  }

  @Override
  public void downgrade(Operations op) {
    // Write what undoes it here, for example: op.sql("UPDATE ...");
  }
}
