package dev.retort;

import java.time.Duration;
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
 * @param appliedBy the database user that applied it, or null while it is pending
 * @param executionTime how long applying it took; null while it is pending or when it was stamped
 * @param stamped whether it was recorded by {@link Migrator#stamp} without running
 * @param current whether the database is at this revision (one of its current revisions)
 * @param failed whether the version table marks it as unfinished: an upgrade or a downgrade of it
 *     failed partway (or was killed) on a database without transactional DDL, and the next
 *     upgrade refuses to run until someone has looked (it is not pending, and not applied)
 */
public record HistoryEntry(
    String id,
    List<String> parents,
    String message,
    Instant created,
    Instant appliedAt,
    String appliedBy,
    Duration executionTime,
    boolean stamped,
    boolean current,
    boolean failed) {
  public HistoryEntry {
    parents = List.copyOf(parents);
  }

  /** An entry whose row, if any, is a finished one. */
  public HistoryEntry(String id, List<String> parents, String message, Instant created, Instant appliedAt,
      String appliedBy, Duration executionTime, boolean stamped, boolean current) {
    this(id, parents, message, created, appliedAt, appliedBy, executionTime, stamped, current, false);
  }

  /** Whether the database has not applied it yet, nor started to. */
  public boolean pending() {
    return appliedAt == null && !failed;
  }

  /** Whether it is a merge: two or more parents. */
  public boolean merge() {
    return parents.size() > 1;
  }
}
