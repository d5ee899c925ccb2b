package dev.retort.op;

import java.util.Objects;
import java.util.Optional;

/**
 * A JDBC callback: the escape hatch for data migrations that SQL alone cannot express. It cannot
 * be rendered as an offline script, and it has no inverse unless the migration's
 * {@code downgrade} provides one.
 *
 * @param description what the callback does, for logs, scripts and the checksum
 * @param work the code to run
 */
public record RunJdbc(String description, JdbcWork work) implements Operation {
  public RunJdbc {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(work, "work");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public Optional<Operation> inverse() {
    return Optional.empty();
  }

  @Override
  public boolean destructive() {
    return false;
  }

  @Override
  public String describe() {
    return "jdbc: " + description;
  }
}
