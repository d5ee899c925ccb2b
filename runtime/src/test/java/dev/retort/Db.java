package dev.retort;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** A fresh in-memory H2 database, and what its JDBC metadata says about it. */
final class Db {
  final JdbcDataSource dataSource = new JdbcDataSource();

  Db() {
    dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    dataSource.setPassword("");
  }

  DataSource dataSource() {
    return dataSource;
  }

  List<String> tables() throws SQLException {
    return query(meta -> meta.getTables(null, "PUBLIC", null, new String[] {"TABLE"}), rs -> rs.getString("TABLE_NAME"));
  }

  /** "NAME TYPE(size) NULL|NOT NULL [default] [identity]" per column, in order. */
  List<String> columns(String table) throws SQLException {
    return query(meta -> meta.getColumns(null, "PUBLIC", table, null), rs -> {
      String type = rs.getString("TYPE_NAME");
      int size = rs.getInt("COLUMN_SIZE");
      int digits = rs.getInt("DECIMAL_DIGITS");
      String sized = switch (type) {
        case "CHARACTER VARYING", "CHARACTER" -> type + "(" + size + ")";
        case "NUMERIC" -> type + "(" + size + "," + digits + ")";
        default -> type;
      };
      String def = rs.getString("COLUMN_DEF");
      return rs.getString("COLUMN_NAME") + " " + sized + ("NO".equals(rs.getString("IS_NULLABLE")) ? " NOT NULL" : " NULL")
          + (def == null ? "" : " DEFAULT " + def)
          + ("YES".equals(rs.getString("IS_AUTOINCREMENT")) ? " IDENTITY" : "");
    });
  }

  List<String> primaryKey(String table) throws SQLException {
    return query(meta -> meta.getPrimaryKeys(null, "PUBLIC", table), rs -> rs.getString("COLUMN_NAME"));
  }

  /** "NAME: COLUMN -> TABLE.COLUMN" per foreign key column of the table. */
  List<String> foreignKeys(String table) throws SQLException {
    return query(meta -> meta.getImportedKeys(null, "PUBLIC", table), rs -> rs.getString("FK_NAME") + ": "
        + rs.getString("FKCOLUMN_NAME") + " -> " + rs.getString("PKTABLE_NAME") + "." + rs.getString("PKCOLUMN_NAME"));
  }

  /** "[UNIQUE ]NAME(COLUMN)" per indexed column, sorted, without the primary key's index. */
  List<String> indexes(String table) throws SQLException {
    return new ArrayList<>(new TreeSet<>(query(meta -> meta.getIndexInfo(null, "PUBLIC", table, false, false), rs ->
        (rs.getBoolean("NON_UNIQUE") ? "" : "UNIQUE ") + rs.getString("INDEX_NAME") + "(" + rs.getString("COLUMN_NAME") + ")")))
        .stream().filter(i -> !i.contains("PRIMARY_KEY")).toList();
  }

  List<String> sequences() throws SQLException {
    return strings("SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = 'PUBLIC' ORDER BY 1");
  }

  List<String> strings(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    }
  }

  void execute(String... sql) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
      for (String s : sql) {
        st.execute(s);
      }
    }
  }

  interface Source {
    ResultSet open(DatabaseMetaData meta) throws SQLException;
  }

  interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(Source source, Row<T> row) throws SQLException {
    try (Connection c = dataSource.getConnection(); ResultSet rs = source.open(c.getMetaData())) {
      List<T> out = new ArrayList<>();
      while (rs.next()) {
        out.add(row.read(rs));
      }
      return out;
    }
  }
}
