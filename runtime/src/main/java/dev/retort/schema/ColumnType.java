package dev.retort.schema;

import java.util.List;
import java.util.Objects;

/**
 * A column's type as a typed value, never as SQL: each dialect renders it for its database.
 *
 * <p>Generated migrations spell types through the static members of this class
 * ({@code ColumnType.BIGINT}, {@code ColumnType.varchar(120)}, {@code ColumnType.decimal(19, 2)}),
 * so a migration reads the same whichever database it later runs on.
 *
 * @param kind the kind of type
 * @param length the length of CHAR, VARCHAR and VARBINARY, the fractional-second precision of
 *     TIME and TIMESTAMP kinds, the length of the string an ENUM is stored in where the database
 *     has no ENUM type (0 for the default, 255), otherwise 0
 * @param precision the precision of DECIMAL, otherwise 0
 * @param scale the scale of DECIMAL, otherwise 0
 * @param values the allowed values of ENUM, in order; the single definition of CUSTOM
 */
public record ColumnType(Kind kind, int length, int precision, int scale, List<String> values) {

  /** The kinds of column type Retort knows. */
  public enum Kind {
    BOOLEAN,
    TINYINT,
    SMALLINT,
    INTEGER,
    BIGINT,
    REAL,
    DOUBLE,
    DECIMAL,
    CHAR,
    VARCHAR,
    CLOB,
    VARBINARY,
    BLOB,
    DATE,
    TIME,
    /**
     * A time of day with its offset ({@code OffsetTime}): TIME WITH TIME ZONE where Hibernate uses
     * it (H2), DATETIMEOFFSET on SQL Server, elsewhere a TIME that Hibernate fills normalized to UTC.
     */
    TIME_TZ,
    TIMESTAMP,
    TIMESTAMP_TZ,
    INTERVAL,
    UUID,
    /** A string column restricted to {@link ColumnType#values()} (a native ENUM or a CHECK). */
    ENUM,
    /** A type written by hand with {@code @Column(columnDefinition)}: passed through verbatim. */
    CUSTOM
  }

  public static final ColumnType BOOLEAN = simple(Kind.BOOLEAN);
  public static final ColumnType TINYINT = simple(Kind.TINYINT);
  public static final ColumnType SMALLINT = simple(Kind.SMALLINT);
  public static final ColumnType INTEGER = simple(Kind.INTEGER);
  public static final ColumnType BIGINT = simple(Kind.BIGINT);
  public static final ColumnType REAL = simple(Kind.REAL);
  public static final ColumnType DOUBLE = simple(Kind.DOUBLE);
  public static final ColumnType CLOB = simple(Kind.CLOB);
  public static final ColumnType BLOB = simple(Kind.BLOB);
  public static final ColumnType DATE = simple(Kind.DATE);
  public static final ColumnType UUID = simple(Kind.UUID);
  public static final ColumnType INTERVAL = simple(Kind.INTERVAL);

  public ColumnType {
    Objects.requireNonNull(kind, "kind");
    values = List.copyOf(values);
    if (length < 0 || precision < 0 || scale < 0) {
      throw new IllegalArgumentException("negative size in " + kind);
    }
    if ((kind == Kind.ENUM || kind == Kind.CUSTOM) && values.isEmpty()) {
      throw new IllegalArgumentException(kind + " needs at least one value");
    }
  }

  private static ColumnType simple(Kind kind) {
    return new ColumnType(kind, 0, 0, 0, List.of());
  }

  public static ColumnType varchar(int length) {
    return new ColumnType(Kind.VARCHAR, length, 0, 0, List.of());
  }

  public static ColumnType character(int length) {
    return new ColumnType(Kind.CHAR, length, 0, 0, List.of());
  }

  public static ColumnType varbinary(int length) {
    return new ColumnType(Kind.VARBINARY, length, 0, 0, List.of());
  }

  public static ColumnType decimal(int precision, int scale) {
    return new ColumnType(Kind.DECIMAL, 0, precision, scale, List.of());
  }

