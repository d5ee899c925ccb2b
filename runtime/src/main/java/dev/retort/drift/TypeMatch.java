package dev.retort.drift;

import dev.retort.schema.ColumnType;
import java.sql.Types;
import java.util.Set;

/**
 * Whether a column type reported through JDBC is the type the migrations declare. Databases
 * report types in their own words (PostgreSQL's {@code boolean} is a {@code BIT}, its {@code
 * text} a {@code VARCHAR}), so a declared type matches a family of JDBC type codes, and its
 * length, precision and scale where it has them. Types JDBC cannot describe portably (UUID,
 * ENUM, INTERVAL, a custom definition) match any.
 */
final class TypeMatch {
  private static final int DATETIMEOFFSET = -155; // SQL Server's TIMESTAMP WITH TIME ZONE

  private TypeMatch() {}

  static boolean matches(ColumnType expected, LiveSchema.LiveColumn live) {
    int t = live.jdbcType();
    return switch (expected.kind()) {
      case BOOLEAN -> in(t, Types.BOOLEAN, Types.BIT, Types.TINYINT, Types.SMALLINT);
      case TINYINT -> in(t, Types.TINYINT, Types.SMALLINT);
      case SMALLINT -> in(t, Types.SMALLINT);
      case INTEGER -> in(t, Types.INTEGER);
      case BIGINT -> in(t, Types.BIGINT);
      case REAL -> in(t, Types.REAL, Types.FLOAT, Types.DOUBLE);
      case DOUBLE -> in(t, Types.DOUBLE, Types.FLOAT);
      case DECIMAL -> in(t, Types.DECIMAL, Types.NUMERIC)
          && (expected.precision() == 0 || live.size() == expected.precision() && live.digits() == expected.scale());
      // MySQL and MariaDB store a CHAR as varchar, as Hibernate creates it there
      case CHAR -> in(t, Types.CHAR, Types.NCHAR, Types.VARCHAR, Types.NVARCHAR) && sized(expected, live);
      case VARCHAR -> in(t, Types.VARCHAR, Types.NVARCHAR) && sized(expected, live)
          || in(t, Types.LONGVARCHAR, Types.LONGNVARCHAR);
      case CLOB -> in(t, Types.CLOB, Types.NCLOB, Types.LONGVARCHAR, Types.LONGNVARCHAR, Types.VARCHAR, Types.NVARCHAR);
      case VARBINARY -> in(t, Types.VARBINARY, Types.BINARY) && sized(expected, live) || in(t, Types.LONGVARBINARY);
      case BLOB -> in(t, Types.BLOB, Types.LONGVARBINARY, Types.VARBINARY, Types.BINARY);
      case DATE -> in(t, Types.DATE);
      case TIME -> in(t, Types.TIME, Types.TIME_WITH_TIMEZONE);
      case TIME_TZ -> in(t, Types.TIME_WITH_TIMEZONE, Types.TIME, DATETIMEOFFSET);
      case TIMESTAMP -> in(t, Types.TIMESTAMP);
      case TIMESTAMP_TZ -> in(t, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP, DATETIMEOFFSET);
      case INTERVAL, UUID, ENUM, CUSTOM -> true;
    };
  }

  private static boolean sized(ColumnType expected, LiveSchema.LiveColumn live) {
    return expected.length() == 0 || live.size() == expected.length();
  }

  private static boolean in(int type, Integer... family) {
    return Set.of(family).contains(type);
  }
}
