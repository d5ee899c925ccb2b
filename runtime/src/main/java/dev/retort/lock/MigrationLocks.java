package dev.retort.lock;

import dev.retort.dialect.Dialects;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Takes the migration lock that suits the database: see {@link dev.retort.lock} for which. */
public final class MigrationLocks {
  static final Logger LOG = LoggerFactory.getLogger("dev.retort");

  private MigrationLocks() {}

  /** Opens a connection; {@link DataSource#getConnection()} fits. */
  @FunctionalInterface
  interface ConnectionSource {
    Connection get() throws SQLException;
  }

  /**
   * Takes the lock for this version table on a connection of its own from the data source, apart
   * from {@code migrating}, the connection that runs the command, waiting at most {@code wait}
   * while another session holds it (null: as long as it takes) and saying who holds it in the
   * log. Closing the lock releases it and gives its connection back. Where the lock needs no
   * connection (a SQLite file, a database only this process reaches), it takes none.
   *
   * @param migrating the command's connection, whose metadata tells which lock suits the
   *     database; the lock runs nothing on it but, for SQLite, {@code PRAGMA database_list}
   * @param versionTable the version table's name: commands on different version tables do not
   *     wait for each other
   * @throws LockTimeoutException when the lock is still taken after {@code wait}, naming who
   *     holds it where the database can tell
   */
  public static MigrationLock acquire(DataSource dataSource, Connection migrating, String versionTable, Duration wait)
      throws SQLException {
    return switch (Kind.of(migrating)) {
      case FILE -> FileLock.acquire(sqliteFile(migrating), versionTable, wait);
      case JVM -> JvmLock.acquire(jvmKey(migrating, versionTable), wait);
      case SERVER -> {
        Connection connection = secondConnection(dataSource);
        try {
          yield new OwnConnection(serverLock(connection, versionTable, wait, dataSource::getConnection), connection);
        } catch (SQLException | RuntimeException e) {
          try {
            connection.close();
          } catch (SQLException close) {
            e.addSuppressed(close);
          }
          throw e;
        }
      }
    };
  }

  private static Connection secondConnection(DataSource dataSource) throws SQLException {
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      throw new SQLException("the data source gave no second connection for the migration lock, which Retort holds "
          + "on a connection of its own beside the one that migrates (" + e.getMessage() + "). Allow its pool at "
          + "least two connections while the application starts", e.getSQLState(), e);
    }
  }

  /**
   * Takes the lock for this version table on the given connection, which must stay open while
   * the lock is held and should run nothing else meanwhile; waits as long as it takes.
   *
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
    return switch (Kind.of(connection)) {
      case SERVER -> serverLock(connection, versionTable, wait, null);
      case FILE -> FileLock.acquire(sqliteFile(connection), versionTable, wait);
      case JVM -> JvmLock.acquire(jvmKey(connection, versionTable), wait);
    };
  }

  /**
   * The table whose row holds the migration lock on an H2 database several processes can reach:
   * the version table's name with {@code _lock} after it, in the same schema.
   */
  public static String lockTableName(String versionTable) {
    return versionTable + "_lock";
  }

  /** Where the lock lives. */
  private enum Kind {
    /** In the database, on a connection: a session lock, or H2's row lock. */
    SERVER,
    /** In a file beside a SQLite database. */
    FILE,
    /** In this JVM: for a database only this process reaches. */
    JVM;

    static Kind of(Connection connection) throws SQLException {
      String product = connection.getMetaData().getDatabaseProductName();
      switch (product) {
        case "PostgreSQL", "MySQL", "MariaDB", "Microsoft SQL Server":
          return SERVER;
        case "H2":
          // an in-memory database belongs to this process (unless it serves it over TCP itself)
          return connection.getMetaData().getURL().startsWith("jdbc:h2:mem:") ? JVM : SERVER;
        case "SQLite":
          return sqliteFile(connection) == null ? JVM : FILE;
        default:
          LOG.warn("Retort has no session lock for {}: the migration lock serializes the threads of this process "
              + "only, not other processes", product);
          return JVM;
      }
    }
  }

  private static MigrationLock serverLock(Connection connection, String versionTable, Duration wait,
      ConnectionSource probe) throws SQLException {
    String name = "retort:" + scoped(connection, versionTable);
    return switch (connection.getMetaData().getDatabaseProductName()) {
      case "PostgreSQL" -> AdvisoryLock.acquire(connection, name, wait);
      case "MySQL", "MariaDB" -> NamedLock.acquire(connection, name, wait);
      case "Microsoft SQL Server" -> AppLock.acquire(connection, name, wait);
      default -> RowLock.acquire(connection, Dialects.detect(connection), versionTable, probe, wait);
    };
  }

  /**
   * The version table's name qualified with the schema (PostgreSQL, SQL Server) or database
   * (MySQL, MariaDB) the connection works in, unless it is qualified already: PostgreSQL's
   * advisory locks belong to the whole database and MySQL's named locks to the whole server, so
   * applications in different schemas or databases of one server must not share a lock.
   */
  static String scoped(Connection connection, String versionTable) throws SQLException {
    if (versionTable.indexOf('.') >= 0) {
      return versionTable;
    }
    String scope = switch (connection.getMetaData().getDatabaseProductName()) {
      case "MySQL", "MariaDB" -> connection.getCatalog();
      default -> connection.getSchema();
    };
    return scope == null || scope.isEmpty() ? versionTable : scope + "." + versionTable;
  }

  /** The main database file of a SQLite connection, from {@code PRAGMA database_list}; null in memory. */
  private static Path sqliteFile(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA database_list")) {
      while (rs.next()) {
        if ("main".equals(rs.getString("name"))) {
          String file = rs.getString("file");
          return file == null || file.isEmpty() ? null : Path.of(file);
        }
      }
    }
    return null;
  }

  /** The JVM lock's key: the database's URL (which names an in-memory database) and the version table. */
  private static String jvmKey(Connection connection, String versionTable) throws SQLException {
    String url = connection.getMetaData().getURL();
    int settings = url.indexOf(';');
    return (settings < 0 ? url : url.substring(0, settings)) + "|retort:" + versionTable;
  }

  /** Adds {@code , label value} to a description when the value is known. */
  static void detail(StringBuilder b, String label, String value) {
    if (value != null && !value.isBlank()) {
      b.append(", ").append(label).append(' ').append(value.strip());
    }
  }

  /** A lock held on a connection of its own, which closing the lock gives back. */
  private static final class OwnConnection implements MigrationLock {
    private final MigrationLock lock;
    private final Connection connection;

    OwnConnection(MigrationLock lock, Connection connection) {
      this.lock = lock;
      this.connection = connection;
    }

    @Override
    public String describe() {
      return lock.describe();
    }

    @Override
    public void close() throws SQLException {
      try (Connection c = connection) {
        lock.close();
      }
    }
  }
}
