package dev.retort.dialect;

import dev.retort.RetortException;
import dev.retort.op.Operation;

/** A dialect cannot express an operation on its database. */
public class UnsupportedByDialectException extends RetortException {
  private final String database;
  private final Operation operation;

  public UnsupportedByDialectException(String database, Operation operation, String reason) {
    super(database + " cannot " + operation.describe() + ": " + reason + ". Write this change by "
        + "hand for " + database + " with op.sql(\"...\") in the migration's upgrade() (and its "
        + "inverse in downgrade()), or change the mapping so the operation is not needed.");
    this.database = database;
    this.operation = operation;
  }

  public String database() {
    return database;
  }

  public Operation operation() {
    return operation;
  }
}
