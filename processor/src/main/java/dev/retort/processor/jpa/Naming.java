package dev.retort.processor.jpa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Physical names for what the mapping leaves unnamed, following Hibernate's defaults so that
 * Hibernate finds the tables and columns it expects.
 *
 * <p>{@link Strategy#JPA} keeps logical names as they are ({@code firstName}), as Hibernate does
 * by default; {@link Strategy#SNAKE_CASE} turns them into {@code first_name}, as Spring Boot's
 * {@code CamelCaseToUnderscoresNamingStrategy} does. Names written in an annotation are used as
 * written in both. Constraint and index names that Hibernate would hash are readable here
 * ({@code fk_loan_member_id}), shortened deterministically past {@link #MAX_LENGTH}.
 */
public final class Naming {
  /** How logical names become physical ones. */
  public enum Strategy {
    JPA,
    SNAKE_CASE;

    public static Strategy parse(String value) {
      return switch (value.toLowerCase(Locale.ROOT).replace('-', '_')) {
        case "jpa", "default" -> JPA;
        case "snake_case", "spring" -> SNAKE_CASE;
        default -> throw new IllegalArgumentException(
            "unknown naming strategy '" + value + "': use jpa or snake_case");
      };
    }
  }

  /** Generated constraint names stay within every supported database's identifier limit. */
  static final int MAX_LENGTH = 60;

  private final Strategy strategy;

  public Naming(Strategy strategy) {
    this.strategy = strategy;
  }

  /** A table or column name derived from a logical (Java) name. */
  String physical(String logical) {
    return strategy == Strategy.JPA ? logical : snakeCase(logical);
  }

  /**
   * A name written in an annotation. Spring Boot's physical naming strategy rewrites those too
   * ({@code @Column(name = "firstName")} becomes {@code first_name}), so SNAKE_CASE does the same.
   */
  String explicit(String name) {
    int dot = name.indexOf('.');
    return dot < 0 ? physical(name) : physical(name.substring(0, dot)) + "." + physical(name.substring(dot + 1));
  }

  Strategy strategy() {
    return strategy;
  }

  static String snakeCase(String name) {
    StringBuilder out = new StringBuilder(name.replace('.', '_'));
    for (int i = 1; i < out.length() - 1; i++) {
      char before = out.charAt(i - 1);
      char after = out.charAt(i + 1);
      if ((Character.isLowerCase(before) || Character.isDigit(before))
          && Character.isUpperCase(out.charAt(i))
          && (Character.isLowerCase(after) || Character.isDigit(after))) {
        out.insert(i++, '_');
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  static String foreignKey(String table, List<String> columns) {
    return constraint("fk", table, columns);
  }

  static String unique(String table, List<String> columns) {
    return constraint("uk", table, columns);
  }

  static String index(String table, List<String> columns) {
    return constraint("idx", table, columns);
  }

  static String check(String table, String column) {
    return constraint("ck", table, List.of(column));
  }

  private static String constraint(String prefix, String table, List<String> columns) {
    String unqualified = table.substring(table.lastIndexOf('.') + 1);
    String name = (prefix + "_" + unqualified + "_" + String.join("_", columns)).toLowerCase(Locale.ROOT);
    return shorten(name);
  }

  /** Keeps a readable prefix and makes the rest a short hash, so two long names stay distinct. */
  static String shorten(String name) {
    if (name.length() <= MAX_LENGTH) {
      return name;
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return name.substring(0, MAX_LENGTH - 9) + "_" + HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
