package dev.retort.processor.diff;

import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** What the comparators share: the renames, the key changes, the plan and the warnings. */
final class DiffContext {
  final Renaming renaming;
  final KeyChanges keys;
  final Plan plan = new Plan();
  final List<DiffWarning> warnings = new ArrayList<>();

  DiffContext(Renaming renaming, KeyChanges keys) {
    this.renaming = renaming;
    this.keys = keys;
  }

  void add(Phase phase, dev.retort.op.Operation operation) {
    plan.add(phase, operation);
  }

  /** The old table's name as the database knows it before the renames. */
  String originalName(String renamedTable) {
    return renamingOriginal(renamedTable).name();
  }

  /**
   * An object of an old table as the snapshot holds it, before the renames: what an operation
   * needs that runs before the renames (or, in the downgrade, after they are undone).
   */
  <T> T original(String renamedTable, Function<Table, List<T>> objects, Function<T, String> name, String objectName) {
    return objects.apply(renamingOriginal(renamedTable)).stream()
        .filter(o -> name.apply(o).equals(objectName))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(objectName + " is not in old table " + renamedTable));
  }

  private Table renamingOriginal(String renamedTable) {
    Table table = renaming.original(renamedTable);
    if (table == null) {
      throw new IllegalStateException("no old table is now called " + renamedTable);
    }
    return table;
  }
}
