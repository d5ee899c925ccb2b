package dev.retort.engine;

import dev.retort.Migration;
import dev.retort.RetortException;
import dev.retort.Revision;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.SqlStatement;
import dev.retort.op.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * One migration made ready to run: its upgrade operations recorded once, checksummed, and
 * rendered by the dialect. Preparing every pending migration before the first one runs means a
 * migration that cannot be recorded or rendered stops the upgrade with nothing changed.
 *
 * @param id the revision id
 * @param revision its annotation
 * @param migration the migration (its {@link Migration#transactional()} is read when it runs)
 * @param checksum the checksum of its operations
 * @param steps its operations with their statements, in order
 */
record PreparedMigration(String id, Revision revision, Migration migration, String checksum, List<Step> steps) {

  /** One operation and the statements that apply it. */
  record Step(Operation operation, List<SqlStatement> statements) {}

  static PreparedMigration prepare(String id, Migration migration, Dialect dialect) {
    List<Operation> operations = operations(id, migration);
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < operations.size(); i++) {
      Operation operation = operations.get(i);
      try {
        steps.add(new Step(operation, dialect.render(operation)));
      } catch (RuntimeException e) {
        throw new RetortException("Revision " + id + " cannot run on " + dialect.databaseName()
            + ": operation " + (i + 1) + " of " + operations.size() + " ('" + operation.describe() + "'): "
            + e.getMessage() + " Nothing was changed.", e);
      }
    }
    return new PreparedMigration(id, migration.revision(), migration, Checksum.of(operations), List.copyOf(steps));
  }

  /** The upgrade operations, recorded; an exception from the migration's own code names it. */
  static List<Operation> operations(String id, Migration migration) {
    try {
      return migration.recordUpgrade();
    } catch (RetortException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new RetortException("The upgrade() of revision " + id + " (" + migration.getClass().getName()
          + ") threw " + e + " while its operations were recorded. Nothing was changed.", e);
    }
  }

  int operationCount() {
    return steps.size();
  }
}
