package dev.retort.op;

import dev.retort.schema.UniqueConstraint;
import java.util.Optional;

/** Drops a named unique constraint. */
public record DropUnique(String table, UniqueConstraint constraint) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public Optional<Operation> inverse() {
    return Optional.of(new AddUnique(table, constraint));
  }

  @Override
  public boolean destructive() {
    return false;
  }

  @Override
  public String describe() {
    return "drop unique " + constraint.name() + " on " + table;
  }
}
