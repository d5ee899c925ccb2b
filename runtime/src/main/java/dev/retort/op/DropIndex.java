package dev.retort.op;

import dev.retort.schema.Index;
import java.util.Optional;

/** Drops an index; keeps its definition so the drop can be undone. */
public record DropIndex(Index index) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public Optional<Operation> inverse() {
    return Optional.of(new CreateIndex(index));
  }

  @Override
  public boolean destructive() {
    return false;
  }

  @Override
  public String describe() {
    return "drop index " + index.name() + " on " + index.table();
  }
}
