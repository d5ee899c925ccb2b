package dev.retort.processor.diff;

import dev.retort.schema.Column;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Warnings for a drop and an add that look like one rename without a hint: the differ cannot
 * tell a rename from a replacement, and guessing wrong would lose data either way.
 */
final class RenameSuggestions {
  private RenameSuggestions() {}

  /** A dropped and an added column of the same type in one table. */
  static void columns(String table, List<Column> dropped, List<Column> added, List<DiffWarning> warnings) {
    for (Column column : added) {
      List<String> candidates = dropped.stream().filter(d -> d.type().equals(column.type())).map(Column::name).toList();
      if (!candidates.isEmpty()) {
        warnings.add(new DiffWarning(table, column.name(), "table \"" + table + "\": column \"" + column.name()
            + "\" is added and " + named("column", candidates) + " dropped, of the same type " + column.type()
            + "; did you mean to rename? add " + annotation(candidates) + " to the attribute of column \"" + column.name() + "\""));
      }
    }
  }

  /** A dropped and a created table with the same column names and types. */
  static void tables(List<Table> created, List<Table> dropped, List<DiffWarning> warnings) {
    for (Table table : created) {
      List<String> candidates = dropped.stream().filter(d -> shape(d).equals(shape(table))).map(Table::name).toList();
      if (!candidates.isEmpty()) {
        warnings.add(new DiffWarning(table.name(), null, "table \"" + table.name() + "\" is created and "
            + named("table", candidates) + " dropped, with the same columns; did you mean to rename? add "
            + annotation(candidates) + " to the entity of table \"" + table.name() + "\""));
      }
    }
  }

  private static Set<String> shape(Table table) {
    return table.columns().stream().map(c -> c.name() + " " + c.type()).collect(Collectors.toSet());
  }

  private static String named(String kind, List<String> names) {
    return names.size() == 1
        ? kind + " \"" + names.get(0) + "\" is"
        : kind + "s " + names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", ")) + " are";
  }

  private static String annotation(List<String> candidates) {
    String first = "@RenamedFrom(\"" + candidates.get(0) + "\")";
    return candidates.size() == 1 ? first : first + " (or another of them)";
  }
}
