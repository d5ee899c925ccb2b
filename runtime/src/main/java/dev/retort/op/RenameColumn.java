package dev.retort.op;

import java.util.Optional;

/** Renames a column, keeping its values. */
public record RenameColumn(String table, String from, String to) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public Optional<Operation> inverse() {
    return Optional.of(new RenameColumn(table, to, from));
  }

  @Override
  public boolean destructive() {
    return false;
  }

  @Override
  public String describe() {
    return "rename column " + table + "." + from + " to " + to;
  }
}
