package dev.retort.op;

import dev.retort.schema.Table;
import java.util.Optional;

/** Creates a table with its columns, primary key, unique and check constraints (and any foreign keys and indexes it lists). */
public record CreateTable(Table table) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public Optional<Operation> inverse() {
    return Optional.of(new DropTable(table));
  }

  @Override
  public boolean destructive() {
    return false;
  }

  @Override
  public String describe() {
    return "create table " + table.name();
  }
}
