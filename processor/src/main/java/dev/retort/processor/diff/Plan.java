package dev.retort.processor.diff;

import dev.retort.op.Operation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The operations collected so far, by phase; comparators add to it in any phase order. */
final class Plan {
  private final Map<Phase, List<Operation>> phases = new EnumMap<>(Phase.class);

  void add(Phase phase, Operation operation) {
    phases.computeIfAbsent(phase, p -> new ArrayList<>()).add(operation);
  }

  /** All operations, phase by phase, each phase in the order its operations were added. */
  List<Operation> operations() {
    List<Operation> all = new ArrayList<>();
    phases.values().forEach(all::addAll); // EnumMap iterates in declaration order
    return all;
  }
}
