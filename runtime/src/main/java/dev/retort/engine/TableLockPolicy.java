package dev.retort.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * How a migration's statements wait for the table and row locks they need, and how often a
 * migration that gave up waiting is tried again. See {@link dev.retort.Migrator#withTableLockTimeout}.
 *
 * @param timeout how long each statement waits for a lock before it fails (PostgreSQL's {@code
 *     lock_timeout}, MySQL's and MariaDB's {@code lock_wait_timeout}, ...); zero leaves the
 *     database's own setting
 * @param retries how many more times a migration that failed only because a statement waited too
 *     long, with nothing of it left applied, is tried again
 * @param pause the pause before each retry, so the transactions queued behind the migration's
 *     lock request can run
 */
public record TableLockPolicy(Duration timeout, int retries, Duration pause) {
  /** Five seconds per statement, three retries five seconds apart. */
  public static final TableLockPolicy DEFAULT = new TableLockPolicy(Duration.ofSeconds(5), 3, Duration.ofSeconds(5));

  public TableLockPolicy {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(pause, "pause");
    if (timeout.isNegative() || pause.isNegative() || retries < 0) {
      throw new IllegalArgumentException("the table lock timeout, the retries and the pause must not be negative");
    }
  }

  public TableLockPolicy withTimeout(Duration timeout) {
    return new TableLockPolicy(timeout, retries, pause);
  }

  public TableLockPolicy withRetries(int retries, Duration pause) {
    return new TableLockPolicy(timeout, retries, pause);
  }
}
