package dev.retort.op;

import java.util.List;
import java.util.Optional;

/** Drops a table's primary key; {@code columns} is the key being dropped. */
public record DropPrimaryKey(String table, List<String> columns) implements Operation {
  public DropPrimaryKey {
    columns = List.copyOf(columns);
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public Optional<Operation> inverse() {
    return Optional.of(new AddPrimaryKey(table, columns));
  }

  @Override
  public boolean destructive() {
    return false;
  }

  @Override
  public String describe() {
    return "drop primary key " + table + columns;
  }
}
