package dev.retort;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a downgrade did.
 *
 * @param reverted the migrations undone, in the order they were undone (children before parents);
 *     empty when the database was at the target already
 * @param current the revisions the database is at now, sorted; empty at base
 */
public record DowngradeResult(List<AppliedMigration> reverted, SortedSet<String> current) {
  public DowngradeResult {
    reverted = List.copyOf(reverted);
    current = Collections.unmodifiableSortedSet(new TreeSet<>(current));
  }

  /** Whether nothing had to be undone. */
  public boolean nothingToDo() {
    return reverted.isEmpty();
  }

  /** The ids of the undone revisions, in order. */
  public List<String> revertedIds() {
    return reverted.stream().map(AppliedMigration::id).toList();
  }

  /** The time the downgrades took together. */
  public Duration duration() {
    return reverted.stream().map(AppliedMigration::duration).reduce(Duration.ZERO, Duration::plus);
  }
}
