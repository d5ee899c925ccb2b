package dev.retort.processor.diff;

import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which columns and keys of surviving tables change, so that a foreign key that does not change
 * itself is still dropped first and added again when something it depends on changes: databases
 * refuse to drop or alter a key, or change the type of a column, that a foreign key uses (EF Core
 * rebuilds such keys the same way).
 */
final class KeyChanges {
  /** Per table (new name): columns dropped or changing type. */
  private final Map<String, Set<String>> columns = new HashMap<>();
  /** Per table (new name): column sets of primary keys, unique constraints and unique indexes that go or change. */
  private final Map<String, List<Set<String>>> keys = new HashMap<>();

  KeyChanges(Schema renamedOld, Schema current) {
    for (Table old : renamedOld.tables().values()) {
      Table now = current.tables().get(old.name());
      if (now != null) {
        columns.put(old.name(), changedColumns(old, now));
        keys.put(old.name(), changedKeys(old, now));
      }
    }
  }

  /** Whether {@code fk} of {@code table} (both as after the renames) uses something that changes. */
  boolean disturb(String table, ForeignKey fk) {
    return intersects(columns.get(table), fk.columns())
        || intersects(columns.get(fk.referencedTable()), fk.referencedColumns())
        || keys.getOrDefault(fk.referencedTable(), List.of()).contains(Set.copyOf(fk.referencedColumns()));
  }

  private static boolean intersects(Set<String> changed, List<String> used) {
    return changed != null && used.stream().anyMatch(changed::contains);
  }

  private static Set<String> changedColumns(Table old, Table now) {
    Set<String> changed = new HashSet<>();
    for (Pair<Column> p : Pair.inOrder(old.columns(), now.columns(), Column::name)) {
      if (p.old() != null && (p.current() == null || !p.old().type().equals(p.current().type()))) {
        changed.add(p.old().name());
      }
    }
    return changed;
  }

  private static List<Set<String>> changedKeys(Table old, Table now) {
    List<Set<String>> changed = new ArrayList<>();
    if (!old.primaryKey().isEmpty() && !old.primaryKey().equals(now.primaryKey())) {
      changed.add(Set.copyOf(old.primaryKey()));
    }
    for (Pair<UniqueConstraint> p : Pair.sorted(old.uniqueConstraints(), now.uniqueConstraints(), UniqueConstraint::name)) {
      if (p.goes()) {
        changed.add(Set.copyOf(p.old().columns()));
      }
    }
    for (Pair<Index> p : Pair.sorted(old.indexes(), now.indexes(), Index::name)) {
      if (p.goes() && p.old().unique()) {
        changed.add(Set.copyOf(p.old().columns()));
      }
    }
    return changed;
  }
}
