package dev.retort.op;

import dev.retort.schema.CheckConstraint;
import java.util.Optional;

/** Adds a named check constraint. */
public record AddCheck(String table, CheckConstraint check) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public Optional<Operation> inverse() {
    return Optional.of(new DropCheck(table, check));
  }

  @Override
  public boolean destructive() {
    return false;
  }

  @Override
  public String describe() {
    return "add check " + check.name() + " on " + table;
  }
}
