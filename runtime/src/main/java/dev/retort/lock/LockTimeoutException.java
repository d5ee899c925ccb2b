package dev.retort.lock;

import dev.retort.RetortException;
import java.time.Duration;

/**
 * The migration lock stayed taken for longer than the command was allowed to wait (see {@link
 * dev.retort.Migrator#withLockWait}). Nothing was changed.
 */
public final class LockTimeoutException extends RetortException {
  private final Duration waited;

  LockTimeoutException(String lock, Duration waited) {
    super("Retort waited " + waited.toMillis() + " ms for the migration lock (" + lock + "), which another "
        + "session holds, and gave up; nothing was changed. Another instance is probably migrating this "
        + "database: start again once it is done, or allow a longer wait (Migrator.withLockWait, retort.lock-wait "
        + "in Spring Boot). A session that died releases the lock when its connection closes.");
    this.waited = waited;
  }

  /** How long it waited. */
  public Duration waited() {
    return waited;
  }
}
