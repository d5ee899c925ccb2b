package dev.retort.engine;

import java.time.Duration;

/**
 * A migration failed because one of its statements waited longer than the table lock timeout for
 * a lock another transaction holds (see {@link dev.retort.Migrator#withTableLockTimeout}), after
 * every retry. The message says what stayed, as any {@link MigrationFailedException}'s does, and
 * how to find the transaction in the way.
 */
public final class TableLockTimeoutException extends MigrationFailedException {
  private final int attempts;

  TableLockTimeoutException(Failure failure, Throwable cause, int attempts, TableLockPolicy policy) {
    super(failure, cause, nextStep(failure, attempts, policy));
    this.attempts = attempts;
  }

  /** How many times the migration was tried. */
  public int attempts() {
    return attempts;
  }

  private static String nextStep(Failure f, int attempts, TableLockPolicy policy) {
    String timeout = policy.timeout().isZero() ? "the database's own lock timeout"
        : "the table lock timeout of " + millis(policy.timeout());
    String tries = attempts == 1 ? "It was tried once" : "It was tried " + attempts + " times, "
        + millis(policy.pause()) + " apart";
    String find = switch (f.database()) {
      case "PostgreSQL" -> " (SELECT pid, state, xact_start, query FROM pg_stat_activity WHERE xact_start IS NOT NULL "
          + "ORDER BY xact_start)";
      case "MySQL", "MariaDB" -> " (SELECT * FROM information_schema.PROCESSLIST ORDER BY TIME DESC, or "
          + "information_schema.INNODB_TRX)";
      case "H2" -> " (SELECT * FROM INFORMATION_SCHEMA.SESSIONS WHERE CONTAINS_UNCOMMITTED)";
      default -> "";
    };
    return "A statement waited longer than " + timeout + " for a lock that another transaction holds on the table "
        + "(a long transaction, or one left open). " + tries + ". Instead of waiting on, it gave up, so that the "
        + "queries queued behind its lock request could go on. Find the transaction in the way" + find
        + " and end it, " + (f.stayed().isEmpty() ? "or start again when it is done" : "then resolve what stayed as said above")
        + "; Migrator.withTableLockTimeout and withTableLockRetries change the bound.";
  }

  private static String millis(Duration d) {
    return d.toMillis() + " ms";
  }
}
