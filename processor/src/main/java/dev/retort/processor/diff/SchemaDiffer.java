package dev.retort.processor.diff;

import dev.retort.schema.Schema;
import java.util.List;

/**
 * Compares the schema of the snapshot with the schema of the entities. The result depends only
 * on the two schemas and the hints, never on the order they were built in.
 */
public final class SchemaDiffer {
  private SchemaDiffer() {}

  /** The difference without rename hints. */
  public static Diff diff(Schema old, Schema current) {
    return diff(old, current, RenameHints.NONE);
  }

  /**
   * The operations that turn {@code old} into {@code current}, their inverses and warnings.
   *
   * @param hints the renames {@code @RenamedFrom} declares; stale ones are ignored
   */
  public static Diff diff(Schema old, Schema current, RenameHints hints) {
    boolean fromEmpty = old.tables().isEmpty() && old.sequences().isEmpty();
    if (old.equals(current)) {
      return Diff.of(List.of(), List.of(), fromEmpty); // the build people run most: nothing changed
    }
    Renaming renaming = new Renaming(old, current, hints);
    Schema renamed = renaming.renamed();
    DiffContext ctx = new DiffContext(renaming, new KeyChanges(renamed, current));
    renaming.tableRenames().forEach(op -> ctx.add(Phase.RENAME_TABLES, op));
    renaming.columnRenames().forEach(op -> ctx.add(Phase.RENAME_COLUMNS, op));
    TableComparator.compare(renamed, current, ctx);
    SequenceComparator.compare(renamed, current, ctx);
    return Diff.of(ctx.plan.operations(), ctx.warnings, fromEmpty);
  }
}
