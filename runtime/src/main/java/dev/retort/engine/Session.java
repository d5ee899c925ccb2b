package dev.retort.engine;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.history.VersionTable;
import dev.retort.lock.MigrationLock;
import dev.retort.lock.MigrationLocks;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * One command's hold on the database: its connection (out of auto-commit mode while the command
 * runs), the dialect, the version table, and, for a command that changes the database, the
 * migration lock. Closing it gives the lock back and restores the connection's auto-commit
 * setting; the caller closes the connection.
 */
final class Session implements AutoCloseable {
  final Connection connection;
  final Dialect dialect;
  final VersionTable table;
  private final boolean autoCommit;
  private final MigrationLock lock;

  private Session(Connection connection, Dialect dialect, VersionTable table, boolean autoCommit, MigrationLock lock) {
    this.connection = connection;
    this.dialect = dialect;
    this.table = table;
    this.autoCommit = autoCommit;
    this.lock = lock;
  }

  /**
   * @param dialect the dialect, or null to detect it
   * @param locked whether to take the migration lock (before anything is read)
   */
  static Session open(Connection connection, Dialect dialect, String versionTable, boolean locked) throws SQLException {
    return open(connection, dialect, versionTable, locked, null);
  }

  /** @param lockWait how long to wait for the lock at most, or null to wait as long as it takes */
  static Session open(Connection connection, Dialect dialect, String versionTable, boolean locked, Duration lockWait)
      throws SQLException {
    Dialect d = dialect != null ? dialect : Dialects.detect(connection);
    boolean autoCommit = connection.getAutoCommit();
    MigrationLock lock = locked ? MigrationLocks.acquire(connection, versionTable, lockWait) : null;
    try {
      connection.setAutoCommit(false);
    } catch (SQLException | RuntimeException e) {
      if (lock != null) {
        lock.close();
      }
      throw e;
    }
    return new Session(connection, d, new VersionTable(d, versionTable), autoCommit, lock);
  }

  /** The database user, as the version table records it. */
  String user() throws SQLException {
    return connection.getMetaData().getUserName();
  }

  /** Gives the lock back (ending the transaction its statement may open), then restores auto-commit. */
  @Override
  public void close() throws SQLException {
    try {
      if (lock != null) {
        lock.close();
        connection.commit();
      }
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }
}
