package dev.retort.op;

import dev.retort.schema.Sequence;
import java.util.Optional;

/** Drops a sequence; keeps its definition so the drop can be undone. */
public record DropSequence(Sequence sequence) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public Optional<Operation> inverse() {
    return Optional.of(new CreateSequence(sequence));
  }

  @Override
  public boolean destructive() {
    return false;
  }

  @Override
  public String describe() {
    return "drop sequence " + sequence.name();
  }
}
