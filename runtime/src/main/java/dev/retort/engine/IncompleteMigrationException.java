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
  }

  public String revision() {
    return revision;
  }

  /** Whether the earlier run stopped without finishing, rather than failed with an error. */
  public boolean interrupted() {
    return interrupted;
  }
}
