package dev.retort.engine;

import dev.retort.RetortException;

/** An applied migration's operations are no longer those it was applied with. */
public class ChecksumMismatchException extends RetortException {
  private final String revision;

  public ChecksumMismatchException(String revision, String migrationClass, String applied, String now) {
    super("Revision " + revision + " (" + migrationClass + ") was applied with checksum " + applied
        + ", but its operations now give " + now + ": the migration was changed after it ran "
        + "on this database. Nothing was changed. Restore the migration as it was when it was "
        + "applied and put the new change in a new migration. If the change was deliberate and "
        + "this database needs nothing more (a comment in its SQL, a data fix that already ran), "
        + "accept the old checksum in the code: add acceptedChecksums = \"" + applied + "\" to "
        + "the @Revision of " + migrationClass + ".");
    this.revision = revision;
  }

  public String revision() {
    return revision;
  }
}
