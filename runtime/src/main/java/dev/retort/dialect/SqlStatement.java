package dev.retort.dialect;

import java.util.Objects;

/**
 * One statement a dialect rendered for an operation.
 *
 * @param sql the SQL text, without a trailing semicolon; for a JDBC callback, a comment that
 *     describes it (what an offline script prints in its place)
 * @param transactional false when the database refuses to run the statement inside a
 *     transaction, so the engine must commit before it and run it on its own
 * @param jdbcCallback true when this is not SQL but the marker for a {@link dev.retort.op.RunJdbc}
 *     callback, which only the engine can run, on its connection
 */
public record SqlStatement(String sql, boolean transactional, boolean jdbcCallback) {
  public SqlStatement {
    Objects.requireNonNull(sql, "sql");
  }

  /** A statement that may run inside a transaction. */
  public static SqlStatement of(String sql) {
    return new SqlStatement(sql, true, false);
  }

  /** A statement the database refuses to run inside a transaction. */
  public static SqlStatement outsideTransaction(String sql) {
    return new SqlStatement(sql, false, false);
  }

  /** The marker for a JDBC callback, described for scripts and logs. */
  public static SqlStatement jdbcCallback(String description) {
    return new SqlStatement("-- JDBC callback: " + description.replace('\n', ' ').replace('\r', ' '), true, true);
  }
}
