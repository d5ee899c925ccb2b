package dev.retort.processor.jpa;

import dev.retort.schema.ColumnType;
import java.util.Map;
import java.util.Optional;

/**
 * The column type Hibernate 6 and 7 give each basic Java type by default, before
 * {@code @Column(length, precision, scale)}, {@code @Lob} and {@code @Enumerated} adjust it.
 */
final class BasicTypes {
  private BasicTypes() {}

  static final int DEFAULT_LENGTH = 255;
  static final int DEFAULT_DECIMAL_PRECISION = 38;
  static final int DEFAULT_DECIMAL_SCALE = 2;
  static final int DEFAULT_FRACTIONAL_SECONDS = 6;

  private static final Map<String, ColumnType> BY_TYPE = Map.ofEntries(
      Map.entry("boolean", ColumnType.BOOLEAN),
      Map.entry("java.lang.Boolean", ColumnType.BOOLEAN),
      Map.entry("byte", ColumnType.TINYINT),
      Map.entry("java.lang.Byte", ColumnType.TINYINT),
      Map.entry("short", ColumnType.SMALLINT),
      Map.entry("java.lang.Short", ColumnType.SMALLINT),
      Map.entry("int", ColumnType.INTEGER),
      Map.entry("java.lang.Integer", ColumnType.INTEGER),
      Map.entry("long", ColumnType.BIGINT),
      Map.entry("java.lang.Long", ColumnType.BIGINT),
      Map.entry("float", ColumnType.REAL),
      Map.entry("java.lang.Float", ColumnType.REAL),
      Map.entry("double", ColumnType.DOUBLE),
      Map.entry("java.lang.Double", ColumnType.DOUBLE),
      Map.entry("java.math.BigInteger", ColumnType.decimal(DEFAULT_DECIMAL_PRECISION, 0)),
      Map.entry("java.time.LocalDate", ColumnType.DATE),
      Map.entry("java.time.LocalTime", ColumnType.time(0)),
      Map.entry("java.time.OffsetTime", ColumnType.timeTz(0)),
      Map.entry("java.time.LocalDateTime", ColumnType.timestamp(DEFAULT_FRACTIONAL_SECONDS)),
      Map.entry("java.time.Instant", ColumnType.timestampTz(DEFAULT_FRACTIONAL_SECONDS)),
      Map.entry("java.time.OffsetDateTime", ColumnType.timestampTz(DEFAULT_FRACTIONAL_SECONDS)),
      Map.entry("java.time.ZonedDateTime", ColumnType.timestampTz(DEFAULT_FRACTIONAL_SECONDS)),
      Map.entry("java.time.Year", ColumnType.INTEGER),
      // Hibernate 6 and 7 store a Duration as its nanoseconds in NUMERIC(21)
      Map.entry("java.time.Duration", ColumnType.decimal(21, 0)),
      Map.entry("java.util.UUID", ColumnType.UUID));

  /** Types whose length comes from {@code @Column(length)}. */
  static boolean isString(String type) {
    return type.equals("java.lang.String");
  }

  static boolean isDecimal(String type) {
    return type.equals("java.math.BigDecimal");
  }

  static boolean isBinary(String type) {
    return type.equals("byte[]") || type.equals("java.lang.Byte[]");
  }

  static boolean isPrimitive(String type) {
    return type.indexOf('.') < 0 && !type.endsWith("[]");
  }

  /** The default column type of a basic type with a fixed mapping. */
  static Optional<ColumnType> fixed(String type) {
    return Optional.ofNullable(BY_TYPE.get(type));
  }
}
