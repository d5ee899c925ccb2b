package dev.retort.processor.diff;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What {@code @RenamedFrom} says was renamed, keyed by the new names. A hint only takes effect
 * while the old schema still has the old name and not the new one, so the annotation can stay
 * in the code after its migration is generated.
 *
 * @param tables new table name to previous table name
 * @param columns new table name to (new column name to previous column name)
 */
public record RenameHints(Map<String, String> tables, Map<String, Map<String, String>> columns) {

  public static final RenameHints NONE = new RenameHints(Map.of(), Map.of());

  public RenameHints {
    tables = sorted(tables);
    SortedMap<String, Map<String, String>> byTable = new TreeMap<>();
    columns.forEach((table, renames) -> byTable.put(table, sorted(renames)));
    columns = Collections.unmodifiableSortedMap(byTable);
  }

  /** These hints and: table {@code newName} was called {@code oldName}. */
  public RenameHints withTable(String newName, String oldName) {
    Map<String, String> t = new TreeMap<>(tables);
    t.put(Objects.requireNonNull(newName, "newName"), Objects.requireNonNull(oldName, "oldName"));
    return new RenameHints(t, columns);
  }

  /** These hints and: column {@code newColumn} of table {@code table} (its new name) was called {@code oldColumn}. */
  public RenameHints withColumn(String table, String newColumn, String oldColumn) {
    Map<String, Map<String, String>> c = new TreeMap<>(columns);
    Map<String, String> renames = new TreeMap<>(c.getOrDefault(Objects.requireNonNull(table, "table"), Map.of()));
    renames.put(Objects.requireNonNull(newColumn, "newColumn"), Objects.requireNonNull(oldColumn, "oldColumn"));
    c.put(table, renames);
    return new RenameHints(tables, c);
  }

  private static Map<String, String> sorted(Map<String, String> map) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(map));
  }
}
