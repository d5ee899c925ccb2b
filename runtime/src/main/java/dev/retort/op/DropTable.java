package dev.retort.op;

import dev.retort.schema.Table;
import java.util.Optional;

/** Drops a table; keeps its definition so the drop can be undone (the rows cannot). */
public record DropTable(Table table) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public Optional<Operation> inverse() {
    return Optional.of(new CreateTable(table));
  }

  @Override
  public boolean destructive() {
    return true;
  }

  @Override
  public String describe() {
    return "drop table " + table.name();
  }
}
