package dev.retort.dialect;

import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.Optional;

/**
 * What a dialect may know about the schema an operation applies to: the schema just before it,
 * as the engine replayed it from the migrations applied so far, or nothing. Most dialects render
 * without it; SQLite needs a table's full definition to rebuild it for a change its {@code ALTER
 * TABLE} cannot make.
 */
public final class RenderContext {
  private static final RenderContext UNKNOWN = new RenderContext(null);

  private final Schema before;

  private RenderContext(Schema before) {
    this.before = before;
  }

  /** No knowledge of the schema: an operation that needs it is refused with a clear error. */
  public static RenderContext unknown() {
    return UNKNOWN;
  }

  /** The schema as it stands right before the operation. */
  public static RenderContext before(Schema schema) {
    return schema == null ? UNKNOWN : new RenderContext(schema);
  }

  /** The schema before the operation, when known. */
  public Optional<Schema> schema() {
    return Optional.ofNullable(before);
  }

  /** A table as it stands before the operation, when known. */
  public Optional<Table> table(String name) {
    return before == null ? Optional.empty() : before.table(name);
  }
}
