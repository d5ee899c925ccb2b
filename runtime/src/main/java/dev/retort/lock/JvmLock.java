package dev.retort.lock;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A lock inside this JVM, keyed by the database and the lock's name: for a database only this
 * process can reach (an in-memory H2 or SQLite database), where it is exact and costs no round
 * trip, and in front of {@link FileLock}, which serializes processes but not the threads of one.
 * It ends with the process.
 */
final class JvmLock implements MigrationLock {
  private static final ConcurrentMap<String, Holder> LOCKS = new ConcurrentHashMap<>();

  /** The lock and who holds it, for the message of a thread that waits too long. */
  private static final class Holder {
    final ReentrantLock lock = new ReentrantLock();
    volatile String owner;
  }

  private final Holder holder;
  private final String description;

  private JvmLock(Holder holder, String description) {
    this.holder = holder;
    this.description = description;
  }

  static MigrationLock acquire(String key) {
    return acquire(key, null);
  }

  /** @param wait how long to wait at most, or null to wait as long as it takes */
  static MigrationLock acquire(String key, Duration wait) {
    return acquire(key, wait, "lock inside this JVM");
  }

  static MigrationLock acquire(String key, Duration wait, String description) {
    Holder holder = LOCKS.computeIfAbsent(key, k -> new Holder());
    if (!holder.lock.tryLock()) {
      MigrationLocks.LOG.info("Waiting for the migration lock ({}), which another thread of this process holds ({})",
          description, holder.owner);
      if (!Deadline.after(wait).bounded()) {
        holder.lock.lock();
      } else if (!tryLock(holder.lock, wait)) {
        throw new LockTimeoutException(description, wait, holder.owner);
      }
    }
    holder.owner = "thread '" + Thread.currentThread().getName() + "' of this process, since " + Instant.now();
    return new JvmLock(holder, description);
  }

  private static boolean tryLock(ReentrantLock lock, Duration wait) {
    try {
      return lock.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Deadline.interrupted(e);
    }
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public void close() {
    holder.owner = null;
    holder.lock.unlock();
  }
}
