package dev.retort.lock;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A lock inside this JVM, keyed by the database URL and the lock's name: for databases without a
 * session lock Retort knows (H2, ...). It serializes the threads of one process, not separate
 * processes.
 */
final class JvmLock implements MigrationLock {
  private static final ConcurrentMap<String, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

  private final ReentrantLock lock;

  private JvmLock(ReentrantLock lock) {
    this.lock = lock;
  }

  static MigrationLock acquire(String key) {
    return acquire(key, null);
  }

  /** @param wait how long to wait at most, or null to wait as long as it takes */
  static MigrationLock acquire(String key, Duration wait) {
    ReentrantLock lock = LOCKS.computeIfAbsent(key, k -> new ReentrantLock());
    if (!lock.tryLock()) {
      MigrationLocks.LOG.info("Waiting for another thread of this process to finish migrating");
      if (wait == null) {
        lock.lock();
      } else if (!tryLock(lock, wait)) {
        throw new LockTimeoutException("lock inside this JVM", wait);
      }
    }
    return new JvmLock(lock);
  }

  private static boolean tryLock(ReentrantLock lock, Duration wait) {
    try {
      return lock.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new dev.retort.RetortException("Interrupted while waiting for the migration lock; nothing was changed.", e);
    }
  }

  @Override
  public String describe() {
    return "lock inside this JVM";
  }

  @Override
  public void close() {
    lock.unlock();
  }
}
