package dev.retort.processor.codegen;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.RenderContext;
import dev.retort.dialect.SqlStatement;
import dev.retort.op.Operation;
import dev.retort.op.SchemaReplay;
import dev.retort.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The SQL a migration's upgrade runs on one database, as the runtime's dialect for it renders the
 * operations when the migration is written, for the class comment: a reviewer reads the typed
 * operations and the statements they become side by side. Like the rest of the class it is frozen
 * once written; at run time the runtime renders the operations again.
 *
 * @param database the database's name ("PostgreSQL")
 * @param statements the statements in order, each as the dialect spells it, without the final
 *     semicolon; a statement the database runs outside a transaction, or a JDBC callback, comes
 *     after a comment line saying so
 * @param problem why the dialect cannot render the migration (then the migration will not run on
 *     that database as it is), or null
 */
public record SqlPreview(String database, List<String> statements, String problem) {

  public SqlPreview {
    Objects.requireNonNull(database, "database");
    statements = List.copyOf(statements);
  }

  /**
   * Renders operations one by one, each against the schema the ones before it leave (a database
   * such as SQLite rebuilds a table from its full definition).
   *
   * @param before the schema before the migration (the snapshot the migration starts from)
   */
  public static SqlPreview render(Dialect dialect, Schema before, List<Operation> operations) {
    List<String> statements = new ArrayList<>();
    Schema schema = before;
    for (int i = 0; i < operations.size(); i++) {
      Operation operation = operations.get(i);
      try {
        for (SqlStatement statement : dialect.render(operation, RenderContext.before(schema))) {
          if (statement.jdbcCallback()) {
            statements.add(statement.sql());
            continue;
          }
          String sql = strip(statement.sql());
          statements.add(statement.transactional() ? sql : "-- runs outside a transaction\n" + sql);
        }
        schema = schema == null ? null : SchemaReplay.apply(schema, List.of(operation));
      } catch (RuntimeException e) {
        return new SqlPreview(dialect.databaseName(), List.of(), "operation " + (i + 1) + " of " + operations.size()
            + " ('" + operation.describe() + "'): " + e.getMessage());
      }
    }
    return new SqlPreview(dialect.databaseName(), statements, null);
  }

  private static String strip(String sql) {
    String s = sql.strip();
    return s.endsWith(";") ? s.substring(0, s.length() - 1).stripTrailing() : s;
  }
}
