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
 * @param executionMs how long it took, in milliseconds; {@value #STAMPED} when it was stamped
 * @param success false when it failed partway on a database that could not roll it back
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
}
