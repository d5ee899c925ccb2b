package dev.retort.processor.mapping;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * A database's schema as JDBC metadata reports it, with the names of constraints and indexes left
 * out (Retort names them readably where Hibernate hashes): what two databases must agree on for
 * the same entities. Names are upper-cased, so that quoting and case folding do not count.
 *
 * @param tables table name to table
 * @param sequences sequence name to {@code start/increment}
 */
record DbSchema(Map<String, DbTable> tables, Map<String, String> sequences) {

  /** Retort's own bookkeeping table, which Hibernate knows nothing of. */
  static final String VERSION_TABLE = "RETORT_VERSION";

  /** @param defaultValue the default as the database prints it back, or null */
  record DbColumn(String name, String type, boolean nullable, boolean autoIncrement, String defaultValue) {
    @Override
    public String toString() {
      return name + " " + type + (nullable ? "" : " not null") + (autoIncrement ? " identity" : "")
          + (defaultValue == null ? "" : " default " + defaultValue);
    }
  }

  /**
   * @param foreignKeys each as {@code (COLUMNS) -> TABLE(COLUMNS)}, the column pairs sorted by the first
   * @param indexes each as {@code unique (COLUMNS)} or {@code index (COLUMNS)}, unique constraints included
   * @param checks normalized check clauses
   */
  record DbTable(String name, Map<String, DbColumn> columns, List<String> primaryKey, Set<String> foreignKeys,
      Set<String> indexes, Set<String> checks) {}

  static DbSchema read(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return read(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the schema: " + e.getMessage(), e);
    }
  }

