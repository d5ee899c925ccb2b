package dev.retort.engine;

import dev.retort.Migration;
import dev.retort.RetortException;
import dev.retort.Revision;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.RenderContext;
import dev.retort.dialect.SqlStatement;
import dev.retort.op.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * One migration made ready to run in one direction: its operations recorded once and rendered by
 * the dialect, and for an upgrade the checksum its version-table row gets. Preparing every
 * migration of a plan before the first one runs means a migration that cannot be recorded,
 * undone or rendered stops the command with nothing changed.
 *
 * @param id the revision id
 * @param revision its annotation
 * @param migration the migration (its {@link Migration#transactional()} is read when it runs)
 * @param direction whether it is applied or undone
 * @param checksum the checksum of its upgrade operations; null for a downgrade, whose row goes
 * @param steps its operations with their statements, in order
 */
record PreparedMigration(
    String id, Revision revision, Migration migration, Direction direction, String checksum, List<Step> steps) {

  /** Applying a revision, or undoing it. */
  enum Direction {
    UPGRADE,
    DOWNGRADE
  }

  /** One operation and the statements that apply it. */
  record Step(Operation operation, List<SqlStatement> statements) {}

  static PreparedMigration upgrade(String id, Migration migration, Dialect dialect) {
    return upgrade(id, migration, dialect, SchemaTracker.unknown());
  }

  /** Renders each operation with the schema before it, which {@code schema} tracks through the plan. */
  static PreparedMigration upgrade(String id, Migration migration, Dialect dialect, SchemaTracker schema) {
    List<Operation> operations = operations(id, migration);
    return upgrade(id, migration, Checksum.of(operations), render(id, operations, dialect, schema));
  }

  /** Like {@link #upgrade(String, Migration, Dialect, SchemaTracker)}, its operations recorded, checksummed and rendered already. */
  static PreparedMigration upgrade(String id, Migration migration, String checksum, List<Step> steps) {
    return new PreparedMigration(id, migration.revision(), migration, Direction.UPGRADE, checksum, steps);
  }

  /**
   * @throws dev.retort.IrreversibleMigrationException when the migration cannot be undone
   */
  static PreparedMigration downgrade(String id, Migration migration, Dialect dialect) {
    return downgrade(id, migration, dialect, SchemaTracker.unknown());
  }

  /**
   * Renders each operation with the schema before it, which {@code schema} tracks through the plan.
   *
   * @throws dev.retort.IrreversibleMigrationException when the migration cannot be undone
   */
  static PreparedMigration downgrade(String id, Migration migration, Dialect dialect, SchemaTracker schema) {
    List<Operation> operations;
    try {
      operations = migration.recordDowngrade();
    } catch (RetortException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new RetortException("The downgrade() of revision " + id + " (" + migration.getClass().getName()
          + ") threw " + e + " while its operations were recorded. Nothing was changed.", e);
    }
    return new PreparedMigration(id, migration.revision(), migration, Direction.DOWNGRADE, null,
        render(id, operations, dialect, schema));
  }

  /** Each operation with the statements the dialect renders for it, the schema before it tracked by {@code schema}. */
  static List<Step> render(String id, List<Operation> operations, Dialect dialect, SchemaTracker schema) {
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < operations.size(); i++) {
      Operation operation = operations.get(i);
      try {
        RenderContext context = dialect.rendersWithSchema(operation) ? schema.context() : RenderContext.unknown();
        steps.add(new Step(operation, dialect.render(operation, context)));
        schema.advance(operation);
      } catch (RuntimeException e) {
        throw new RetortException("Revision " + id + " cannot run on " + dialect.databaseName()
            + ": operation " + (i + 1) + " of " + operations.size() + " ('" + operation.describe() + "'): "
            + e.getMessage() + " Nothing was changed.", e);
      }
    }
    return List.copyOf(steps);
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

  boolean downgrade() {
    return direction == Direction.DOWNGRADE;
  }

  int operationCount() {
    return steps.size();
  }

  int statementCount() {
    int count = 0;
    for (Step step : steps) {
      count += step.statements().size();
    }
    return count;
  }
}
