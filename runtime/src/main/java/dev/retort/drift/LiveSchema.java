package dev.retort.drift;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What JDBC metadata reports about tables, as the catalog stores their names. Reads only.
 *
 * <p>A qualified name's first part is a schema, or on databases whose connections have no schema
 * but a catalog (MySQL, MariaDB) a catalog, as those databases call their schemas.
 */
final class LiveSchema {
  /** A column as reported: JDBC type code, the database's type name, size, digits, nullability. */
  record LiveColumn(String name, int jdbcType, String typeName, int size, int digits, boolean nullable) {
    String describe() {
      return typeName + (size > 0 && size < 1_000_000 ? "(" + size + (digits > 0 ? "," + digits : "") + ")" : "");
    }
  }

  record LiveIndex(String name, List<String> columns, boolean unique) {}

  record LiveForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns) {}

  record LiveTable(String name, List<LiveColumn> columns, List<String> primaryKey, Map<String, LiveIndex> indexes,
      Map<String, LiveForeignKey> foreignKeys) {}

  private final DatabaseMetaData meta;
  private final String catalog;
  private final String schema;
  private final boolean schemasAreCatalogs;

  LiveSchema(Connection connection) throws SQLException {
    this.meta = connection.getMetaData();
    this.catalog = connection.getCatalog();
    this.schema = connection.getSchema();
    this.schemasAreCatalogs = schema == null && catalog != null;
  }

  /** The names of the tables in the given schema (null: the connection's own). */
  List<String> tables(String qualifier) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rs = meta.getTables(catalog(qualifier), schema(qualifier), "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME"));
      }
    }
    return names;
  }

  /** One table, by its stored name; null when it is not there. */
  LiveTable table(String qualifier, String name) throws SQLException {
    String c = catalog(qualifier);
    String s = schema(qualifier);
    List<LiveColumn> columns = new ArrayList<>();
    try (ResultSet rs = meta.getColumns(c, s, name, "%")) {
      while (rs.next()) {
        if (!name.equals(rs.getString("TABLE_NAME"))) {
          continue; // the name is a pattern: '_' matches any character
        }
        columns.add(new LiveColumn(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"),
            rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS"), !"NO".equals(rs.getString("IS_NULLABLE"))));
      }
    }
    if (columns.isEmpty()) {
      return null;
    }
    Map<Short, String> pk = new TreeMap<>();
    try (ResultSet rs = meta.getPrimaryKeys(c, s, name)) {
      while (rs.next()) {
        pk.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
      }
    }
    Map<String, Map<Short, String>> indexColumns = new LinkedHashMap<>();
    Map<String, Boolean> indexUnique = new LinkedHashMap<>();
    try (ResultSet rs = meta.getIndexInfo(c, s, name, false, false)) {
      while (rs.next()) {
        String index = rs.getString("INDEX_NAME");
        String column = rs.getString("COLUMN_NAME");
        if (index == null || column == null) {
          continue; // table statistics
        }
        indexColumns.computeIfAbsent(index, k -> new TreeMap<>()).put(rs.getShort("ORDINAL_POSITION"), column);
        indexUnique.put(index, !rs.getBoolean("NON_UNIQUE"));
      }
    }
    Map<String, LiveIndex> indexes = new LinkedHashMap<>();
    indexColumns.forEach((index, cols) ->
        indexes.put(index, new LiveIndex(index, List.copyOf(cols.values()), indexUnique.get(index))));
    Map<String, Map<Short, String[]>> fkColumns = new LinkedHashMap<>();
    Map<String, String> fkTables = new LinkedHashMap<>();
    try (ResultSet rs = meta.getImportedKeys(c, s, name)) {
      while (rs.next()) {
        String fk = rs.getString("FK_NAME");
        fkColumns.computeIfAbsent(fk, k -> new TreeMap<>()).put(rs.getShort("KEY_SEQ"),
            new String[] {rs.getString("FKCOLUMN_NAME"), rs.getString("PKCOLUMN_NAME")});
        fkTables.put(fk, rs.getString("PKTABLE_NAME"));
      }
    }
    Map<String, LiveForeignKey> foreignKeys = new LinkedHashMap<>();
    fkColumns.forEach((fk, cols) -> foreignKeys.put(fk, new LiveForeignKey(fk,
        cols.values().stream().map(p -> p[0]).toList(), fkTables.get(fk), cols.values().stream().map(p -> p[1]).toList())));
    return new LiveTable(name, columns, List.copyOf(pk.values()), indexes, foreignKeys);
  }

  private String catalog(String qualifier) {
    return qualifier != null && schemasAreCatalogs ? qualifier : catalog;
  }

  private String schema(String qualifier) {
    return qualifier != null && !schemasAreCatalogs ? qualifier : schema;
  }
}
