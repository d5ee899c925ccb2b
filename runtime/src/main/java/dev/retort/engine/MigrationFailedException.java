package dev.retort.engine;

import dev.retort.RetortException;
import java.util.List;

/**
 * A migration failed while it ran. The message names the revision, the operation, the statement
 * and the database's own message, and says exactly what stayed applied and what was rolled back.
 */
public class MigrationFailedException extends RetortException {

  /**
   * What happened, for the message.
   *
   * @param revision the failed revision
   * @param operation the operation that failed, described, or what the engine was doing
   * @param operationNumber its position in the migration, from 1 (0 when not an operation)
   * @param operationCount the number of operations in the migration
   * @param statement the statement that failed
   * @param database the database's name
   * @param withoutTransaction whether the migration ran without a transaction (its
   *     {@code transactional()} is false), rather than in one its database could not fully roll back
   * @param stayed statements of this migration that stay applied
   * @param rolledBack statements of this migration that ran and were rolled back
   * @param recordedAsFailed whether the version table now marks the revision as failed
   * @param deleteStatement the SQL that removes that mark
   * @param appliedEarlier revisions this run applied (or undid) before, which stay so
   * @param downgrade whether the revision was being undone
   * @param callback the JDBC callback (or the raw SQL {@code CALL} of a stored procedure) that
   *     failed and committed part of its work, or may have, described; null when none did
   * @param callbackCommitted whether it is known to have committed (rather than only may have)
   */
  public record Failure(
      String revision,
      String operation,
      int operationNumber,
      int operationCount,
      String statement,
      String database,
      boolean withoutTransaction,
      List<String> stayed,
      List<String> rolledBack,
      boolean recordedAsFailed,
      String deleteStatement,
      List<String> appliedEarlier,
      boolean downgrade,
      String callback,
      boolean callbackCommitted) {

    /** A failure no JDBC callback left anything of. */
    public Failure(String revision, String operation, int operationNumber, int operationCount, String statement,
        String database, boolean withoutTransaction, List<String> stayed, List<String> rolledBack,
        boolean recordedAsFailed, String deleteStatement, List<String> appliedEarlier, boolean downgrade) {
      this(revision, operation, operationNumber, operationCount, statement, database, withoutTransaction, stayed,
          rolledBack, recordedAsFailed, deleteStatement, appliedEarlier, downgrade, null, false);
    }
  }

  private final Failure failure;

  public MigrationFailedException(Failure failure, Throwable cause) {
    this(failure, cause, "Fix the migration, then start again.");
  }

  /** @param nextStep the message's last sentence: what to do now */
  protected MigrationFailedException(Failure failure, Throwable cause, String nextStep) {
    super(message(failure, cause, nextStep), cause);
    this.failure = failure;
  }

  public Failure failure() {
    return failure;
  }

  private static String message(Failure f, Throwable cause, String nextStep) {
    StringBuilder m = new StringBuilder(f.downgrade() ? "The downgrade of revision " : "Revision ")
        .append(f.revision()).append(" failed");
    if (f.operationNumber() > 0) {
      m.append(" at operation ").append(f.operationNumber()).append(" of ").append(f.operationCount());
    }
    // an Error's message alone ("com/example/Helper") does not say what happened; its class does
    m.append(", '").append(f.operation()).append("': ")
        .append(cause instanceof Error || cause.getMessage() == null ? cause : cause.getMessage().strip());
    if (f.statement() != null) {
      m.append("\nStatement: ").append(f.statement());
    }
    boolean left = !f.stayed().isEmpty() || f.callback() != null;
    // a stored procedure's call is taken as possibly durable the way a callback is (see JdbcExecutor)
    boolean procedure = f.callback() != null && f.statement() != null && JdbcExecutor.callsProcedure(f.statement());
    if (!left && f.withoutTransaction()) {
      m.append("\nRevision ").append(f.revision()).append(" runs without a transaction, and none of its statements ")
          .append("had completed; a statement that fails on its own can still leave something behind (a failed ")
          .append("CREATE INDEX CONCURRENTLY leaves an invalid index, which PostgreSQL names when it meets it): check ")
          .append("before starting again.");
    } else if (!left) {
      m.append("\nIts transaction was rolled back: the database is as it was before ")
          .append(f.downgrade() ? "the downgrade of revision " : "revision ").append(f.revision()).append('.');
    } else {
      if (!f.stayed().isEmpty()) {
        m.append(f.withoutTransaction()
            ? "\nRevision " + f.revision() + " runs without a transaction, so these statements stay applied:"
            : "\n" + f.database() + " commits DDL at once, so these statements of revision " + f.revision()
                + " stay applied:");
        f.stayed().forEach(s -> m.append("\n  ").append(s));
      }
      if (f.callback() != null) {
        m.append(procedure ? "\nThe procedure call '" : "\nThe JDBC callback '").append(f.callback())
            .append(f.callbackCommitted() ? "' committed part of its work before it failed: " : "' may have left changes behind: ")
            .append(f.withoutTransaction()
                ? "it ran without a transaction, so each statement it ran committed at once."
                : f.database() + " commits DDL at once, and with it everything before it in the transaction, so what "
                    + (procedure ? "the procedure changed up to its last DDL statement stays"
                        : "the callback changed up to its last DDL statement (or commit()) stays")
                    + "; the rest was rolled back.");
      }
      if (!f.stayed().isEmpty() && !f.rolledBack().isEmpty()) {
        m.append("\nThese ran after them and were rolled back:");
        f.rolledBack().forEach(s -> m.append("\n  ").append(s));
      }
      String which = procedure ? "the procedure" : "the callback";
      String what = f.stayed().isEmpty() ? "what " + which + " did"
          : f.callback() != null ? "those statements and what " + which + " did" : "those statements";
      m.append(f.recordedAsFailed() && f.downgrade()
          ? "\nThe version table marks the revision as failed, so Retort will not migrate this database until "
              + "the mark is resolved: finish undoing the revision by hand and run " + f.deleteStatement()
              + ", or restore what the downgrade undid and stamp the revision again."
          : f.recordedAsFailed()
          ? "\nThe version table marks the revision as failed, so Retort will not migrate this database until "
              + "the mark is removed: undo or finish " + what + " by hand, then run " + f.deleteStatement() + "."
          : "\nThe version table could not mark the revision as failed; undo or finish " + what + " by hand "
              + "before starting again.");
    }
    if (!f.appliedEarlier().isEmpty()) {
      m.append(f.downgrade() ? "\nRevisions undone earlier in this run stay undone: "
          : "\nRevisions applied earlier in this run stay applied: ")
          .append(String.join(", ", f.appliedEarlier())).append('.');
    }
    m.append('\n').append(nextStep);
    return m.toString();
  }
}
