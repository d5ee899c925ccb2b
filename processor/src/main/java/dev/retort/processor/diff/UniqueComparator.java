package dev.retort.processor.diff;

import dev.retort.op.AddUnique;
import dev.retort.op.DropUnique;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;

/** Unique constraints of a table that exists on both sides: a changed one is dropped and added again. */
final class UniqueComparator {
  private UniqueComparator() {}

  static void compare(Table old, Table current, DiffContext ctx) {
    for (Pair<UniqueConstraint> p : Pair.sorted(old.uniqueConstraints(), current.uniqueConstraints(), UniqueConstraint::name)) {
      if (p.goes()) {
        UniqueConstraint before = ctx.original(old.name(), Table::uniqueConstraints, UniqueConstraint::name, p.old().name());
        ctx.add(Phase.DROP_CONSTRAINTS, new DropUnique(ctx.originalName(old.name()), before));
      }
      if (p.comes()) {
        ctx.add(Phase.ADD_CONSTRAINTS, new AddUnique(current.name(), p.current()));
      }
    }
  }
}
