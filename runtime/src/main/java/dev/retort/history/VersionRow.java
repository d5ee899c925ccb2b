package dev.retort.history;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One row of the version table.
 *
 * @param revision the revision id
 * @param parents its parents when it was applied
 * @param message its message when it was applied
 * @param checksum the checksum of its upgrade operations when it was applied
 * @param appliedAt when it finished (or failed)
 * @param appliedBy the database user that applied it
 * @param executionMs how long it took, in milliseconds; {@value #STAMPED} when it was stamped;
 *     {@value #UNFINISHED} while it runs (the mark a migration that cannot roll back writes before
 *     its first statement that commits on its own); {@link #downgradeMark} of that while a
 *     downgrade of it runs or after one failed
 * @param success false when it failed partway on a database that could not roll it back, or has
 *     not finished
 */
public record VersionRow(
    String revision,
    List<String> parents,
    String message,
    String checksum,
    Instant appliedAt,
    String appliedBy,
    long executionMs,
    boolean success) {

  /** The execution time of a row written by stamp: the revision was recorded, never run. */
  public static final long STAMPED = -1;

  /**
   * The execution time of the mark written before a migration's first statement that commits on
   * its own: with {@code success = false}, the revision started and did not finish. Found by a
   * later run, it means the process stopped partway (killed, crashed, lost its connection).
   */
  public static final long UNFINISHED = -2;

  /**
   * The execution time a row gets while a downgrade that cannot roll back runs, and keeps if the
   * downgrade fails or stops partway ({@code success} false): {@code -4} minus the upgrade's own,
   * so {@value #STAMPED} and above become -3 and below, apart from every other value. The same
   * function gives the upgrade's back, for a downgrade of which nothing stayed.
   */
  public static long downgradeMark(long executionMs) {
    return -4 - executionMs;
  }

  public VersionRow {
    Objects.requireNonNull(revision, "revision");
    parents = List.copyOf(parents);
    Objects.requireNonNull(checksum, "checksum");
    Objects.requireNonNull(appliedAt, "appliedAt");
  }

  /** Whether stamp recorded the revision without running it. */
  public boolean stamped() {
    return executionMs == STAMPED;
  }

  /** Whether this is the mark of a run that started and never finished (see {@link #UNFINISHED}). */
  public boolean unfinished() {
    return !success && executionMs == UNFINISHED;
  }

  /** Whether a downgrade of the revision failed or stopped partway (see {@link #downgradeMark}). */
  public boolean downgradeUnfinished() {
    return !success && executionMs <= downgradeMark(STAMPED);
  }
}
