package dev.retort.processor.diff;

import dev.retort.op.AddColumn;
import dev.retort.op.AlterColumn;
import dev.retort.op.DropColumn;
import dev.retort.schema.Column;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Columns of a table that exists on both sides. Added columns go at the end (databases cannot
 * insert one in the middle), so a changed column order alone is not a change.
 */
final class ColumnComparator {
  private ColumnComparator() {}

  static void compare(Table old, Table current, DiffContext ctx) {
    List<Column> dropped = new ArrayList<>();
    List<Column> added = new ArrayList<>();
    for (Pair<Column> p : Pair.inOrder(old.columns(), current.columns(), Column::name)) {
      if (p.current() == null) {
        dropped.add(p.old());
        ctx.add(Phase.DROP_COLUMNS, new DropColumn(current.name(), p.old()));
      } else if (p.old() == null) {
        added.add(p.current());
        ctx.add(Phase.ADD_COLUMNS, new AddColumn(current.name(), p.current()));
      } else if (p.changed()) {
        ctx.add(Phase.ALTER_COLUMNS, new AlterColumn(current.name(), p.old(), p.current()));
      }
    }
    RenameSuggestions.columns(current.name(), dropped, added, ctx.warnings);
  }
}
