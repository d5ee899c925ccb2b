package dev.retort.engine;

import dev.retort.RetortException;
import java.time.Instant;

/** An earlier run left a migration half-applied on a database that could not roll it back. */
public class IncompleteMigrationException extends RetortException {
  private final String revision;

  public IncompleteMigrationException(String revision, Instant failedAt, String versionTable, String deleteStatement) {
    super("Revision " + revision + " failed partway at " + failedAt + " and part of it stayed "
        + "applied (" + versionTable + " records it with success = false). Nothing was changed. "
        + "Compare the schema with that migration, undo or finish its statements by hand, then "
        + "delete its row (" + deleteStatement + ") and start again.");
    this.revision = revision;
  }

  public String revision() {
    return revision;
  }
}
