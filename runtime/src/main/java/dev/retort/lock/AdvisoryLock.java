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
 *
 * <p>The connection stays in auto-commit mode while it holds the lock, so it never keeps a
 * transaction open: {@code CREATE INDEX CONCURRENTLY} on the migration's own connection waits for
 * every open transaction, and would wait forever for one held open by the lock. For the same
 * reason a session that waits for the lock tries {@code pg_try_advisory_lock} again every 100 ms
 * rather than wait inside {@code pg_advisory_lock}, a statement that would stay open, with its
 * snapshot, for as long as the holder migrates.
 */
final class AdvisoryLock implements MigrationLock {
  private static final long PREFIX = 0x5245544fL << 32; // "RETO"

  private final Connection connection;
  private final long key;
  private final boolean autoCommit;

  private AdvisoryLock(Connection connection, long key, boolean autoCommit) {
    this.connection = connection;
    this.key = key;
    this.autoCommit = autoCommit;
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
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(true);
    try {
      if (!call(connection, "SELECT pg_try_advisory_lock(?)", key)) {
        Deadline deadline = Deadline.after(wait);
        String description = description(key);
        MigrationLocks.LOG.info("Waiting for the migration lock ({}), which another session holds ({})",
            description, holder(connection, key));
        // try again until the wait is over, rather than wait inside pg_advisory_lock: a statement that
        // waits is an open transaction, and the holder's CREATE INDEX CONCURRENTLY would wait for it
        do {
          if (deadline.passed()) {
            throw new LockTimeoutException(description, wait, holder(connection, key));
          }
          deadline.pause();
        } while (!call(connection, "SELECT pg_try_advisory_lock(?)", key));
      }
    } catch (SQLException | RuntimeException e) {
      restore(connection, autoCommit, e);
      throw e;
    }
    return new AdvisoryLock(connection, key, autoCommit);
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

  /**
   * The session that holds the lock, from {@code pg_locks} and {@code pg_stat_activity}: its
   * backend's process id, user, application, client address and since when it is connected (the
   * details of another user's session need {@code pg_read_all_stats}).
   */
  static String holder(Connection connection, long key) {
    String sql = "SELECT l.pid, a.usename, a.application_name, host(a.client_addr), a.backend_start, a.state_change"
        + " FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid"
        + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
        + " AND l.classid::bigint = ? AND l.objid::bigint = ?"
        + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setLong(1, key >>> 32);
      ps.setLong(2, key & 0xffffffffL);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return "PostgreSQL shows no holder: it was just released";
        }
        StringBuilder b = new StringBuilder("PostgreSQL backend ").append(rs.getLong(1));
        MigrationLocks.detail(b, "user", rs.getString(2));
        MigrationLocks.detail(b, "application", rs.getString(3));
        MigrationLocks.detail(b, "client", rs.getString(4));
        MigrationLocks.detail(b, "connected since", rs.getString(5));
        MigrationLocks.detail(b, "idle since", rs.getString(6));
        return b.toString();
      }
    } catch (SQLException e) {
      return "PostgreSQL could not say who: " + e.getMessage();
    }
  }

  private static String description(long key) {
    return "PostgreSQL advisory lock " + Long.toHexString(key);
  }

  private static void restore(Connection connection, boolean autoCommit, Exception failure) {
    try {
      connection.setAutoCommit(autoCommit);
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  @Override
  public String describe() {
    return description(key);
  }

  @Override
  public void close() throws SQLException {
    try {
      if (!call(connection, "SELECT pg_advisory_unlock(?)", key)) {
        MigrationLocks.LOG.warn("The {} was not held any more when Retort released it", describe());
      }
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }
}
