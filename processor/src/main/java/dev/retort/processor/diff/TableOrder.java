package dev.retort.processor.diff;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * Orders tables by their foreign keys among themselves, ties by name. In a cycle of foreign keys
 * no order satisfies every key; the first table by name of those left is then taken, and the
 * callers handle the keys that point the wrong way.
 */
final class TableOrder {
  private TableOrder() {}

  /** Referenced tables before the tables referencing them: the order to create them in. */
  static List<Table> creation(Collection<Table> tables) {
    return order(tables, (table, other) -> references(table, other));
  }

  /** Referencing tables before the tables they reference: the order to drop them in. */
  static List<Table> removal(Collection<Table> tables) {
    return order(tables, (table, other) -> references(other, table));
  }

  /** Whether {@code from} has a foreign key to {@code to} (another table). */
  private static boolean references(Table from, Table to) {
    if (from.name().equals(to.name())) {
      return false;
    }
    for (ForeignKey fk : from.foreignKeys()) {
      if (fk.referencedTable().equals(to.name())) {
        return true;
      }
    }
    return false;
  }

  /** Kahn's algorithm, smallest name first: {@code after.test(a, b)} means a must come after b. */
  private static List<Table> order(Collection<Table> tables, BiPredicate<Table, Table> after) {
    TreeMap<String, Table> left = new TreeMap<>();
    tables.forEach(t -> left.put(t.name(), t));
    List<Table> ordered = new ArrayList<>();
    while (!left.isEmpty()) {
      Table next = left.values().stream()
          .filter(t -> left.values().stream().noneMatch(other -> after.test(t, other)))
          .findFirst()
          .orElse(left.firstEntry().getValue()); // a cycle
      ordered.add(next);
      left.remove(next.name());
    }
    return ordered;
  }
}
