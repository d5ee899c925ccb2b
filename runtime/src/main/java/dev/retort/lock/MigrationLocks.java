package dev.retort.lock;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Takes the migration lock that suits the database behind a connection. */
public final class MigrationLocks {
  static final Logger LOG = LoggerFactory.getLogger("dev.retort");

  private MigrationLocks() {}

  /**
   * Takes the lock for this version table, waiting as long as another session holds it (and
   * saying so in the log once).
   *
   * @param connection the connection the command runs on; the lock belongs to its session
   * @param versionTable the version table's name: commands on different version tables do not
   *     wait for each other
   */
  public static MigrationLock acquire(Connection connection, String versionTable) throws SQLException {
    return acquire(connection, versionTable, null);
  }

  /**
   * Like {@link #acquire(Connection, String)}, waiting at most {@code wait} (null: as long as it
   * takes).
   *
   * @throws LockTimeoutException when the lock is still taken after {@code wait}
   */
  public static MigrationLock acquire(Connection connection, String versionTable, Duration wait) throws SQLException {
    String name = "retort:" + versionTable;
    String product = connection.getMetaData().getDatabaseProductName();
    if ("PostgreSQL".equals(product)) {
      return AdvisoryLock.acquire(connection, name, wait);
    }
    if ("MySQL".equals(product) || "MariaDB".equals(product)) {
      return NamedLock.acquire(connection, name, wait);
    }
    return JvmLock.acquire(connection.getMetaData().getURL() + "|" + name, wait);
  }

  /** Pauses between two tries of a lock that has no waiting call with a time limit. */
  static void pause(Duration remaining) {
    try {
      Thread.sleep(Math.max(1, Math.min(100, remaining.toMillis())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new dev.retort.RetortException("Interrupted while waiting for the migration lock; nothing was changed.", e);
    }
  }
}
