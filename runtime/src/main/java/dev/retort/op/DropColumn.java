package dev.retort.op;

import dev.retort.schema.Column;
import java.util.Optional;

/** Drops a column; keeps its definition so the drop can be undone (the values cannot). */
public record DropColumn(String table, Column column) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public Optional<Operation> inverse() {
    return Optional.of(new AddColumn(table, column));
  }

  @Override
  public boolean destructive() {
    return true;
  }

  @Override
  public String describe() {
    return "drop column " + table + "." + column.name();
  }
}
