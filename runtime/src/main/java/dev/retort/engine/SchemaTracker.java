package dev.retort.engine;

import dev.retort.RetortException;
import dev.retort.dialect.RenderContext;
import dev.retort.op.Operation;
import dev.retort.op.SchemaReplay;
import dev.retort.schema.Schema;
import java.util.Collection;
import java.util.List;

/**
 * The schema a plan works on, as it goes: replayed from the revisions the database has applied,
 * then advanced by each operation the plan renders, so a dialect that must know a table's whole
 * definition (SQLite, to rebuild it) gets it in its {@link RenderContext}. Once an operation does
 * not replay (a revision's operations that disagree with the ones before them), the schema is
 * unknown from there on, and a dialect that needs it refuses with a clear error instead of
 * guessing.
 */
final class SchemaTracker {
  private Schema schema;

  private SchemaTracker(Schema schema) {
    this.schema = schema;
  }

  /** The schema the applied revisions lead to, in dependency order. */
  static SchemaTracker afterApplied(MigrationCatalog catalog, Collection<String> applied) {
    Schema schema = Schema.EMPTY;
    try {
      for (String id : catalog.graph().inOrder(applied)) {
        schema = SchemaReplay.apply(schema, PreparedMigration.operations(id, catalog.migration(id)));
      }
    } catch (RetortException e) {
      schema = null;
    }
    return new SchemaTracker(schema);
  }

  /** Nothing known. */
  static SchemaTracker unknown() {
    return new SchemaTracker(null);
  }

  /** The schema before the next operation. */
  RenderContext context() {
    return RenderContext.before(schema);
  }

  /** Moves past an operation. */
  void advance(Operation operation) {
    if (schema != null) {
      try {
        schema = SchemaReplay.apply(schema, List.of(operation));
      } catch (RetortException e) {
        schema = null;
      }
    }
  }
}
