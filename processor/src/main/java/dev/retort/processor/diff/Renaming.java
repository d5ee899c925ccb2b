package dev.retort.processor.diff;

import dev.retort.op.RenameColumn;
import dev.retort.op.RenameTable;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The rename hints that apply, and the old schema with them applied: every table, column and
 * reference to them carries its new name, so that the comparators pair objects by plain name
 * equality. A hint applies when the old schema has the old name but not the new one and the new
 * schema has the new name; any other hint is stale (its migration was generated) or would
 * collide, and is ignored.
 */
final class Renaming {
  private final Schema original;
  private final Map<String, String> newTableNames = new HashMap<>();
  private final Map<String, String> oldTableNames = new HashMap<>();
  /** New table name to (old column name to new column name). */
  private final Map<String, Map<String, String>> newColumnNames = new HashMap<>();
  private final List<RenameTable> tableRenames = new ArrayList<>();
  private final List<RenameColumn> columnRenames = new ArrayList<>();
  private final Schema renamed;

  Renaming(Schema old, Schema current, RenameHints hints) {
    this.original = old;
    hints.tables().forEach((newName, oldName) -> {
      if (old.tables().containsKey(oldName) && !old.tables().containsKey(newName)
          && current.tables().containsKey(newName) && !newTableNames.containsKey(oldName)) {
        newTableNames.put(oldName, newName);
        oldTableNames.put(newName, oldName);
        tableRenames.add(new RenameTable(oldName, newName));
      }
    });
    for (Table table : current.tables().values()) {
      Table before = original(table.name());
      Map<String, String> hinted = hints.columns().getOrDefault(table.name(), Map.of());
      if (before != null && !hinted.isEmpty()) {
        columnRenames(before, table, hinted);
      }
    }
    Map<String, Table> tables = new TreeMap<>();
    old.tables().values().forEach(t -> tables.put(newTableName(t.name()), rename(t)));
    this.renamed = new Schema(tables, old.sequences());
  }

  private void columnRenames(Table before, Table table, Map<String, String> hinted) {
    Map<String, String> applied = new HashMap<>();
    for (Column column : table.columns()) {
      String oldName = hinted.get(column.name());
      if (oldName != null && before.column(oldName).isPresent() && before.column(column.name()).isEmpty()
          && !applied.containsKey(oldName)) {
        applied.put(oldName, column.name());
        columnRenames.add(new RenameColumn(table.name(), oldName, column.name()));
      }
    }
    newColumnNames.put(table.name(), applied);
  }

  /** The old schema with every applicable rename applied. */
  Schema renamed() {
    return renamed;
  }

  List<RenameTable> tableRenames() {
    return List.copyOf(tableRenames);
  }

  List<RenameColumn> columnRenames() {
    return List.copyOf(columnRenames);
  }

  /** The old table that has this name after the renames, as the snapshot holds it, or null. */
  Table original(String renamedName) {
    String oldName = oldTableNames.get(renamedName);
    if (oldName == null && newTableNames.containsKey(renamedName)) {
      return null; // that old table now has another name
    }
    return original.tables().get(oldName != null ? oldName : renamedName);
  }

  private String newTableName(String oldName) {
    return newTableNames.getOrDefault(oldName, oldName);
  }

  private String newColumnName(String newTable, String oldColumn) {
    return newColumnNames.getOrDefault(newTable, Map.of()).getOrDefault(oldColumn, oldColumn);
  }

  private Table rename(Table t) {
    String name = newTableName(t.name());
    UnaryOperator<String> column = c -> newColumnName(name, c);
    return new Table(
        name,
        t.columns().stream().map(c -> c.withName(column.apply(c.name()))).toList(),
        map(t.primaryKey(), column),
        t.uniqueConstraints().stream().map(u -> new UniqueConstraint(u.name(), map(u.columns(), column))).toList(),
        t.checks(),
        t.foreignKeys().stream().map(fk -> renameReference(fk, column)).toList(),
        t.indexes().stream().map(i -> new Index(i.name(), name, map(i.columns(), column), i.unique())).toList());
  }

  private ForeignKey renameReference(ForeignKey fk, UnaryOperator<String> column) {
    String target = newTableName(fk.referencedTable());
    return new ForeignKey(
        fk.name(),
        map(fk.columns(), column),
        target,
        map(fk.referencedColumns(), c -> newColumnName(target, c)),
        fk.onDelete());
  }

  private static List<String> map(List<String> names, UnaryOperator<String> f) {
    return names.stream().map(f).toList();
  }
}