  /** TIME with the given fractional-second precision. */
  public static ColumnType time(int fractionalDigits) {
    return new ColumnType(Kind.TIME, fractionalDigits, 0, 0, List.of());
  }

  /** TIME WITH TIME ZONE with the given fractional-second precision (see {@link Kind#TIME_TZ}). */
  public static ColumnType timeTz(int fractionalDigits) {
    return new ColumnType(Kind.TIME_TZ, fractionalDigits, 0, 0, List.of());
  }

  /** TIMESTAMP with the given fractional-second precision (Hibernate uses 6). */
  public static ColumnType timestamp(int fractionalDigits) {
    return new ColumnType(Kind.TIMESTAMP, fractionalDigits, 0, 0, List.of());
  }

  /** TIMESTAMP WITH TIME ZONE with the given fractional-second precision. */
  public static ColumnType timestampTz(int fractionalDigits) {
    return new ColumnType(Kind.TIMESTAMP_TZ, fractionalDigits, 0, 0, List.of());
  }

  /** A string column that only accepts the given values, in declaration order. */
  public static ColumnType enumOf(String... values) {
    return new ColumnType(Kind.ENUM, 0, 0, 0, List.of(values));
  }

  /**
   * A string column that only accepts the given values, stored in a {@code varchar(length)} where
   * the database has no ENUM type ({@code @Column(length)} on a STRING enum).
   */
  public static ColumnType enumOf(int length, String... values) {
    return new ColumnType(Kind.ENUM, length, 0, 0, List.of(values));
  }

  /** A column definition written by hand, passed through to the database unchanged. */
  public static ColumnType custom(String definition) {
    return new ColumnType(Kind.CUSTOM, 0, 0, 0, List.of(definition));
  }

  /** The CUSTOM definition. */
  public String definition() {
    if (kind != Kind.CUSTOM) {
      throw new IllegalStateException(kind + " has no custom definition");
    }
    return values.get(0);
  }

  /**
   * Whether changing from this type to {@code next} may lose or reject stored values: a shorter
   * length, a smaller precision or scale, fewer enum values, or a change of kind other than a
   * known widening.
   */
  public boolean narrowsTo(ColumnType next) {
    if (equals(next)) {
      return false;
    }
    if (kind != next.kind) {
      return !widens(kind, next.kind);
    }
    return switch (kind) {
      case CHAR, VARCHAR, VARBINARY, TIME, TIME_TZ, TIMESTAMP, TIMESTAMP_TZ -> next.length < length;
      case DECIMAL -> next.precision - next.scale < precision - scale || next.scale < scale;
      case ENUM -> !next.values.containsAll(values) || storedLength(next) < storedLength(this);
      default -> true;
    };
  }

  private static int storedLength(ColumnType type) {
    return type.length == 0 ? 255 : type.length;
  }

  private static boolean widens(Kind from, Kind to) {
    return switch (from) {
      case TINYINT -> to == Kind.SMALLINT || to == Kind.INTEGER || to == Kind.BIGINT;
      case SMALLINT -> to == Kind.INTEGER || to == Kind.BIGINT;
      case INTEGER -> to == Kind.BIGINT;
      case REAL -> to == Kind.DOUBLE;
      case CHAR, VARCHAR, ENUM -> to == Kind.CLOB || to == Kind.VARCHAR;
      case VARBINARY -> to == Kind.BLOB;
      default -> false;
    };
  }

  @Override
  public String toString() {
    return switch (kind) {
      case CHAR, VARCHAR, VARBINARY -> kind.name().toLowerCase() + "(" + length + ")";
      case TIME, TIME_TZ, TIMESTAMP, TIMESTAMP_TZ -> kind.name().toLowerCase() + "(" + length + ")";
      case DECIMAL -> "decimal(" + precision + "," + scale + ")";
      case ENUM -> "enum" + values + (length == 0 ? "" : "(" + length + ")");
      case CUSTOM -> "custom(" + values.get(0) + ")";
      default -> kind.name().toLowerCase();
    };
  }
}
