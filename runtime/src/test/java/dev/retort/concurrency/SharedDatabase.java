package dev.retort.concurrency;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.testing.Database;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import dev.retort.testing.UrlDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.tools.Server;

/**
 * A fresh database of a {@link Target} that other threads and, where the target is shared, other
 * processes reach through {@link #url()}: the servers' and SQLite's from {@link TestDatabases};
 * for H2, an H2 TCP server started here, or a file opened with {@code AUTO_SERVER}. Closing it
 * drops the database (stops the server).
 */
final class SharedDatabase implements AutoCloseable {
  final Target target;
  private final String url;
  private final DataSource dataSource;
  private final TestDatabase testDatabase;
  private final Server h2Server;
  private final Path directory;
  private final Dialect dialect;
  /** For a file shared with AUTO_SERVER: a connection kept open, so this JVM serves it throughout. */
  private final Connection keeper;

  private SharedDatabase(Target target, String url, TestDatabase testDatabase, Server h2Server, Path directory)
      throws SQLException {
    this.target = target;
    this.url = url;
    this.dataSource = new UrlDataSource(url);
    this.testDatabase = testDatabase;
    this.h2Server = h2Server;
    this.directory = directory;
    this.keeper = target == Target.H2_FILE ? dataSource.getConnection() : null;
    try (Connection c = dataSource.getConnection()) {
      this.dialect = Dialects.detect(c);
    }
  }

  /** A fresh database; skips the test (or fails it, when required) where the server is missing. */
  static SharedDatabase open(Target target, String label) throws Exception {
    switch (target) {
      case H2_SERVER: {
        Server server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-tcpDaemon").start();
        return new SharedDatabase(target, "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/mem:" + name(label)
            + ";DB_CLOSE_DELAY=-1;USER=sa", null, server, null);
      }
      case H2_FILE: {
        Path dir = Files.createTempDirectory("retort-h2");
        return new SharedDatabase(target, "jdbc:h2:file:" + dir.resolve(name(label)) + ";AUTO_SERVER=TRUE;USER=sa",
            null, null, dir);
      }
      default: {
        TestDatabase db = TestDatabases.fresh(target.kind, label);
        try {
          return new SharedDatabase(target, db.url(), db, null, null);
        } catch (SQLException | RuntimeException e) {
          db.close();
          throw e;
        }
      }
    }
  }

  private static String name(String label) {
    return label.toLowerCase(Locale.ROOT) + "_" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The JDBC URL, credentials included: pass it to child processes through their environment. */
  String url() {
    return url;
  }

  DataSource dataSource() {
    return dataSource;
  }

  Connection connect() throws SQLException {
    return dataSource.getConnection();
  }

  Dialect dialect() {
    return dialect;
  }

  Database kind() {
    return target.kind;
  }

  /** A name quoted as the dialect quotes it. */
  String q(String name) {
    return dialect.quoteName(name);
  }

  void execute(String... sql) throws SQLException {
    try (Connection c = connect(); Statement st = c.createStatement()) {
      for (String s : sql) {
        st.execute(s);
      }
    }
  }

  long number(String sql) throws SQLException {
    try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Every row, its columns joined with '|'. */
  List<String> rows(String sql) throws SQLException {
    try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      List<String> out = new ArrayList<>();
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(i > 1 ? "|" : "").append(rs.getString(i));
        }
        out.add(row.toString());
      }
      return out;
    }
  }

  /** The version table's rows as {@code revision:success:unfinished}, sorted by revision. */
  List<String> versionRows() throws SQLException {
    if (!tables().contains("RETORT_VERSION")) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String row : rows("SELECT " + q("revision") + ", " + q("success") + ", " + q("execution_ms") + " FROM "
        + dialect.quoteTable("retort_version") + " ORDER BY 1")) {
      String[] parts = row.split("\\|");
      boolean success = List.of("1", "true", "t").contains(parts[1].toLowerCase(Locale.ROOT));
      out.add(parts[0] + ":" + (success ? "ok" : Long.parseLong(parts[2]) == -2 ? "unfinished" : "failed"));
    }
    return out;
  }

  /** The tables, upper-cased, sorted (SQLite's own left out). */
  List<String> tables() throws SQLException {
    try (Connection c = connect()) {
      DatabaseMetaData m = c.getMetaData();
      TreeSet<String> out = new TreeSet<>();
      try (ResultSet rs = m.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          String t = rs.getString("TABLE_NAME");
          if (!t.startsWith("sqlite_")) {
            out.add(t.toUpperCase(Locale.ROOT));
          }
        }
      }
      return new ArrayList<>(out);
    }
  }

  /** What the schema holds: per table, its columns (name, type, nullability) and its indexes, upper-cased. */
  List<String> schema() throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = connect()) {
      DatabaseMetaData m = c.getMetaData();
      for (String table : tables()) {
        String stored = storedTable(m, c, table);
        StringBuilder b = new StringBuilder(table).append(":");
        try (ResultSet rs = m.getColumns(c.getCatalog(), c.getSchema(), stored, "%")) {
          while (rs.next()) {
            b.append(' ').append(rs.getString("COLUMN_NAME")).append(' ').append(rs.getString("TYPE_NAME"))
                .append(rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " NOT NULL" : "");
          }
        }
        TreeSet<String> indexes = new TreeSet<>();
        try (ResultSet rs = m.getIndexInfo(c.getCatalog(), c.getSchema(), stored, false, false)) {
          while (rs.next()) {
            String index = rs.getString("INDEX_NAME");
            if (index != null) {
              // H2 names the primary key's index itself, anew when it rebuilds the table
              index = index.startsWith("PRIMARY_KEY_") ? "PRIMARY_KEY" : index;
              indexes.add(index + "(" + rs.getString("COLUMN_NAME") + ")");
            }
          }
        }
        out.add(b.append(" indexes ").append(indexes).toString().toUpperCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static String storedTable(DatabaseMetaData m, Connection c, String upper) throws SQLException {
    try (ResultSet rs = m.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        if (rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT).equals(upper)) {
          return rs.getString("TABLE_NAME");
        }
      }
    }
    return upper;
  }

  @Override
  public void close() {
    if (keeper != null) {
      try {
        keeper.close();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    if (testDatabase != null) {
      testDatabase.close();
    }
    if (h2Server != null) {
      h2Server.stop();
    }
    if (directory != null) {
      try (var files = Files.walk(directory)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public String toString() {
    return target.toString();
  }
}
