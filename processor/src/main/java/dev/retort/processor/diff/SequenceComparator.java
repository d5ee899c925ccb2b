package dev.retort.processor.diff;

import dev.retort.op.AlterSequence;
import dev.retort.op.CreateSequence;
import dev.retort.op.DropSequence;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;

/** Sequences, paired by name. */
final class SequenceComparator {
  private SequenceComparator() {}

  static void compare(Schema old, Schema current, DiffContext ctx) {
    for (Pair<Sequence> p : Pair.sorted(old.sequences().values(), current.sequences().values(), Sequence::name)) {
      if (p.old() == null) {
        ctx.add(Phase.CREATE_SEQUENCES, new CreateSequence(p.current()));
      } else if (p.current() == null) {
        ctx.add(Phase.DROP_SEQUENCES, new DropSequence(p.old()));
      } else if (p.changed()) {
        ctx.add(Phase.CREATE_SEQUENCES, new AlterSequence(p.old(), p.current()));
      }
    }
  }
}
