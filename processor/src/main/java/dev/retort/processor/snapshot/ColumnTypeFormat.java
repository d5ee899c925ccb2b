package dev.retort.processor.snapshot;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text form of a {@link ColumnType} in the snapshot: the kind in lower case, with its sizes
 * or values in parentheses. {@code parse(print(t)).equals(t)} for every type the writer accepts.
 *
 * <ul>
 *   <li>{@code boolean}, {@code bigint}, {@code clob}, {@code uuid}, ... for kinds without sizes;
 *   <li>{@code varchar(255)}, {@code char(2)}, {@code varbinary(16)}, {@code time(0)},
 *       {@code time_tz(0)}, {@code timestamp(6)}, {@code timestamp_tz(6)} for a length or
 *       fractional-second precision;
 *   <li>{@code decimal(19,2)};
 *   <li>{@code enum('DRAFT','PUBLISHED')}, values quoted as in SQL ({@code 'it''s'}), so a value
 *       may hold quotes and commas; {@code enum(20,'DRAFT','PUBLISHED')} when its storage length
 *       is not the default;
 *   <li>{@code custom(jsonb not null)}: everything between {@code custom(} and the last
 *       {@code )}, verbatim.
 * </ul>
 *
 * <p>The parser forgives case and spaces around numbers, since people edit the file by hand; the
 * printer always writes the form above.
 */
final class ColumnTypeFormat {
  static final String EXPECTED =
      "expected a type such as bigint, varchar(255), decimal(19,2), timestamp(6),"
          + " enum('A','B') or custom(<definition>)";

  private ColumnTypeFormat() {}

  /** The text form; rejects a type carrying sizes or values its kind does not use, which would be lost. */
  static String print(ColumnType type) {
    String name = type.kind().name().toLowerCase(Locale.ROOT);
    String printed = switch (type.kind()) {
      case CHAR, VARCHAR, VARBINARY, TIME, TIME_TZ, TIMESTAMP, TIMESTAMP_TZ -> name + "(" + type.length() + ")";
      case DECIMAL -> name + "(" + type.precision() + "," + type.scale() + ")";
      case ENUM -> name + "(" + (type.length() == 0 ? "" : type.length() + ",") + quoted(type.values()) + ")";
      case CUSTOM -> name + "(" + type.values().get(0) + ")";
      default -> name;
    };
    if (!parse(printed).equals(type)) {
      throw new IllegalArgumentException("column type " + type + " has sizes or values its kind does not use");
    }
    return printed;
  }

  /**
   * Reads the text form.
   *
   * @throws IllegalArgumentException saying what is wrong with the text
   */
  static ColumnType parse(String text) {
    int open = text.indexOf('(');
    String name = (open < 0 ? text : text.substring(0, open)).strip().toUpperCase(Locale.ROOT);
    Kind kind = kind(name, text);
    if (open < 0) {
      if (takesArguments(kind)) {
        throw new IllegalArgumentException("column type '" + text + "' needs its size or values in parentheses");
      }
      return new ColumnType(kind, 0, 0, 0, List.of());
    }
    if (!text.endsWith(")")) {
      throw new IllegalArgumentException("column type '" + text + "' does not end with ')'");
    }
    String inside = text.substring(open + 1, text.length() - 1);
    return switch (kind) {
      case CHAR, VARCHAR, VARBINARY, TIME, TIME_TZ, TIMESTAMP, TIMESTAMP_TZ ->
          new ColumnType(kind, number(inside, text), 0, 0, List.of());
      case DECIMAL -> decimal(inside, text);
      case ENUM -> enumType(inside, text);
      case CUSTOM -> new ColumnType(kind, 0, 0, 0, List.of(inside));
      default -> throw new IllegalArgumentException("column type " + name.toLowerCase(Locale.ROOT) + " takes no size: '" + text + "'");
    };
  }

  private static Kind kind(String name, String text) {
    for (Kind kind : Kind.values()) {
      if (kind.name().equals(name)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown column type '" + text + "'; " + EXPECTED);
  }

  private static boolean takesArguments(Kind kind) {
    return switch (kind) {
      case CHAR, VARCHAR, VARBINARY, TIME, TIME_TZ, TIMESTAMP, TIMESTAMP_TZ, DECIMAL, ENUM, CUSTOM -> true;
      default -> false;
    };
  }

  /** {@code 'A','B'}, or {@code 20,'A','B'} with a storage length first. */
  private static ColumnType enumType(String inside, String text) {
    String values = inside.strip();
    int length = 0;
    if (!values.isEmpty() && Character.isDigit(values.charAt(0))) {
      int comma = values.indexOf(',');
      if (comma < 0) {
        throw new IllegalArgumentException("enum type needs at least one value after its length: '" + text + "'");
      }
      length = number(values.substring(0, comma), text);
      values = values.substring(comma + 1);
    }
    return new ColumnType(Kind.ENUM, length, 0, 0, unquoted(values, text));
  }

  private static ColumnType decimal(String inside, String text) {
    int comma = inside.indexOf(',');
    if (comma < 0) {
      throw new IllegalArgumentException("column type '" + text + "' needs a precision and a scale: decimal(19,2)");
    }
    return ColumnType.decimal(number(inside.substring(0, comma), text), number(inside.substring(comma + 1), text));
  }

  private static int number(String digits, String text) {
    String d = digits.strip();
    if (d.isEmpty() || !d.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("column type '" + text + "' has '" + d + "' where a size belongs");
    }
    try {
      return Integer.parseInt(d);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("column type '" + text + "' has a size too large: " + d);
    }
  }

  private static String quoted(List<String> values) {
    List<String> quoted = new ArrayList<>();
    for (String value : values) {
      quoted.add("'" + value.replace("'", "''") + "'");
    }
    return String.join(",", quoted);
  }

  /** Splits {@code 'A', 'B''s'} into its values, SQL quoting rules. */
  private static List<String> unquoted(String inside, String text) {
    List<String> values = new ArrayList<>();
    int i = skipSpaces(inside, 0);
    while (i < inside.length()) {
      if (inside.charAt(i) != '\'') {
        throw new IllegalArgumentException("enum values must be quoted like 'A': '" + text + "'");
      }
      StringBuilder value = new StringBuilder();
      i++;
      while (true) {
        if (i >= inside.length()) {
          throw new IllegalArgumentException("unterminated enum value in '" + text + "'");
        }
        char c = inside.charAt(i++);
        if (c != '\'') {
          value.append(c);
        } else if (i < inside.length() && inside.charAt(i) == '\'') {
          value.append('\'');
          i++;
        } else {
          break;
        }
      }
      values.add(value.toString());
      i = skipSpaces(inside, i);
      if (i < inside.length()) {
        if (inside.charAt(i) != ',') {
          throw new IllegalArgumentException("enum values must be separated by commas: '" + text + "'");
        }
        i = skipSpaces(inside, i + 1);
        if (i >= inside.length()) {
          throw new IllegalArgumentException("enum value missing after the last comma: '" + text + "'");
        }
      }
    }
    if (values.isEmpty()) {
      throw new IllegalArgumentException("enum type needs at least one value: '" + text + "'");
    }
    return values;
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
