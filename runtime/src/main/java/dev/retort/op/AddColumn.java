package dev.retort.op;

import dev.retort.schema.Column;
import java.util.Optional;

/** Adds a column to a table. */
public record AddColumn(String table, Column column) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public Optional<Operation> inverse() {
    return Optional.of(new DropColumn(table, column));
  }

  @Override
  public boolean destructive() {
    return false;
  }

  @Override
  public String describe() {
    return "add column " + table + "." + column.name();
  }
}