  static DbSchema read(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    String product = meta.getDatabaseProductName();
    String catalog = connection.getCatalog();
    String schema = connection.getSchema();
    Map<String, DbTable> tables = new TreeMap<>();
    List<String> names = new ArrayList<>();
    try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE", "BASE TABLE"})) {
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME"));
      }
    }
    for (String table : names) {
      if (table.equalsIgnoreCase(VERSION_TABLE)) {
        continue;
      }
      tables.put(upper(table), table(connection, meta, product, catalog, schema, table));
    }
    return new DbSchema(tables, sequences(connection, product));
  }

  private static DbTable table(Connection connection, DatabaseMetaData meta, String product, String catalog,
      String schema, String table) throws SQLException {
    Map<String, DbColumn> columns = new TreeMap<>();
    try (ResultSet rs = meta.getColumns(catalog, schema, table, "%")) {
      while (rs.next()) {
        String name = upper(rs.getString("COLUMN_NAME"));
        String type = type(connection, product, table, rs);
        boolean identity = "YES".equals(rs.getString("IS_AUTOINCREMENT"));
        String defaultValue = rs.getString("COLUMN_DEF");
        columns.put(name, new DbColumn(name, type, rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls, identity,
            identity || defaultValue == null || defaultValue.equalsIgnoreCase("NULL") ? null : defaultValue.trim()));
      }
    }
    TreeMap<Integer, String> pk = new TreeMap<>();
    try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, table)) {
      while (rs.next()) {
        pk.put(rs.getInt("KEY_SEQ"), upper(rs.getString("COLUMN_NAME")));
      }
    }
    List<String> primaryKey = new ArrayList<>(pk.values());
    Map<String, TreeMap<Integer, String[]>> fks = new TreeMap<>();
    try (ResultSet rs = meta.getImportedKeys(catalog, schema, table)) {
      while (rs.next()) {
        fks.computeIfAbsent(rs.getString("FK_NAME"), k -> new TreeMap<>()).put(rs.getInt("KEY_SEQ"), new String[] {
            upper(rs.getString("FKCOLUMN_NAME")), upper(rs.getString("PKTABLE_NAME")), upper(rs.getString("PKCOLUMN_NAME"))});
      }
    }
    Set<String> foreignKeys = new TreeSet<>();
    for (TreeMap<Integer, String[]> fk : fks.values()) {
      // column pairs sorted: the order of a composite key's columns is compared in the key itself
      List<String[]> pairs = fk.values().stream().sorted(java.util.Comparator.comparing((String[] p) -> p[0])).toList();
      List<String> from = pairs.stream().map(p -> p[0]).toList();
      List<String> to = pairs.stream().map(p -> p[2]).toList();
      foreignKeys.add("(" + String.join(", ", from) + ") -> " + fk.firstEntry().getValue()[1] + "(" + String.join(", ", to) + ")");
    }
    Map<String, TreeMap<Integer, String>> indexColumns = new TreeMap<>();
    Map<String, Boolean> indexUnique = new TreeMap<>();
    try (ResultSet rs = meta.getIndexInfo(catalog, schema, table, false, false)) {
      while (rs.next()) {
        String name = rs.getString("INDEX_NAME");
        if (name == null || rs.getString("COLUMN_NAME") == null) {
          continue;
        }
        indexColumns.computeIfAbsent(name, k -> new TreeMap<>()).put((int) rs.getShort("ORDINAL_POSITION"), upper(rs.getString("COLUMN_NAME")));
        indexUnique.put(name, !rs.getBoolean("NON_UNIQUE"));
      }
    }
    Set<String> indexes = new TreeSet<>();
    for (Map.Entry<String, TreeMap<Integer, String>> index : indexColumns.entrySet()) {
      List<String> cols = new ArrayList<>(index.getValue().values());
      boolean unique = indexUnique.get(index.getKey());
      if (unique && cols.equals(primaryKey)) {
        continue; // the primary key's own index
      }
      indexes.add((unique ? "unique (" : "index (") + String.join(", ", cols) + ")");
    }
    return new DbTable(upper(table), columns, primaryKey, foreignKeys, indexes, checks(connection, product, table));
  }

  /** The type as the database names it, with the sizes that matter for it. */
  private static String type(Connection connection, String product, String table, ResultSet rs) throws SQLException {
    String name = rs.getString("TYPE_NAME").toUpperCase(Locale.ROOT);
    int size = rs.getInt("COLUMN_SIZE");
    int digits = rs.getInt("DECIMAL_DIGITS");
    boolean noDigits = rs.wasNull();
    if (product.equals("H2") && name.equals("ENUM")) {
      return "ENUM" + h2EnumValues(connection, table, rs.getString("COLUMN_NAME"));
    }
    if ((product.equals("MariaDB") || product.equals("MySQL")) && name.equals("ENUM")) {
      return mysqlColumnType(connection, table, rs.getString("COLUMN_NAME"));
    }
    return switch (name) {
      case "CHARACTER VARYING", "VARCHAR", "CHARACTER", "CHAR", "BPCHAR", "BINARY VARYING", "VARBINARY", "BINARY",
          "BIT" -> name + "(" + size + ")";
      case "NUMERIC", "DECIMAL" -> name + "(" + size + "," + digits + ")";
      case "TIME", "TIMESTAMP", "TIME WITH TIME ZONE", "TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ", "TIMETZ", "DATETIME" ->
          name + (noDigits ? "" : "(" + digits + ")");
      default -> name;
    };
  }

  private static List<String> h2EnumValues(Connection connection, String table, String column) throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement(
        "SELECT e.VALUE_NAME FROM INFORMATION_SCHEMA.ENUM_VALUES e JOIN INFORMATION_SCHEMA.COLUMNS c"
            + " ON c.DTD_IDENTIFIER = e.OBJECT_NAME AND c.TABLE_SCHEMA = e.OBJECT_SCHEMA"
            + " WHERE e.OBJECT_TYPE = 'TABLE' AND c.TABLE_NAME = ? AND c.COLUMN_NAME = ? AND c.TABLE_SCHEMA = SCHEMA()"
            + " ORDER BY e.VALUE_ORDINAL")) {
      s.setString(1, table);
      s.setString(2, column);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          values.add(rs.getString(1));
        }
      }
    }
    return values;
  }

  /** {@code ENUM('A', 'B')}, written as H2 reports an ENUM, from MySQL's and MariaDB's full column type. */
  private static String mysqlColumnType(Connection connection, String table, String column) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement("SELECT COLUMN_TYPE FROM INFORMATION_SCHEMA.COLUMNS"
        + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = ?")) {
      s.setString(1, table);
      s.setString(2, column);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        String type = rs.getString(1);
        int open = type.indexOf('(');
        return type.substring(0, open).toUpperCase(Locale.ROOT) + type.substring(open).replace("','", "', '");
      }
    }
  }

  private static Set<String> checks(Connection connection, String product, String table) throws SQLException {
    String sql = switch (product) {
      case "H2" -> "SELECT c.CHECK_CLAUSE FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS c"
          + " JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS t ON t.CONSTRAINT_NAME = c.CONSTRAINT_NAME"
          + " AND t.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA WHERE t.TABLE_NAME = ? AND t.TABLE_SCHEMA = SCHEMA()";
      case "PostgreSQL" -> "SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid"
          + " WHERE c.contype = 'c' AND r.relname = ? AND r.relnamespace = current_schema()::regnamespace";
      case "MariaDB", "MySQL" -> "SELECT CHECK_CLAUSE FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS"
          + " WHERE TABLE_NAME = ? AND CONSTRAINT_SCHEMA = DATABASE()";
      default -> null;
    };
    Set<String> checks = new TreeSet<>();
    if (sql == null) {
      return checks;
    }
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      s.setString(1, table);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          checks.add(normalizeCheck(rs.getString(1)));
        }
      }
    }
    return checks;
  }

  /**
   * Quotes, case, spacing, parentheses and PostgreSQL's casts ({@code (dtype)::text}) do not count:
   * each database prints a check back in its own way, and both sides of a comparison are printed
   * by the same database.
   */
  static String normalizeCheck(String clause) {
    String text = clause.replace("\"", "").replace("`", "").toUpperCase(Locale.ROOT);
    text = text.replaceAll("::(CHARACTER VARYING|[A-Z_]+)(\\[\\])?", "");
    text = text.replace("(", " ").replace(")", " ").replaceAll("\\s+", " ").trim();
    if (text.startsWith("CHECK ")) {
      text = text.substring("CHECK ".length());
    }
    return text;
  }

  private static Map<String, String> sequences(Connection connection, String product) throws SQLException {
    String sql = switch (product) {
      case "H2" -> "SELECT SEQUENCE_NAME, START_VALUE, INCREMENT FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = SCHEMA()";
      case "PostgreSQL" -> "SELECT sequence_name, start_value, increment FROM information_schema.sequences"
          + " WHERE sequence_schema = current_schema()";
      case "MariaDB", "MySQL" -> null;
      default -> null;
    };
    Map<String, String> sequences = new TreeMap<>();
    if (sql != null) {
      try (PreparedStatement s = connection.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          sequences.put(upper(rs.getString(1)), "start " + rs.getString(2) + " increment " + rs.getString(3));
        }
      }
    } else if (product.equals("MariaDB") || product.equals("MySQL")) {
      List<String> names = new ArrayList<>();
      try (ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), null, "%", new String[] {"SEQUENCE"})) {
        while (rs.next()) {
          names.add(rs.getString("TABLE_NAME"));
        }
      }
      for (String name : names) {
        try (PreparedStatement s = connection.prepareStatement("SELECT start_value, increment FROM `" + name + "`");
            ResultSet rs = s.executeQuery()) {
          if (rs.next()) {
            sequences.put(upper(name), "start " + rs.getString(1) + " increment " + rs.getString(2));
          }
        }
      }
    }
    return sequences;
  }

  static String upper(String name) {
    return name == null ? null : name.toUpperCase(Locale.ROOT);
  }
}
