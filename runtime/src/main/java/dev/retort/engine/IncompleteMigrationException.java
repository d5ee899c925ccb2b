package dev.retort.engine;

import dev.retort.RetortException;
import java.time.Instant;

/**
 * An earlier run left a migration half-applied on a database that could not roll it back: it
 * failed partway, or its process stopped (killed, crashed) after a statement that commits on its
 * own. Nothing was changed by this run.
 */
public class IncompleteMigrationException extends RetortException {
  private final String revision;
  private final boolean interrupted;
  private final boolean downgrade;

  public IncompleteMigrationException(String revision, Instant failedAt, String versionTable, String deleteStatement) {
    this(revision, failedAt, versionTable, deleteStatement, false);
  }

  /**
   * @param interrupted whether the run never finished (its row is the mark written before the
   *     migration's first statement that commits on its own), rather than failed with an error
   */
  public IncompleteMigrationException(String revision, Instant at, String versionTable, String deleteStatement,
      boolean interrupted) {
    super(interrupted
        ? "Revision " + revision + " started at " + at + " and never finished: the process that ran it stopped "
            + "(killed, crashed or cut off from the database) after some of its statements had committed, since "
            + "they cannot roll back on this database (" + versionTable + " marks it with success = false). Nothing "
            + "was changed. Compare the schema with that migration: undo the statements that ran, or finish the "
            + "rest, by hand; then delete its row (" + deleteStatement + ") and start again, and Retort runs it "
            + "whole (or, if you finished it by hand, stamp the revision instead)."
        : "Revision " + revision + " failed partway at " + at + ", and part of it stayed "
            + "applied or may have (" + versionTable + " records it with success = false). Nothing was changed. "
            + "Compare the schema with that migration, undo or finish its statements by hand, then "
            + "delete its row (" + deleteStatement + ") and start again.");
    this.revision = revision;
    this.interrupted = interrupted;
    this.downgrade = false;
  }

  private IncompleteMigrationException(String message, String revision) {
    super(message);
    this.revision = revision;
    this.interrupted = false;
    this.downgrade = true;
  }

  /**
   * A downgrade of the revision failed partway, or its process stopped, on a database that could
   * not roll it back (the two leave the same row: {@link dev.retort.history.VersionRow#downgradeUnfinished()}).
   * Its way on is not an upgrade's: deleting the row after restoring the schema would have the
   * next start apply the revision again over it.
   */
  static IncompleteMigrationException downgrade(String revision, String versionTable, String deleteStatement) {
    return new IncompleteMigrationException("The downgrade of revision " + revision + " did not finish: it failed "
        + "partway, or the process that ran it stopped, after some of its statements had committed, since they cannot "
        + "roll back on this database (" + versionTable + " marks the revision with success = false). Nothing was "
        + "changed. Compare the schema with that migration's downgrade, then either finish undoing it by hand and "
        + "delete its row (" + deleteStatement + "), which leaves the database at the revision's parents; or restore "
        + "what the downgrade undid and stamp the revision again (stamp " + revision + "). Deleting the row of a "
        + "restored schema would make the next start apply the revision over it.", revision);
  }

  public String revision() {
    return revision;
  }

  /**
   * Whether the earlier run stopped without finishing, rather than failed with an error (false for
   * a downgrade, which leaves the same row either way).
   */
  public boolean interrupted() {
    return interrupted;
  }

  /** Whether it was a downgrade of the revision that did not finish. */
  public boolean downgrade() {
    return downgrade;
  }
}
