package dev.retort.drift;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What {@link dev.retort.Migrator#verify()} found.
 *
 * @param revisions the revisions the database is at, whose schema it was compared with
 * @param differences every difference, table by table
 */
public record Drift(SortedSet<String> revisions, List<Difference> differences) {
  public Drift {
    revisions = Collections.unmodifiableSortedSet(new TreeSet<>(revisions));
    differences = List.copyOf(differences);
  }

  /** Whether the database is exactly what its migrations made it. */
  public boolean clean() {
    return differences.isEmpty();
  }

  /** A report for people: one line per difference, or a line saying there is none. */
  @Override
  public String toString() {
    String at = revisions.isEmpty() ? "base" : String.join(", ", revisions);
    if (clean()) {
      return "The database matches its migrations at revision " + at + ".";
    }
    StringBuilder out = new StringBuilder("The database differs from its migrations at revision ").append(at)
        .append(" in ").append(differences.size()).append(differences.size() == 1 ? " place:" : " places:");
    differences.forEach(d -> out.append("\n  ").append(d));
    return out.toString();
  }
}
