package dev.retort.op;

import dev.retort.schema.UniqueConstraint;
import java.util.Optional;

/** Adds a named unique constraint. */
public record AddUnique(String table, UniqueConstraint constraint) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public Optional<Operation> inverse() {
    return Optional.of(new DropUnique(table, constraint));
  }

  @Override
  public boolean destructive() {
    return false;
  }

  @Override
  public String describe() {
    return "add unique " + constraint.name() + " on " + table;
  }
}
