package dev.retort.lock;

import dev.retort.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The migration lock of an H2 database that several processes can reach (a file database, which
 * {@code AUTO_SERVER} shares, or one behind an H2 server): H2 has no advisory lock, so the lock
 * is a row lock ({@code SELECT ... FOR UPDATE}) on the one row of {@code <version table>_lock},
 * held by an open transaction of the lock's own connection. The row is never marked as locked:
 * the lock is the transaction's, and ends with it, when the connection closes, or when the
 * server sees the client's socket close because its process died. The migration's connection
 * does not wait for it: H2's DDL takes no lock on that table.
 *
 * <p>The table is created (with its row) the first time, in auto-commit mode.
 */
final class RowLock implements MigrationLock {
  /** Error code of H2's "Timeout trying to lock table". */
  private static final int LOCK_TIMEOUT = 50200;
  private static final Duration ROUND = Duration.ofSeconds(10);

  private final Connection connection;
  private final String table;
  private final boolean autoCommit;
  private final long lockTimeout;

  private RowLock(Connection connection, String table, boolean autoCommit, long lockTimeout) {
    this.connection = connection;
    this.table = table;
    this.autoCommit = autoCommit;
    this.lockTimeout = lockTimeout;
  }

  /**
   * @param probe a way to open a second connection, to ask H2 who holds the lock when the wait
   *     gives up; null when there is none
   * @param wait how long to wait at most, or null to wait as long as it takes
   */
  static MigrationLock acquire(Connection connection, Dialect dialect, String versionTable,
      MigrationLocks.ConnectionSource probe, Duration wait) throws SQLException {
    String table = dialect.quoteTable(MigrationLocks.lockTableName(versionTable));
    String id = dialect.quoteName("id");
    boolean autoCommit = connection.getAutoCommit();
    long lockTimeout = number(connection, "CALL LOCK_TIMEOUT()");
    try {
      connection.setAutoCommit(true);
      try (Statement st = connection.createStatement()) {
        st.execute("CREATE TABLE IF NOT EXISTS " + table + " (" + id + " INT NOT NULL PRIMARY KEY)");
        // only when it is missing: writing the row that another session holds would wait for it
        st.execute("INSERT INTO " + table + " (" + id + ") SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM " + table
            + " WHERE " + id + " = 1)");
      } catch (SQLException e) {
        if (!"23505".equals(e.getSQLState())) { // another session made the row at the same moment
          throw e;
        }
      }
      connection.setAutoCommit(false);
      String select = "SELECT " + id + " FROM " + table + " WHERE " + id + " = 1 FOR UPDATE";
      Deadline deadline = Deadline.after(wait);
      boolean logged = false;
      while (!tryLock(connection, select, deadline.remaining(logged ? ROUND : Duration.ZERO))) {
        if (deadline.passed()) {
          String holder = probe == null ? null : holder(connection, select, probe);
          if (holder == null) {
            throw new LockTimeoutException(description(versionTable), wait);
          }
          if (!holder.startsWith(TAKEN)) {
            throw new LockTimeoutException(description(versionTable), wait, holder);
          }
          break; // it came free while H2 was asked who holds it
        }
        if (!logged || !deadline.bounded()) {
          MigrationLocks.LOG.info("{} for the migration lock ({}), which another session holds",
              logged ? "Still waiting" : "Waiting", description(versionTable));
          logged = true;
        }
      }
    } catch (SQLException | RuntimeException e) {
      restore(connection, autoCommit, lockTimeout, e);
      throw e;
    }
    return new RowLock(connection, table, autoCommit, lockTimeout);
  }

  private static final String TAKEN = "taken:";

  /** One try, waiting at most {@code wait} inside H2; false when H2's lock timeout ended it. */
  private static boolean tryLock(Connection connection, String select, Duration wait) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute("SET LOCK_TIMEOUT " + Math.max(1, wait.toMillis()));
      try (ResultSet rs = st.executeQuery(select)) {
        return rs.next();
      }
    } catch (SQLException e) {
      if (e.getErrorCode() == LOCK_TIMEOUT) {
        connection.rollback();
        return false;
      }
      throw e;
    }
  }

  /**
   * Asks H2 who holds the lock: tries once more on the lock's connection in another thread, and
   * meanwhile reads that session's {@code BLOCKER_ID} in {@code INFORMATION_SCHEMA.SESSIONS} on a
   * second connection (H2 shows other sessions to administrators only). Returns {@value #TAKEN}
   * when that last try got the lock.
   */
  private static String holder(Connection connection, String select, MigrationLocks.ConnectionSource probe) {
    ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "retort-lock-probe");
      t.setDaemon(true);
      return t;
    });
    try (Connection second = probe.get()) {
      long session = number(connection, "CALL SESSION_ID()");
      Future<Boolean> last = thread.submit(() -> tryLock(connection, select, Duration.ofMillis(1000)));
      String found = null;
      try (PreparedStatement ps = second.prepareStatement(
          "SELECT b.SESSION_ID, b.USER_NAME, b.CLIENT_ADDR, b.SESSION_START, b.SLEEP_SINCE"
              + " FROM INFORMATION_SCHEMA.SESSIONS w JOIN INFORMATION_SCHEMA.SESSIONS b ON b.SESSION_ID = w.BLOCKER_ID"
              + " WHERE w.SESSION_ID = ?")) {
        ps.setLong(1, session);
        for (int i = 0; i < 20 && found == null && !last.isDone(); i++) {
          try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
              StringBuilder b = new StringBuilder("H2 session ").append(rs.getLong(1));
              MigrationLocks.detail(b, "user", rs.getString(2));
              MigrationLocks.detail(b, "client", rs.getString(3));
              MigrationLocks.detail(b, "connected since", rs.getString(4));
              MigrationLocks.detail(b, "idle since", rs.getString(5));
              found = b.toString();
            }
          }
          if (found == null) {
            Thread.sleep(25);
          }
        }
      }
      if (last.get(5, TimeUnit.SECONDS)) {
        return TAKEN;
      }
      return found;
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return null;
    } finally {
      thread.shutdownNow();
    }
  }

  private static long number(Connection connection, String sql) throws SQLException {
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void restore(Connection connection, boolean autoCommit, long lockTimeout, Exception failure) {
    try {
      if (!connection.getAutoCommit()) {
        connection.rollback();
      }
      try (Statement st = connection.createStatement()) {
        st.execute("SET LOCK_TIMEOUT " + lockTimeout);
      }
      connection.setAutoCommit(autoCommit);
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  private static String description(String versionTable) {
    return "row lock on " + MigrationLocks.lockTableName(versionTable);
  }

  @Override
  public String describe() {
    return "row lock on " + table;
  }

  @Override
  public void close() throws SQLException {
    try {
      connection.rollback();
      try (Statement st = connection.createStatement()) {
        st.execute("SET LOCK_TIMEOUT " + lockTimeout);
      }
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }
}
