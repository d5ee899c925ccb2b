package dev.retort.op;

import dev.retort.schema.Sequence;
import java.util.Optional;

/** Creates a sequence. */
public record CreateSequence(Sequence sequence) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public Optional<Operation> inverse() {
    return Optional.of(new DropSequence(sequence));
  }

  @Override
  public boolean destructive() {
    return false;
  }

  @Override
  public String describe() {
    return "create sequence " + sequence.name();
  }
}
