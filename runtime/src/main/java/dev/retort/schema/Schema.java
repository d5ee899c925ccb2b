package dev.retort.schema;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A whole schema: tables and sequences, each sorted by name so that everything derived from it
 * (snapshots, diffs, generated code) comes out in the same order every time.
 */
public record Schema(Map<String, Table> tables, Map<String, Sequence> sequences) {

  public static final Schema EMPTY = new Schema(Map.of(), Map.of());

  public Schema {
    // a map the with-methods built is a fresh copy, checked entry by entry as it was built: taken
    // as it is, so replaying a thousand operations copies each map once per operation, not twice
    boolean tablesOwned = tables instanceof Copy;
    tables = java.util.Collections.unmodifiableSortedMap(tablesOwned ? (Copy<String, Table>) tables : new TreeMap<>(tables));
    sequences = java.util.Collections.unmodifiableSortedMap(
        sequences instanceof Copy ? (Copy<String, Sequence>) sequences : new TreeMap<>(sequences));
    if (!tablesOwned) {
      tables.forEach((name, table) -> {
        if (!name.equals(table.name())) {
          throw new IllegalArgumentException("table " + table.name() + " filed under " + name);
        }
      });
    }
  }

  /** A sorted copy of a schema's map made by a with-method, which the constructor need not copy again. */
  private static final class Copy<K, V> extends TreeMap<K, V> {
    Copy(Map<K, V> map) {
      super(map);
    }
  }

  public static Schema of(Collection<Table> tables, Collection<Sequence> sequences) {
    Map<String, Table> t = new TreeMap<>();
    for (Table table : tables) {
      if (t.put(table.name(), table) != null) {
        throw new IllegalArgumentException("two tables are named " + table.name());
      }
    }
    Map<String, Sequence> s = new TreeMap<>();
    for (Sequence sequence : sequences) {
      s.put(sequence.name(), sequence);
    }
    return new Schema(t, s);
  }

  public Optional<Table> table(String name) {
    return Optional.ofNullable(tables.get(name));
  }

  public Schema withTable(Table table) {
    Map<String, Table> t = new Copy<>(tables);
    t.put(table.name(), table);
    return new Schema(t, sequences);
  }

  public Schema withoutTable(String name) {
    Map<String, Table> t = new Copy<>(tables);
    t.remove(name);
    return new Schema(t, sequences);
  }

  public Schema withSequence(Sequence sequence) {
    Map<String, Sequence> s = new Copy<>(sequences);
    s.put(sequence.name(), sequence);
    return new Schema(tables, s);
  }

  public Schema withoutSequence(String name) {
    Map<String, Sequence> s = new Copy<>(sequences);
    s.remove(name);
    return new Schema(tables, s);
  }
}
