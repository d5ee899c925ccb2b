package dev.retort;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What an upgrade did.
 *
 * @param applied the migrations applied, in the order they ran; empty when the database was at
 *     the target already
 * @param current the revisions the database is at now, sorted: one on a straight history, several
 *     after upgrading unmerged branches, none at base
 */
public record UpgradeResult(List<AppliedMigration> applied, SortedSet<String> current) {
  public UpgradeResult {
    applied = List.copyOf(applied);
    current = Collections.unmodifiableSortedSet(new TreeSet<>(current));
  }

  /** Whether the database was at the target already, so nothing ran. */
  public boolean upToDate() {
    return applied.isEmpty();
  }

  /**
   * The revision the database is at now; null at base (when there are no migrations). When it is
   * at several revisions (unmerged branches), their ids joined with commas.
   */
  public String head() {
    return current.isEmpty() ? null : String.join(",", current);
  }

  /** The ids of the applied revisions, in order. */
  public List<String> appliedIds() {
    return applied.stream().map(AppliedMigration::id).toList();
  }

  /** The time the migrations took together. */
  public Duration duration() {
    return applied.stream().map(AppliedMigration::duration).reduce(Duration.ZERO, Duration::plus);
  }
}
