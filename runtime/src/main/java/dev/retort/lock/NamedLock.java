package dev.retort.lock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * MySQL's and MariaDB's named lock ({@code GET_LOCK}), held by the session until {@code
 * RELEASE_LOCK} or until the session ends. Names longer than MySQL's 64 characters are cut and
 * given the hash of the whole name. The connection stays in auto-commit mode while it holds the
 * lock, so it keeps no transaction (and no metadata lock) open.
 */
final class NamedLock implements MigrationLock {
  private static final int MAX_NAME = 64;
  private static final int WAIT_SECONDS = 60;

  private final Connection connection;
  private final String name;
  private final boolean autoCommit;

  private NamedLock(Connection connection, String name, boolean autoCommit) {
    this.connection = connection;
    this.name = name;
    this.autoCommit = autoCommit;
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
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(true);
    try {
      Deadline deadline = Deadline.after(wait);
      // MariaDB answers NULL to a negative ("infinite") timeout, so wait in rounds of at most a minute
      for (int round = 0; getLock(connection, name, round == 0 ? 0 : seconds(deadline)) != 1; round++) {
        if (deadline.passed()) {
          throw new LockTimeoutException("named lock " + name, wait, holder(connection, name));
        }
        if (round == 0 || !deadline.bounded()) {
          MigrationLocks.LOG.info("{} for the migration lock (named lock {}), which another session holds ({})",
              round == 0 ? "Waiting" : "Still waiting", name, holder(connection, name));
        }
      }
    } catch (SQLException | RuntimeException e) {
      try {
        connection.setAutoCommit(autoCommit);
      } catch (SQLException restore) {
        e.addSuppressed(restore);
      }
      throw e;
    }
    return new NamedLock(connection, name, autoCommit);
  }

  /** The whole seconds left until the deadline, at least one, at most a minute (GET_LOCK counts in seconds). */
  private static int seconds(Deadline deadline) {
    long left = deadline.remaining(Duration.ofSeconds(WAIT_SECONDS)).toMillis();
    return (int) Math.max(1, (left + 999) / 1000);
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

  /**
   * The session that holds the lock: {@code IS_USED_LOCK} gives its connection id, the process
   * list its user, client host and what it does (another user's session needs the PROCESS
   * privilege to be seen).
   */
  static String holder(Connection connection, String name) {
    try {
      long id;
      try (PreparedStatement ps = connection.prepareStatement("SELECT IS_USED_LOCK(?)")) {
        ps.setString(1, name);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          id = rs.getLong(1);
          if (rs.wasNull()) {
            return "the database shows no holder: it was just released";
          }
        }
      }
      StringBuilder b = new StringBuilder("connection ").append(id);
      try (PreparedStatement ps = connection.prepareStatement(
          "SELECT USER, HOST, COMMAND, TIME FROM information_schema.PROCESSLIST WHERE ID = ?")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            MigrationLocks.detail(b, "user", rs.getString(1));
            MigrationLocks.detail(b, "client", rs.getString(2));
            MigrationLocks.detail(b, "doing", rs.getString(3));
            MigrationLocks.detail(b, "for", rs.getString(4) + " s");
          }
        }
      }
      return b.toString();
    } catch (SQLException e) {
      return "the database could not say who: " + e.getMessage();
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
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }
}
