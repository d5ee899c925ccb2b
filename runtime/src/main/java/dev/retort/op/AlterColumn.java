package dev.retort.op;

import dev.retort.schema.Column;
import java.util.Optional;

/** Changes a column's type, nullability, identity or default; {@code from} is the column before. */
public record AlterColumn(String table, Column from, Column to) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public Optional<Operation> inverse() {
    return Optional.of(new AlterColumn(table, to, from));
  }

  @Override
  public boolean destructive() {
    return from.type().narrowsTo(to.type()) || (from.nullable() && !to.nullable());
  }

  @Override
  public String describe() {
    return "alter column " + table + "." + to.name();
  }
}
