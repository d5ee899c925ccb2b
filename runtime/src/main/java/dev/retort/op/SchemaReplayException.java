package dev.retort.op;

import dev.retort.RetortException;

/** An operation does not fit the schema it is replayed onto. */
public class SchemaReplayException extends RetortException {
  private final int index;
  private final Operation operation;

  public SchemaReplayException(int index, Operation operation, String reason) {
    super("Operation " + (index + 1) + " (" + operation.describe() + ") does not fit the schema: "
        + reason + ". The migrations and the schema they are checked against disagree; find "
        + "the migration that holds this operation and correct it, or the snapshot.");
    this.index = index;
    this.operation = operation;
  }

  /** The position of the operation in the replayed list, from 0. */
  public int index() {
    return index;
  }

  public Operation operation() {
    return operation;
  }
}
