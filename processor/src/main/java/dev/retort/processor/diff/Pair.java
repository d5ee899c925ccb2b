package dev.retort.processor.diff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * An object of the old schema and its counterpart in the new one, paired by name (the old names
 * already carry the renames). Either side is null when the object is added or removed.
 */
record Pair<T>(T old, T current) {

  /** The old object is removed or changed: it must be dropped. */
  boolean goes() {
    return old != null && !old.equals(current);
  }

  /** The new object is added or changed: it must be created. */
  boolean comes() {
    return current != null && !current.equals(old);
  }

  /** Both sides exist and differ. */
  boolean changed() {
    return old != null && current != null && !old.equals(current);
  }

  /** Pairs in the old order, then the added objects in the new order: for columns, whose order matters. */
  static <T> List<Pair<T>> inOrder(List<T> old, List<T> current, Function<T, String> name) {
    Map<String, T> remaining = new LinkedHashMap<>();
    current.forEach(c -> remaining.put(name.apply(c), c));
    List<Pair<T>> pairs = new ArrayList<>();
    for (T o : old) {
      pairs.add(new Pair<>(o, remaining.remove(name.apply(o))));
    }
    remaining.values().forEach(c -> pairs.add(new Pair<>(null, c)));
    return pairs;
  }

  /** Pairs sorted by name: for objects whose order means nothing, so the output is stable. */
  static <T> List<Pair<T>> sorted(Collection<T> old, Collection<T> current, Function<T, String> name) {
    Map<String, T> olds = new TreeMap<>();
    old.forEach(o -> olds.put(name.apply(o), o));
    Map<String, T> currents = new TreeMap<>();
    current.forEach(c -> currents.put(name.apply(c), c));
    Map<String, Pair<T>> pairs = new TreeMap<>();
    olds.forEach((n, o) -> pairs.put(n, new Pair<>(o, currents.get(n))));
    currents.forEach((n, c) -> pairs.putIfAbsent(n, new Pair<>(null, c)));
    return List.copyOf(pairs.values());
  }
}
