package dev.retort.engine;

import dev.retort.RetortException;
import java.util.List;
import java.util.Set;

/** The database has applied revisions the code does not know: it is ahead of, or beside, the code. */
public class UnknownDatabaseRevisionException extends RetortException {
  private final List<String> unknown;

  public UnknownDatabaseRevisionException(Set<String> unknown, Set<String> knownHeads, String versionTable) {
    super("The database has applied " + (unknown.size() == 1 ? "revision " : "revisions ")
        + String.join(", ", unknown) + " (see " + versionTable + "), which this application's "
        + "migrations do not include; their " + (knownHeads.size() == 1 ? "head is " : "heads are ")
        + (knownHeads.isEmpty() ? "(none)" : String.join(", ", knownHeads)) + ". The database was "
        + "probably migrated by a newer version of the application: run that version, or use it "
        + "to downgrade the database to a revision this one knows. Nothing was changed.");
    this.unknown = List.copyOf(unknown);
  }

  /** The applied revisions the code does not know, sorted. */
  public List<String> unknown() {
    return unknown;
  }
}
