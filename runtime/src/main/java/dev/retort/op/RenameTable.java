package dev.retort.op;

import java.util.Optional;

/** Renames a table, keeping its rows. */
public record RenameTable(String from, String to) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public Optional<Operation> inverse() {
    return Optional.of(new RenameTable(to, from));
  }

  @Override
  public boolean destructive() {
    return false;
  }

  @Override
  public String describe() {
    return "rename table " + from + " to " + to;
  }
}
