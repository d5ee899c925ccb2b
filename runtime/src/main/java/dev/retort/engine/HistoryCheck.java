package dev.retort.engine;

import dev.retort.Migration;
import dev.retort.RetortException;
import dev.retort.history.AppliedRevisions;
import dev.retort.history.VersionRow;
import dev.retort.history.VersionTable;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Refuses a database whose history the code cannot safely continue. Runs before anything is
 * changed, so every refusal leaves the database as it was. In order:
 *
 * <ol>
 *   <li>a revision that failed partway, or never finished, in an earlier run, upgraded or
 *       downgraded (its row has {@code success = false});
 *   <li>applied revisions the code does not know (the database is ahead of the code);
 *   <li>an applied revision whose parent is not applied (the table was edited by hand);
 *   <li>an applied migration whose operations changed since (checksum mismatch): the checksum is
 *       recomputed in the format version the row was written with, and one the migration lists in
 *       {@code @Revision(acceptedChecksums)} is accepted.
 * </ol>
 */
final class HistoryCheck {
  private HistoryCheck() {}

  static void check(MigrationCatalog catalog, AppliedRevisions applied, VersionTable table) {
    for (VersionRow row : applied.failed()) {
      if (row.downgradeUnfinished()) {
        throw IncompleteMigrationException.downgrade(row.revision(), table.quotedName(),
            table.deleteStatementFor(row.revision()));
      }
      throw new IncompleteMigrationException(row.revision(), row.appliedAt(), table.quotedName(),
          table.deleteStatementFor(row.revision()), row.unfinished());
    }
    checkKnown(catalog, applied, table);
    for (String id : catalog.graph().inOrder(applied.ids())) {
      for (String parent : catalog.graph().parents(id)) {
        if (!applied.ids().contains(parent)) {
          throw new RetortException("Revision " + id + " is recorded as applied in " + table.quotedName()
              + ", but its parent " + parent + " is not: the version table was edited by hand. "
              + "Nothing was changed. If the changes of " + parent + " are in the database, restore its "
              + "row; otherwise remove the row of " + id + " (" + table.deleteStatementFor(id)
              + ") and undo its changes.");
        }
      }
      checksum(catalog, applied.row(id).orElseThrow());
    }
  }

  /** Refuses applied revisions the code does not know: the database is ahead of the code. */
  static void checkKnown(MigrationCatalog catalog, AppliedRevisions applied, VersionTable table) {
    SortedSet<String> unknown = new TreeSet<>(applied.ids());
    unknown.removeIf(catalog::contains);
    if (!unknown.isEmpty()) {
      throw new UnknownDatabaseRevisionException(unknown, catalog.graph().heads(), table.quotedName());
    }
  }

  /**
   * Recomputes the checksum in the version the row was written with, so rows written by an older
   * Retort stay valid; a checksum the migration lists in {@code acceptedChecksums} is accepted.
   */
  private static void checksum(MigrationCatalog catalog, VersionRow row) {
    String stored = row.checksum();
    String version = Checksum.versionOf(stored);
    if (!Checksum.knows(version)) {
      throw new RetortException("Revision " + row.revision() + " was recorded with a checksum in format '"
          + version + "', which this version of Retort does not know (it knows " + String.join(", ", Checksum.versions())
          + "). The database was probably migrated by a newer Retort: upgrade Retort. Nothing was changed.");
    }
    Migration migration = catalog.migration(row.revision());
    String now = Checksum.of(version, PreparedMigration.operations(row.revision(), migration));
    if (now.equals(stored) || List.of(migration.revision().acceptedChecksums()).contains(stored)) {
      return;
    }
    throw new ChecksumMismatchException(row.revision(), migration.getClass().getName(), stored, now);
  }
}
