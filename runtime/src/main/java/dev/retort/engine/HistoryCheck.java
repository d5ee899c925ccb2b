package dev.retort.engine;

import dev.retort.RetortException;
import dev.retort.history.AppliedRevisions;
import dev.retort.history.VersionRow;
import dev.retort.history.VersionTable;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Refuses a database whose history the code cannot safely continue. Runs before anything is
 * changed, so every refusal leaves the database as it was. In order:
 *
 * <ol>
 *   <li>a revision that failed partway in an earlier run (its row has {@code success = false});
 *   <li>applied revisions the code does not know (the database is ahead of the code);
 *   <li>an applied revision whose parent is not applied (the table was edited by hand);
 *   <li>an applied migration whose operations changed since (checksum mismatch).
 * </ol>
 */
final class HistoryCheck {
  private HistoryCheck() {}

  static void check(MigrationCatalog catalog, AppliedRevisions applied, VersionTable table) {
    for (VersionRow row : applied.failed()) {
      throw new IncompleteMigrationException(row.revision(), row.appliedAt(), table.quotedName(),
          table.deleteStatementFor(row.revision()));
    }
    SortedSet<String> unknown = new TreeSet<>(applied.ids());
    unknown.removeIf(catalog::contains);
    if (!unknown.isEmpty()) {
      throw new UnknownDatabaseRevisionException(unknown, catalog.graph().heads(), table.quotedName());
    }
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

  private static void checksum(MigrationCatalog catalog, VersionRow row) {
    String now = Checksum.of(PreparedMigration.operations(row.revision(), catalog.migration(row.revision())));
    if (now.equals(row.checksum())) {
      return;
    }
    String version = row.checksum().contains(":") ? row.checksum().substring(0, row.checksum().indexOf(':')) : "";
    if (!version.equals(Checksum.VERSION)) {
      throw new RetortException("Revision " + row.revision() + " was recorded with a checksum in format '"
          + version + "', which this version of Retort does not know (it writes '" + Checksum.VERSION
          + "'). The database was probably migrated by a newer Retort: upgrade Retort. Nothing was changed.");
    }
    throw new ChecksumMismatchException(row.revision(), catalog.migration(row.revision()).getClass().getName(),
        row.checksum(), now);
  }
}
