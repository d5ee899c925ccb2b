package dev.retort.op;

import dev.retort.schema.Sequence;
import java.util.Optional;

/** Changes a sequence's increment (JPA's allocation size); {@code from} is the sequence before. */
public record AlterSequence(Sequence from, Sequence to) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public Optional<Operation> inverse() {
    return Optional.of(new AlterSequence(to, from));
  }

  @Override
  public boolean destructive() {
    return false;
  }

  @Override
  public String describe() {
    return "alter sequence " + to.name();
  }
}
