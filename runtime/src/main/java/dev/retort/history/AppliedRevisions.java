package dev.retort.history;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the version table says about a database, as a value: which revisions it has applied, which
 * one failed, and which are current. Works from the stored parents, so it needs no migration
 * code and copes with revisions the code does not know.
 */
public final class AppliedRevisions {
  private final Map<String, VersionRow> rows = new LinkedHashMap<>();

  public AppliedRevisions(List<VersionRow> rows) {
    rows.forEach(r -> this.rows.put(r.revision(), r));
  }

  public static AppliedRevisions none() {
    return new AppliedRevisions(List.of());
  }

  /** Every row, successful or not, in the order read. */
  public List<VersionRow> rows() {
    return List.copyOf(rows.values());
  }

  public Optional<VersionRow> row(String revision) {
    return Optional.ofNullable(rows.get(revision));
  }

  /** The revisions applied to the end. */
  public SortedSet<String> ids() {
    SortedSet<String> ids = new TreeSet<>();
    rows.values().stream().filter(VersionRow::success).forEach(r -> ids.add(r.revision()));
    return Collections.unmodifiableSortedSet(ids);
  }

  /** The rows of revisions that failed partway. */
  public List<VersionRow> failed() {
    return rows.values().stream().filter(r -> !r.success()).toList();
  }

  /**
   * The current revisions: those applied that no other applied revision lists as a parent. One
   * for a database on a straight line; several after applying two branches not yet merged; none
   * at base.
   */
  public SortedSet<String> current() {
    Set<String> parents = new HashSet<>();
    rows.values().stream().filter(VersionRow::success).forEach(r -> parents.addAll(r.parents()));
    SortedSet<String> current = new TreeSet<>(ids());
    current.removeAll(parents);
    return Collections.unmodifiableSortedSet(current);
  }
}
