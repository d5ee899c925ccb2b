package dev.retort.lock;

import dev.retort.RetortException;
import java.time.Duration;

/**
 * The migration lock stayed taken for longer than the command was allowed to wait (see {@link
 * dev.retort.Migrator#withLockWait}). Nothing was changed. The message names the lock and, where
 * the database can tell, the session that holds it.
 */
public final class LockTimeoutException extends RetortException {
  private final Duration waited;
  private final String holder;

  LockTimeoutException(String lock, Duration waited) {
    this(lock, waited, null);
  }

  /**
   * @param holder who holds the lock, as the database tells it ("PostgreSQL backend 4242 of user
   *     app, ..."), or null when it cannot tell
   */
  LockTimeoutException(String lock, Duration waited, String holder) {
    super("Retort waited " + waited.toMillis() + " ms for the migration lock (" + lock + "), which another "
        + "session holds" + (holder == null ? "" : " (" + holder + ")") + ", and gave up; nothing was changed. "
        + "Another instance is probably migrating this database: start again once it is done, or allow a longer "
        + "wait (Migrator.withLockWait, retort.lock-wait in Spring Boot). A session that died releases the lock "
        + "when its connection closes; nothing has to be unlocked by hand.");
    this.waited = waited;
    this.holder = holder;
  }

  /** How long it waited. */
  public Duration waited() {
    return waited;
  }

  /** Who holds the lock, as the database told it; null when it cannot tell. */
  public String holder() {
    return holder;
  }
}
