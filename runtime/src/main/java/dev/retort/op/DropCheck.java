package dev.retort.op;

import dev.retort.schema.CheckConstraint;
import java.util.Optional;

/** Drops a named check constraint. */
public record DropCheck(String table, CheckConstraint check) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public Optional<Operation> inverse() {
    return Optional.of(new AddCheck(table, check));
  }

  @Override
  public boolean destructive() {
    return false;
  }

  @Override
  public String describe() {
    return "drop check " + check.name() + " on " + table;
  }
}
