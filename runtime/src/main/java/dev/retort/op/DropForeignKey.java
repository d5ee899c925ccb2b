package dev.retort.op;

import dev.retort.schema.ForeignKey;
import java.util.Optional;

/** Drops a foreign key. */
public record DropForeignKey(String table, ForeignKey foreignKey) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public Optional<Operation> inverse() {
    return Optional.of(new AddForeignKey(table, foreignKey));
  }

  @Override
  public boolean destructive() {
    return false;
  }

  @Override
  public String describe() {
    return "drop foreign key " + foreignKey.name() + " on " + table;
  }
}
