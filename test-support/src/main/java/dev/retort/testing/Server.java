package dev.retort.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where fresh databases come from: an embedded engine, or a server reached through an
 * administrator's JDBC URL. {@link #create} makes an empty schema or database and returns the URL
 * that reaches it; {@link #drop} removes it with everything in it.
 */
abstract class Server {
  final Database kind;

  Server(Database kind) {
    this.kind = kind;
  }

  abstract String create(String name) throws SQLException;

  abstract void drop(String name, String url) throws SQLException;

  /** Runs statements on a connection to {@code url}, each on its own. */
  static void execute(String url, String... sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      for (String s : sql) {
        st.execute(s);
      }
    }
  }

  /** A URL with one more query parameter. */
  static String withParameter(String url, String parameter) {
    return url + (url.contains("?") ? "&" : "?") + parameter;
  }

  /** {@code jdbc:mariadb://host:port/db?params} with another database. */
  static String withDatabase(String url, String database) {
    int slashes = url.indexOf("//");
    int path = url.indexOf('/', slashes + 2);
    int query = url.indexOf('?', slashes + 2);
    String base = path < 0 || (query >= 0 && path > query)
        ? (query < 0 ? url : url.substring(0, query))
        : url.substring(0, path);
    return base + "/" + database + (query < 0 ? "" : url.substring(query));
  }

  /** In-memory H2, one database per name, gone when the last connection closes after SHUTDOWN. */
  static final class H2 extends Server {
    H2() {
      super(Database.H2);
    }

    @Override
    String create(String name) {
      return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;USER=sa";
    }

    @Override
    void drop(String name, String url) throws SQLException {
      execute(url, "SHUTDOWN");
    }
  }

  /** A SQLite file in a temporary directory, with foreign keys enforced as an application would enable them. */
  static final class Sqlite extends Server {
    private final Path directory;

    Sqlite() {
      super(Database.SQLITE);
      try {
        directory = Files.createTempDirectory("retort-sqlite");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    String create(String name) {
      return "jdbc:sqlite:" + directory.resolve(name + ".db") + "?foreign_keys=true";
    }

    @Override
    void drop(String name, String url) throws SQLException {
      try {
        Files.deleteIfExists(directory.resolve(name + ".db"));
      } catch (IOException e) {
        throw new SQLException("cannot delete " + name + ".db: " + e.getMessage(), e);
      }
    }
  }

  /** PostgreSQL: a schema per database, made the connection's current schema ({@code currentSchema}). */
  static final class Postgres extends Server {
    private final String adminUrl;

    Postgres(String adminUrl) {
      super(Database.POSTGRESQL);
      this.adminUrl = adminUrl;
    }

    @Override
    String create(String name) throws SQLException {
      execute(adminUrl, "CREATE SCHEMA " + name);
      return withParameter(adminUrl, "currentSchema=" + name);
    }

    @Override
    void drop(String name, String url) throws SQLException {
      execute(adminUrl, "DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }
  }

  /** MariaDB (and MySQL): a database per database. */
  static final class MariaDb extends Server {
    private final String adminUrl;

    MariaDb(String adminUrl) {
      super(Database.MARIADB);
      this.adminUrl = adminUrl;
    }

    @Override
    String create(String name) throws SQLException {
      execute(adminUrl, "CREATE DATABASE " + name);
      return withDatabase(adminUrl, name);
    }

    @Override
    void drop(String name, String url) throws SQLException {
      execute(adminUrl, "DROP DATABASE IF EXISTS " + name);
    }
  }

  /** SQL Server: a database per database. */
  static final class SqlServer extends Server {
    private final String adminUrl;

    SqlServer(String adminUrl) {
      super(Database.SQLSERVER);
      this.adminUrl = adminUrl;
    }

    @Override
    String create(String name) throws SQLException {
      execute(adminUrl, "CREATE DATABASE " + name);
      return adminUrl + ";databaseName=" + name;
    }

    @Override
    void drop(String name, String url) throws SQLException {
      execute(adminUrl, "ALTER DATABASE " + name + " SET SINGLE_USER WITH ROLLBACK IMMEDIATE", "DROP DATABASE " + name);
    }
  }
}
