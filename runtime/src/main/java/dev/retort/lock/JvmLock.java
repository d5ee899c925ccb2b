package dev.retort.lock;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
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
    ReentrantLock lock = LOCKS.computeIfAbsent(key, k -> new ReentrantLock());
    if (!lock.tryLock()) {
      MigrationLocks.LOG.info("Waiting for another thread of this process to finish migrating");
      lock.lock();
    }
    return new JvmLock(lock);
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
