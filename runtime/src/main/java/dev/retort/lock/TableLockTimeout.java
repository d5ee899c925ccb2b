package dev.retort.lock;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The bound on how long each statement of a migration waits for the table and row locks it needs
 * (not the migration lock): a migration queued behind a long transaction then fails fast instead
 * of blocking, for as long as it waits, every query that queues behind its own lock request. Set
 * on the migration's connection for the command and put back afterwards (the connection usually
 * returns to a pool):
 *
 * <ul>
 *   <li>PostgreSQL: {@code lock_timeout};
 *   <li>MySQL and MariaDB: {@code lock_wait_timeout} (metadata locks, which DDL waits for) and
 *       {@code innodb_lock_wait_timeout} (row locks), in whole seconds;
 *   <li>H2: {@code LOCK_TIMEOUT}; SQLite: {@code busy_timeout}; SQL Server: {@code LOCK_TIMEOUT}.
 * </ul>
 */
public final class TableLockTimeout implements AutoCloseable {
  private final Connection connection;
  private final String restore;
  private final String set;

  private TableLockTimeout(Connection connection, String restore, String set) {
    this.connection = connection;
    this.restore = restore;
    this.set = set;
  }

  /**
   * Bounds the lock waits of the connection's statements; {@link #close()} puts the previous bound
   * back. Call it in auto-commit mode, where PostgreSQL's setting does not belong to a
   * transaction that could roll it back.
   *
   * @param timeout the bound, or null or zero to leave the database's own setting
   */
  public static TableLockTimeout set(Connection connection, Duration timeout) throws SQLException {
    if (timeout == null || timeout.isZero() || timeout.isNegative()) {
      return new TableLockTimeout(connection, null, null);
    }
    long millis = Math.max(1, timeout.toMillis());
    long seconds = Math.max(1, (millis + 999) / 1000);
    String product = connection.getMetaData().getDatabaseProductName();
    String restore;
    String set;
    switch (product) {
      case "PostgreSQL" -> {
        restore = "SET lock_timeout = '" + text(connection, "SHOW lock_timeout").replace("'", "''") + "'";
        set = "SET lock_timeout = " + millis;
      }
      case "MySQL", "MariaDB" -> {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
            "SELECT @@SESSION.lock_wait_timeout, @@SESSION.innodb_lock_wait_timeout")) {
          rs.next();
          restore = "SET SESSION lock_wait_timeout = " + rs.getLong(1) + ", innodb_lock_wait_timeout = " + rs.getLong(2);
        }
        set = "SET SESSION lock_wait_timeout = " + seconds + ", innodb_lock_wait_timeout = " + seconds;
      }
      case "H2" -> {
        restore = "SET LOCK_TIMEOUT " + Long.parseLong(text(connection, "CALL LOCK_TIMEOUT()"));
        set = "SET LOCK_TIMEOUT " + millis;
      }
      case "SQLite" -> {
        restore = "PRAGMA busy_timeout = " + Long.parseLong(text(connection, "PRAGMA busy_timeout"));
        set = "PRAGMA busy_timeout = " + millis;
      }
      case "Microsoft SQL Server" -> {
        restore = "SET LOCK_TIMEOUT " + Long.parseLong(text(connection, "SELECT @@LOCK_TIMEOUT"));
        set = "SET LOCK_TIMEOUT " + millis;
      }
      default -> {
        return new TableLockTimeout(connection, null, null);
      }
    }
    execute(connection, set);
    return new TableLockTimeout(connection, restore, set);
  }

  /**
   * Whether a failure, or one of its causes, is a statement that gave up waiting for a lock:
   * PostgreSQL's {@code lock_not_available} (55P03), MySQL's and MariaDB's error 1205, H2's 50200,
   * SQLite's {@code SQLITE_BUSY} and {@code SQLITE_LOCKED}, SQL Server's 1222.
   */
  public static boolean isLockTimeout(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException e && isLockTimeout(e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLockTimeout(SQLException e) {
    if ("55P03".equals(e.getSQLState())) {
      return true;
    }
    String type = e.getClass().getName();
    int code = e.getErrorCode();
    if (type.startsWith("org.sqlite.")) {
      int primary = code & 0xff;
      return primary == 5 || primary == 6;
    }
    if (type.startsWith("org.h2.")) {
      return code == 50200;
    }
    if (type.startsWith("com.microsoft.sqlserver.")) {
      return code == 1222;
    }
    return code == 1205 && !type.startsWith("org.postgresql.");
  }

  private static String text(Connection connection, String sql) throws SQLException {
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute(sql);
    }
  }

  /**
   * Puts the connection's own bound back for a while, until {@link #resume()}: for statements that
   * wait for other transactions by design without blocking anyone (PostgreSQL's {@code CREATE
   * INDEX CONCURRENTLY}), which the bound would only make fail halfway. Call it in auto-commit
   * mode.
   */
  public void suspend() throws SQLException {
    if (restore != null) {
      execute(connection, restore);
    }
  }

  /** Sets the bound again after {@link #suspend()}. Call it in auto-commit mode. */
  public void resume() throws SQLException {
    if (set != null) {
      execute(connection, set);
    }
  }

  /** Puts the connection's previous bound back. Call it in auto-commit mode. */
  @Override
  public void close() throws SQLException {
    if (restore != null) {
      execute(connection, restore);
    }
  }
}
