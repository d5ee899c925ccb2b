package dev.retort.op;

import java.util.Objects;
import java.util.Optional;

/**
 * Raw SQL written by hand: the escape hatch for data migrations. It is never generated for a
 * schema change. Give {@code downgradeSql} to make it reversible.
 *
 * @param sql the statement to run
 * @param downgradeSql the statement that undoes it, or null when it cannot be undone
 */
public record ExecuteSql(String sql, String downgradeSql) implements Operation {
  public ExecuteSql {
    Objects.requireNonNull(sql, "sql");
    if (sql.isBlank()) {
      throw new IllegalArgumentException("empty SQL statement");
    }
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public Optional<Operation> inverse() {
    return downgradeSql == null ? Optional.empty() : Optional.of(new ExecuteSql(downgradeSql, sql));
  }

  /** Hand-written SQL may do anything; the developer who wrote it has already reviewed it. */
  @Override
  public boolean destructive() {
    return false;
  }

  @Override
  public String describe() {
    String firstLine = sql.strip().lines().findFirst().orElse("");
    return "sql: " + (firstLine.length() > 60 ? firstLine.substring(0, 57) + "..." : firstLine);
  }
}
