package dev.retort.engine;

import dev.retort.RetortException;
import dev.retort.dialect.RenderContext;
import dev.retort.op.Operation;
import dev.retort.op.SchemaReplay;
import dev.retort.schema.Schema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * The schema a plan works on, as it goes: replayed from the revisions the database has applied,
 * then advanced by each operation the plan renders, so a dialect that must know a table's whole
 * definition (SQLite, to rebuild it) gets it in its {@link RenderContext}. Once an operation does
 * not replay (a revision's operations that disagree with the ones before them), the schema is
 * unknown from there on, and a dialect that needs it refuses with a clear error instead of
 * guessing.
 *
 * <p>The replay is lazy: operations are only remembered until a dialect asks for the schema
 * ({@link dev.retort.dialect.Dialect#rendersWithSchema}), and most never do, so a plan of a
 * thousand migrations usually replays nothing.
 */
final class SchemaTracker {
  /** Where the replay starts, until first needed: the applied revisions' schema (null: unknown). */
  private Supplier<Schema> start;
  private Schema schema;
  private final List<Operation> pending = new ArrayList<>();

  private SchemaTracker(Supplier<Schema> start) {
    this.start = start;
  }

  /** The schema the applied revisions lead to, in dependency order, replayed when first needed. */
  static SchemaTracker afterApplied(MigrationCatalog catalog, Collection<String> applied) {
    return new SchemaTracker(() -> {
      Schema schema = Schema.EMPTY;
      try {
        for (String id : catalog.graph().inOrder(applied)) {
          schema = SchemaReplay.apply(schema, PreparedMigration.operations(id, catalog.migration(id)));
        }
        return schema;
      } catch (RetortException e) {
        return null;
      }
    });
  }

  /** Nothing known. */
  static SchemaTracker unknown() {
    return new SchemaTracker(() -> null);
  }

  /** The schema before the next operation. */
  RenderContext context() {
    if (start != null) {
      schema = start.get();
      start = null;
    }
    if (schema != null && !pending.isEmpty()) {
      try {
        schema = SchemaReplay.apply(schema, pending);
      } catch (RetortException e) {
        schema = null;
      }
    }
    pending.clear();
    return RenderContext.before(schema);
  }

  /** Moves past an operation. */
  void advance(Operation operation) {
    pending.add(operation);
  }
}
