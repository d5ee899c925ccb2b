package dev.retort.processor.diff;

import dev.retort.op.AddForeignKey;
import dev.retort.op.DropForeignKey;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Table;

/**
 * Foreign keys of a table that exists on both sides. A changed key is dropped and added again,
 * and so is an unchanged key whose columns or referenced key change ({@link KeyChanges}).
 */
final class ForeignKeyComparator {
  private ForeignKeyComparator() {}

  static void compare(Table old, Table current, DiffContext ctx) {
    for (Pair<ForeignKey> p : Pair.sorted(old.foreignKeys(), current.foreignKeys(), ForeignKey::name)) {
      boolean rebuild = p.old() != null && p.old().equals(p.current()) && ctx.keys.disturb(old.name(), p.old());
      if (p.goes() || rebuild) {
        drop(old.name(), p.old(), ctx);
      }
      if (p.comes() || rebuild) {
        ctx.add(Phase.ADD_FOREIGN_KEYS, new AddForeignKey(current.name(), p.current()));
      }
    }
  }

  /** Drops an old foreign key first of all, under its names from before the renames. */
  static void drop(String renamedTable, ForeignKey fk, DiffContext ctx) {
    ForeignKey before = ctx.original(renamedTable, Table::foreignKeys, ForeignKey::name, fk.name());
    ctx.add(Phase.DROP_FOREIGN_KEYS, new DropForeignKey(ctx.originalName(renamedTable), before));
  }
}
