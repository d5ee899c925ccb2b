package dev.retort.processor.diff;

import dev.retort.op.AddCheck;
import dev.retort.op.DropCheck;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Table;

/**
 * Check constraints of a table that exists on both sides: a changed one is dropped and added
 * again. Expressions are compared as text; a renamed column they mention is not rewritten.
 */
final class CheckComparator {
  private CheckComparator() {}

  static void compare(Table old, Table current, DiffContext ctx) {
    for (Pair<CheckConstraint> p : Pair.sorted(old.checks(), current.checks(), CheckConstraint::name)) {
      if (p.goes()) {
        ctx.add(Phase.DROP_CONSTRAINTS, new DropCheck(ctx.originalName(old.name()), p.old()));
      }
      if (p.comes()) {
        ctx.add(Phase.ADD_CONSTRAINTS, new AddCheck(current.name(), p.current()));
      }
    }
  }
}
