package dev.retort;

/** A downgrade was asked of a migration that cannot be undone. */
public class IrreversibleMigrationException extends RetortException {
  public IrreversibleMigrationException(String revision, String operation) {
    super("Revision " + revision + " cannot be downgraded: its operation '" + operation
        + "' has no inverse. Override downgrade() in that migration to say how to undo it, "
        + "or stop the downgrade above this revision.");
  }
}
