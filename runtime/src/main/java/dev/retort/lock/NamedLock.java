package dev.retort.lock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * MySQL's and MariaDB's named lock ({@code GET_LOCK}), held by the session until {@code
 * RELEASE_LOCK} or until the session ends. Names longer than MySQL's 64 characters are cut and
 * given the hash of the whole name.
 */
final class NamedLock implements MigrationLock {
  private static final int MAX_NAME = 64;
  private static final int WAIT_SECONDS = 60;

  private final Connection connection;
  private final String name;

  private NamedLock(Connection connection, String name) {
    this.connection = connection;
    this.name = name;
  }

  static String lockName(String name) {
    if (name.length() <= MAX_NAME) {
      return name;
    }
    String hash = Integer.toHexString(name.hashCode());
    return name.substring(0, MAX_NAME - hash.length() - 1) + "#" + hash;
  }

  static MigrationLock acquire(Connection connection, String fullName) throws SQLException {
    return acquire(connection, fullName, null);
  }

  /** @param wait how long to wait at most, or null to wait as long as it takes */
  static MigrationLock acquire(Connection connection, String fullName, Duration wait) throws SQLException {
    String name = lockName(fullName);
    if (wait != null) {
      long deadline = System.nanoTime() + wait.toNanos();
      for (int round = 0; getLock(connection, name, round == 0 ? 0 : seconds(deadline)) != 1; round++) {
        if (System.nanoTime() >= deadline) {
          throw new LockTimeoutException("named lock " + name, wait);
        }
        if (round == 0) {
          MigrationLocks.LOG.info("Waiting for another session to finish migrating (named lock {})", name);
        }
      }
      return new NamedLock(connection, name);
    }
    // MariaDB answers NULL to a negative ("infinite") timeout, so wait in rounds of a minute
    for (int round = 0; getLock(connection, name, round == 0 ? 0 : WAIT_SECONDS) != 1; round++) {
      MigrationLocks.LOG.info("{} for another session to finish migrating (named lock {})",
          round == 0 ? "Waiting" : "Still waiting", name);
    }
    return new NamedLock(connection, name);
  }

  /** The whole seconds left until the deadline, at least one (GET_LOCK counts in seconds). */
  private static int seconds(long deadline) {
    long left = deadline - System.nanoTime();
    return (int) Math.max(1, Math.min(WAIT_SECONDS, (left + 999_999_999L) / 1_000_000_000L));
  }

  /** 1 when taken, 0 on timeout; NULL (an error such as a killed wait) is an exception. */
  private static long getLock(Connection connection, String name, int timeout) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
      ps.setString(1, name);
      ps.setInt(2, timeout);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        long result = rs.getLong(1);
        if (rs.wasNull()) {
          throw new SQLException("GET_LOCK('" + name + "', " + timeout + ") returned NULL");
        }
        return result;
      }
    }
  }

  @Override
  public String describe() {
    return "named lock " + name;
  }

  @Override
  public void close() throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
      ps.setString(1, name);
      ps.executeQuery().close();
    }
  }
}
