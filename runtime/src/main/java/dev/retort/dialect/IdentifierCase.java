package dev.retort.dialect;

import java.util.Locale;

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

  /**
   * Whether the name could be written without quotes: a letter or underscore, then letters, digits,
   * underscores (letters and decimal digits of any script). A loop, not a regular expression: it
   * runs on every start, where compiling a pattern costs more than all the names it checks.
   */
  public static boolean isRegular(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      boolean allowed = c == '_' || Character.isLetter(c) || i > 0 && Character.isDigit(c);
      if (!allowed) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
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
