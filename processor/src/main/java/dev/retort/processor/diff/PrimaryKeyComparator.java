package dev.retort.processor.diff;

import dev.retort.op.AddPrimaryKey;
import dev.retort.op.DropPrimaryKey;
import dev.retort.schema.Table;

/** The primary key of a table that exists on both sides: a changed key is dropped and added again. */
final class PrimaryKeyComparator {
  private PrimaryKeyComparator() {}

  static void compare(Table old, Table current, DiffContext ctx) {
    if (old.primaryKey().equals(current.primaryKey())) {
      return;
    }
    if (!old.primaryKey().isEmpty()) {
      ctx.add(Phase.DROP_PRIMARY_KEYS, new DropPrimaryKey(current.name(), old.primaryKey()));
    }
    if (!current.primaryKey().isEmpty()) {
      ctx.add(Phase.ADD_PRIMARY_KEYS, new AddPrimaryKey(current.name(), current.primaryKey()));
    }
  }
}
