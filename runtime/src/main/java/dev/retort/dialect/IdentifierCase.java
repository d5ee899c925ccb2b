package dev.retort.dialect;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a database stores a name written without quotes. Retort quotes every name, but first folds a
 * regular name the way the database would have folded it unquoted, so the result is the same
 * object an ORM that does not quote (Hibernate by default) looks for.
 */
public enum IdentifierCase {
  /** Unquoted names are stored in upper case (H2, Oracle, the SQL standard). */
  UPPER,
  /** Unquoted names are stored in lower case (PostgreSQL). */
  LOWER,
  /** Unquoted names are stored as written (MySQL, SQL Server, SQLite). */
  AS_WRITTEN;

  private static final Pattern REGULAR = Pattern.compile("[\\p{L}_][\\p{L}\\p{Nd}_]*");

  /** Whether the name could be written without quotes: a letter or underscore, then letters, digits, underscores (letters of any script). */
  public static boolean isRegular(String name) {
    return REGULAR.matcher(name).matches();
  }

  /** The name as the database stores it: a regular name folded, any other name unchanged. */
  public String fold(String name) {
    if (!isRegular(name)) {
      return name;
    }
    return switch (this) {
      case UPPER -> name.toUpperCase(Locale.ROOT);
      case LOWER -> name.toLowerCase(Locale.ROOT);
      case AS_WRITTEN -> name;
    };
  }
}
