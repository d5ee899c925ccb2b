package dev.retort.engine;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.history.VersionTable;
import dev.retort.lock.TableLockTimeout;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * One command's hold on the database: its connection (out of auto-commit mode while the command
 * runs), the dialect and the version table. The migration lock, when the command takes it, is
 * held apart, on a connection of its own (see {@link Engine}). Closing the session puts back what
 * it changed on the connection (the table lock timeout, auto-commit); the caller closes the
 * connection.
 */
final class Session implements AutoCloseable {
  final Connection connection;
  final Dialect dialect;
  final VersionTable table;
  private final boolean autoCommit;
  private TableLockTimeout lockTimeout;

  private Session(Connection connection, Dialect dialect, VersionTable table, boolean autoCommit) {
    this.connection = connection;
    this.dialect = dialect;
    this.table = table;
    this.autoCommit = autoCommit;
  }

  /** @param dialect the dialect, or null to detect it */
  static Session open(Connection connection, Dialect dialect, String versionTable) throws SQLException {
    return open(connection, dialect, versionTable, false);
  }

  /** A session that leaves the connection in auto-commit mode: each statement is its own transaction. */
  static Session openAutoCommit(Connection connection, Dialect dialect, String versionTable) throws SQLException {
    return open(connection, dialect, versionTable, true);
  }

  private static Session open(Connection connection, Dialect dialect, String versionTable, boolean autoCommit)
      throws SQLException {
    Dialect d = dialect != null ? dialect : Dialects.detect(connection);
    boolean before = connection.getAutoCommit();
    connection.setAutoCommit(autoCommit);
    return new Session(connection, d, new VersionTable(d, versionTable), before);
  }

  /**
   * Bounds how long each statement from now on waits for a table or row lock (before migrations
   * run: an up-to-date start costs nothing more). Commits what the session did so far.
   *
   * @param timeout the bound, or null or zero to leave the database's setting
   */
  void boundTableLockWaits(Duration timeout) throws SQLException {
    if (lockTimeout != null || timeout == null || timeout.isZero()) {
      return;
    }
    // in auto-commit mode, where PostgreSQL's SET belongs to no transaction that could undo it
    connection.commit();
    connection.setAutoCommit(true);
    try {
      lockTimeout = TableLockTimeout.set(connection, timeout);
    } finally {
      connection.setAutoCommit(false);
    }
  }

  /** The table lock timeout set by {@link #boundTableLockWaits}, or null. */
  TableLockTimeout lockTimeout() {
    return lockTimeout;
  }

  /** The database user, as the version table records it. */
  String user() throws SQLException {
    return connection.getMetaData().getUserName();
  }

  /**
   * Rolls back what the command left uncommitted, puts the lock timeout back, then auto-commit.
   * The command commits what it means to keep; anything still open here is the rest of one that
   * did not end, which switching auto-commit on would commit.
   */
  @Override
  public void close() throws SQLException {
    if (!connection.getAutoCommit()) {
      connection.rollback(); // outside the finally: if it fails, auto-commit must not be switched on
    }
    try {
      if (lockTimeout != null) {
        connection.setAutoCommit(true);
        lockTimeout.close();
      }
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }
}
