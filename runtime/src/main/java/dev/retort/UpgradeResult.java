package dev.retort;

import java.time.Duration;
import java.util.List;

/**
 * What an upgrade did.
 *
 * @param applied the migrations applied, in the order they ran; empty when the database was
 *     up to date
 * @param head the revision the database is at now, or null when there are no migrations
 */
public record UpgradeResult(List<AppliedMigration> applied, String head) {
  public UpgradeResult {
    applied = List.copyOf(applied);
  }

  /** Whether the database was at the head already, so nothing ran. */
  public boolean upToDate() {
    return applied.isEmpty();
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
