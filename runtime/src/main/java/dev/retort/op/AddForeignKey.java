package dev.retort.op;

import dev.retort.schema.ForeignKey;
import java.util.Optional;

/** Adds a foreign key to a table. */
public record AddForeignKey(String table, ForeignKey foreignKey) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public Optional<Operation> inverse() {
    return Optional.of(new DropForeignKey(table, foreignKey));
  }

  @Override
  public boolean destructive() {
    return false;
  }

  @Override
  public String describe() {
    return "add foreign key " + foreignKey.name() + " on " + table;
  }
}
