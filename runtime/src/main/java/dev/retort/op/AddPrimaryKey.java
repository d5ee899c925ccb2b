package dev.retort.op;

import java.util.List;
import java.util.Optional;

/** Adds a primary key on the given columns. */
public record AddPrimaryKey(String table, List<String> columns) implements Operation {
  public AddPrimaryKey {
    columns = List.copyOf(columns);
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public Optional<Operation> inverse() {
    return Optional.of(new DropPrimaryKey(table, columns));
  }

  @Override
  public boolean destructive() {
    return false;
  }

  @Override
  public String describe() {
    return "add primary key " + table + columns;
  }
}
