package dev.retort.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * One fresh, empty database (a schema on PostgreSQL), and small readers of what it holds, so a
 * test can check a schema the same way on every {@link Database}. Closing it drops it.
 *
 * <p>The readers take names as a migration writes them ({@code "book"}) and look them up as the
 * database stores them ({@link #stored}): upper case on H2, lower case on PostgreSQL, as written
 * elsewhere.
 */
public final class TestDatabase implements AutoCloseable {
  private final Database kind;
  private final String name;
  private final String url;
  private final Server server;
  private final UrlDataSource dataSource;

  TestDatabase(Database kind, String name, String url, Server server) {
    this.kind = kind;
    this.name = name;
    this.url = url;
    this.server = server;
    this.dataSource = new UrlDataSource(url);
  }

  public Database kind() {
    return kind;
  }

  /** The schema's or database's name. */
  public String name() {
    return name;
  }

  /** The JDBC URL that reaches this database, credentials included (for Hibernate, or a second pool). */
  public String url() {
    return url;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public Connection connect() throws SQLException {
    return dataSource.getConnection();
  }

  /** Drops the schema or database with everything in it. */
  @Override
  public void close() {
    try {
      server.drop(name, url);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not drop the test database " + name + " on " + kind + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return kind + " " + name;
  }

  // ---- names ----

  /** A regular name as the database stores it unquoted: upper case on H2, lower case on PostgreSQL. */
  public String stored(String name) {
    return switch (kind) {
      case H2 -> name.toUpperCase(Locale.ROOT);
      case POSTGRESQL -> name.toLowerCase(Locale.ROOT);
      default -> name;
    };
  }

  /** A name quoted for this database, folded as {@link #stored}. */
  public String quote(String name) {
    String stored = stored(name);
    return switch (kind) {
      case MARIADB -> "`" + stored.replace("`", "``") + "`";
      case SQLSERVER -> "[" + stored.replace("]", "]]") + "]";
      default -> "\"" + stored.replace("\"", "\"\"") + "\"";
    };
  }

  // ---- statements ----

  /** Runs statements, each on its own, in auto-commit mode. */
  public void execute(String... sql) throws SQLException {
    try (Connection c = connect(); Statement st = c.createStatement()) {
      for (String s : sql) {
        st.execute(s);
      }
    }
  }

  /** The first column of every row, as strings. */
  public List<String> strings(String sql) throws SQLException {
    try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    }
  }

  /** One number, such as a {@code COUNT(*)}. */
  public long number(String sql) throws SQLException {
    try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  // ---- the schema, from JDBC metadata ----

  /** A column as the metadata reports it. */
  public record ColumnInfo(String name, String type, int size, int digits, boolean nullable, boolean autoIncrement,
      String defaultValue) {}

  /** The tables of this database, as stored, sorted; SQLite's own tables left out. */
  public List<String> tables() throws SQLException {
    return new ArrayList<>(new TreeSet<>(meta((m, c, s) -> m.getTables(c, s, "%", new String[] {"TABLE"}),
        rs -> rs.getString("TABLE_NAME")).stream().filter(t -> !t.startsWith("sqlite_")).toList()));
  }

  /** The columns of a table, in order, keyed by their stored name upper-cased. */
  public Map<String, ColumnInfo> columns(String table) throws SQLException {
    Map<String, ColumnInfo> columns = new java.util.LinkedHashMap<>();
    for (ColumnInfo column : meta((m, c, s) -> m.getColumns(c, s, stored(table), "%"), rs -> new ColumnInfo(
        rs.getString("COLUMN_NAME"), rs.getString("TYPE_NAME"), rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS"),
        rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls, "YES".equals(rs.getString("IS_AUTOINCREMENT")),
        rs.getString("COLUMN_DEF")))) {
      columns.put(column.name().toUpperCase(Locale.ROOT), column);
    }
    return columns;
  }

  /** The names of a table's columns, in order, upper-cased. */
  public List<String> columnNames(String table) throws SQLException {
    return List.copyOf(columns(table).keySet());
  }

  /** The primary key's columns, in key order, upper-cased. */
  public List<String> primaryKey(String table) throws SQLException {
    Map<Integer, String> key = new TreeMap<>();
    meta((m, c, s) -> m.getPrimaryKeys(c, s, stored(table)),
        rs -> key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT)));
    return List.copyOf(key.values());
  }

  /** {@code COLUMN -> TABLE.COLUMN} per foreign-key column of the table, upper-cased, sorted. */
  public List<String> foreignKeys(String table) throws SQLException {
    return new ArrayList<>(new TreeSet<>(meta((m, c, s) -> m.getImportedKeys(c, s, stored(table)),
        rs -> (rs.getString("FKCOLUMN_NAME") + " -> " + rs.getString("PKTABLE_NAME") + "." + rs.getString("PKCOLUMN_NAME"))
            .toUpperCase(Locale.ROOT))));
  }

  /**
   * {@code [unique ](COLUMNS)} per index of the table (unique constraints included, the primary
   * key's left out), upper-cased, sorted: names are left out, since databases name the indexes
   * behind constraints differently.
   */
  public List<String> indexes(String table) throws SQLException {
    Map<String, List<String>> columns = new TreeMap<>();
    Map<String, Boolean> unique = new TreeMap<>();
    meta((m, c, s) -> m.getIndexInfo(c, s, stored(table), false, false), rs -> {
      String index = rs.getString("INDEX_NAME");
      if (index != null && rs.getString("COLUMN_NAME") != null) {
        columns.computeIfAbsent(index, i -> new ArrayList<>()).add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
        unique.put(index, !rs.getBoolean("NON_UNIQUE"));
      }
      return null;
    });
    List<String> key = primaryKey(table);
    TreeSet<String> out = new TreeSet<>();
    columns.forEach((index, cols) -> {
      if (!(unique.get(index) && cols.equals(key))) {
        out.add((unique.get(index) ? "unique " : "") + "(" + String.join(", ", cols) + ")");
      }
    });
    return new ArrayList<>(out);
  }

  @FunctionalInterface
  private interface Source {
    ResultSet open(DatabaseMetaData meta, String catalog, String schema) throws SQLException;
  }

  @FunctionalInterface
  private interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> List<T> meta(Source source, Row<T> row) throws SQLException {
    try (Connection c = connect(); ResultSet rs = source.open(c.getMetaData(), c.getCatalog(), c.getSchema())) {
      List<T> out = new ArrayList<>();
      while (rs.next()) {
        out.add(row.read(rs));
      }
      return out;
    }
  }
}
