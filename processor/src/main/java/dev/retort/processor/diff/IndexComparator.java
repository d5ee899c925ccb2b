package dev.retort.processor.diff;

import dev.retort.op.CreateIndex;
import dev.retort.op.DropIndex;
import dev.retort.schema.Index;
import dev.retort.schema.Table;

/** Indexes of a table that exists on both sides: a changed one is dropped and created again. */
final class IndexComparator {
  private IndexComparator() {}

  static void compare(Table old, Table current, DiffContext ctx) {
    for (Pair<Index> p : Pair.sorted(old.indexes(), current.indexes(), Index::name)) {
      if (p.goes()) {
        ctx.add(Phase.DROP_CONSTRAINTS, new DropIndex(ctx.original(old.name(), Table::indexes, Index::name, p.old().name())));
      }
      if (p.comes()) {
        ctx.add(Phase.CREATE_INDEXES, new CreateIndex(p.current()));
      }
    }
  }
}
