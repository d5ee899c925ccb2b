package dev.retort;

import java.time.Instant;
import java.util.List;

/**
 * One revision of the code, and whether the database has it.
 *
 * @param id the revision id
 * @param parents its parents
 * @param message its message
 * @param created when it was written (its {@code @Revision(created)}), or null when not given or
 *     not an ISO-8601 instant
 * @param appliedAt when the database applied it, or null while it is pending
 * @param current whether the database is at this revision (one of its current revisions)
 */
public record HistoryEntry(
    String id, List<String> parents, String message, Instant created, Instant appliedAt, boolean current) {
  public HistoryEntry {
    parents = List.copyOf(parents);
  }

  /** Whether the database has not applied it yet. */
  public boolean pending() {
    return appliedAt == null;
  }
}
