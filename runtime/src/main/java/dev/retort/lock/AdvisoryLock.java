package dev.retort.lock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * PostgreSQL's session-level advisory lock, on a 64-bit key made of "RETO" and the hash of the
 * lock's name. It is released by {@code pg_advisory_unlock}, or by the server when the session
 * ends, so a process that dies while migrating never leaves the lock behind.
 */
final class AdvisoryLock implements MigrationLock {
  private static final long PREFIX = 0x5245544fL << 32; // "RETO"

  private final Connection connection;
  private final long key;

  private AdvisoryLock(Connection connection, long key) {
    this.connection = connection;
    this.key = key;
  }

  static long key(String name) {
    return PREFIX | (name.hashCode() & 0xffffffffL);
  }

  static MigrationLock acquire(Connection connection, String name) throws SQLException {
    return acquire(connection, name, null);
  }

  /** @param wait how long to wait at most, or null to wait as long as it takes */
  static MigrationLock acquire(Connection connection, String name, Duration wait) throws SQLException {
    long key = key(name);
    if (!call(connection, "SELECT pg_try_advisory_lock(?)", key)) {
      MigrationLocks.LOG.info("Waiting for another session to finish migrating (PostgreSQL advisory lock {})",
          Long.toHexString(key));
      if (wait == null) {
        call(connection, "SELECT pg_advisory_lock(?)", key);
      } else {
        // pg_advisory_lock has no time limit of its own: try again until the wait is over
        long deadline = System.nanoTime() + wait.toNanos();
        do {
          long remaining = deadline - System.nanoTime();
          if (remaining <= 0) {
            throw new LockTimeoutException("PostgreSQL advisory lock " + Long.toHexString(key), wait);
          }
          MigrationLocks.pause(Duration.ofNanos(remaining));
        } while (!call(connection, "SELECT pg_try_advisory_lock(?)", key));
      }
    }
    return new AdvisoryLock(connection, key);
  }

  private static boolean call(Connection connection, String sql, long key) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setLong(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        Object result = rs.getObject(1);
        return !(result instanceof Boolean b) || b;
      }
    }
  }

  @Override
  public String describe() {
    return "PostgreSQL advisory lock " + Long.toHexString(key);
  }

  @Override
  public void close() throws SQLException {
    call(connection, "SELECT pg_advisory_unlock(?)", key);
  }
}
