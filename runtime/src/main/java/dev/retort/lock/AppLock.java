package dev.retort.lock;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;

/**
 * SQL Server's application lock ({@code sp_getapplock} with {@code @LockOwner = 'Session'}),
 * held by the session until {@code sp_releaseapplock} or until the session ends. The connection
 * stays in auto-commit mode while it holds it.
 */
final class AppLock implements MigrationLock {
  private static final int MAX_NAME = 255;
  private static final int ROUND_MILLIS = 60_000;

  private final Connection connection;
  private final String name;
  private final boolean autoCommit;

  private AppLock(Connection connection, String name, boolean autoCommit) {
    this.connection = connection;
    this.name = name;
    this.autoCommit = autoCommit;
  }

  /** @param wait how long to wait at most, or null to wait as long as it takes */
  static MigrationLock acquire(Connection connection, String fullName, Duration wait) throws SQLException {
    String name = fullName.length() <= MAX_NAME ? fullName
        : fullName.substring(0, MAX_NAME - 9) + "#" + Integer.toHexString(fullName.hashCode());
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(true);
    try {
      Deadline deadline = Deadline.after(wait);
      for (int round = 0; getLock(connection, name, round == 0 ? 0 : millis(deadline)) < 0; round++) {
        if (deadline.passed()) {
          throw new LockTimeoutException("application lock " + name, wait, holder(connection, name));
        }
        if (round == 0 || !deadline.bounded()) {
          MigrationLocks.LOG.info("{} for the migration lock (application lock {}), which another session holds ({})",
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
    return new AppLock(connection, name, autoCommit);
  }

  private static int millis(Deadline deadline) {
    return (int) Math.max(1, deadline.remaining(Duration.ofMillis(ROUND_MILLIS)).toMillis());
  }

  /** sp_getapplock's result: 0 or 1 when granted, -1 on timeout, lower on an error. */
  private static int getLock(Connection connection, String name, int timeoutMillis) throws SQLException {
    try (CallableStatement cs = connection.prepareCall(
        "{? = call sp_getapplock(@Resource = ?, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = ?)}")) {
      cs.registerOutParameter(1, Types.INTEGER);
      cs.setString(2, name);
      cs.setInt(3, timeoutMillis);
      cs.execute();
      int result = cs.getInt(1);
      if (result < -1) {
        throw new SQLException("sp_getapplock('" + name + "') returned " + result);
      }
      return result;
    }
  }

  /** The session that holds the lock, from {@code sys.dm_tran_locks} and {@code sys.dm_exec_sessions}. */
  static String holder(Connection connection, String name) {
    String sql = "SELECT TOP 1 l.request_session_id, s.login_name, s.host_name, s.program_name, s.login_time"
        + " FROM sys.dm_tran_locks l LEFT JOIN sys.dm_exec_sessions s ON s.session_id = l.request_session_id"
        + " WHERE l.resource_type = 'APPLICATION' AND l.request_status = 'GRANT'"
        + " AND l.resource_database_id = DB_ID() AND l.resource_description LIKE ?";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, "%" + name.substring(0, Math.min(32, name.length())).replace("[", "[[]").replace("%", "[%]")
          .replace("_", "[_]") + "%");
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return "SQL Server shows no holder it lets this user see";
        }
        StringBuilder b = new StringBuilder("session ").append(rs.getInt(1));
        MigrationLocks.detail(b, "login", rs.getString(2));
        MigrationLocks.detail(b, "client", rs.getString(3));
        MigrationLocks.detail(b, "program", rs.getString(4));
        MigrationLocks.detail(b, "connected since", rs.getString(5));
        return b.toString();
      }
    } catch (SQLException e) {
      return "SQL Server could not say who: " + e.getMessage();
    }
  }

  @Override
  public String describe() {
    return "application lock " + name;
  }

  @Override
  public void close() throws SQLException {
    try (CallableStatement cs = connection.prepareCall(
        "{call sp_releaseapplock(@Resource = ?, @LockOwner = 'Session')}")) {
      cs.setString(1, name);
      cs.execute();
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }
}
