package dev.retort.processor.diff;

import dev.retort.op.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * The difference between two schemas, as a migration's operations.
 *
 * @param upgrade the operations that turn the old schema into the new one, in order
 * @param downgrade the inverses of {@code upgrade}, in reverse order
 * @param warnings changes that may be mistakes, for the processor to report
 * @param fromEmpty whether the old schema was empty (the first migration)
 */
public record Diff(List<Operation> upgrade, List<Operation> downgrade, List<DiffWarning> warnings, boolean fromEmpty) {

  public Diff {
    upgrade = List.copyOf(upgrade);
    downgrade = List.copyOf(downgrade);
    warnings = List.copyOf(warnings);
  }

  /** A diff whose downgrade is derived from {@code upgrade}, which must hold only reversible operations. */
  public static Diff of(List<Operation> upgrade, List<DiffWarning> warnings, boolean fromEmpty) {
    List<Operation> downgrade = new ArrayList<>();
    for (int i = upgrade.size() - 1; i >= 0; i--) {
      Operation op = upgrade.get(i);
      downgrade.add(op.inverse().orElseThrow(() -> new IllegalArgumentException("cannot be undone: " + op.describe())));
    }
    return new Diff(upgrade, downgrade, warnings, fromEmpty);
  }

  /** Whether the schemas are the same, so no migration is needed. */
  public boolean isEmpty() {
    return upgrade.isEmpty();
  }
}
