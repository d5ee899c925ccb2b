package dev.retort.op;

import dev.retort.schema.Index;
import java.util.Optional;

/** Creates an index. */
public record CreateIndex(Index index) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public Optional<Operation> inverse() {
    return Optional.of(new DropIndex(index));
  }

  @Override
  public boolean destructive() {
    return false;
  }

  @Override
  public String describe() {
    return "create index " + index.name() + " on " + index.table();
  }
}
