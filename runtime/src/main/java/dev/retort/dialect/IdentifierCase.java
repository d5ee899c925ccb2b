package dev.retort.dialect;

import java.util.Locale;

/**
 * How a database stores a name written without quotes. Retort quotes every name, but first folds a
 * regular name the way the database would have folded it unquoted, so the result is the same
 * object an ORM that does not quote (Hibernate by default) looks for.
 */
public enum IdentifierCase {
  /** Unquoted names are stored in upper case, every script's letters (H2, Oracle, the SQL standard). */
  UPPER,
  /**
   * Unquoted names are stored with A to Z in lower case and every other character as written
   * (PostgreSQL, which in a UTF-8 database folds ASCII letters only: {@code ÄPFEL} is stored as
   * {@code Äpfel}).
   */
  LOWER,
  /** Unquoted names are stored as written (MySQL, SQL Server, SQLite). */
  AS_WRITTEN;

  /**
   * Whether the name could be written without quotes: a letter or underscore, then letters, digits,
   * underscores and dollar signs (letters and decimal digits of any script), as H2 and the SQL
   * standard read them. A loop, not a regular expression: it runs on every start, where compiling
   * a pattern costs more than all the names it checks.
   */
  public static boolean isRegular(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      boolean allowed = c == '_' || Character.isLetter(c) || i > 0 && (c == '$' || Character.isDigit(c));
      if (!allowed) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /**
   * Whether PostgreSQL's scanner reads the name as one unquoted identifier: an ASCII letter, an
   * underscore or any non-ASCII character, then also ASCII digits and dollar signs.
   */
  private static boolean isPostgresRegular(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80
          || i > 0 && (c >= '0' && c <= '9' || c == '$');
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  /** Whether the database would read the name unquoted as it stands, and so fold it. */
  public boolean isRegularFor(String name) {
    return this == LOWER ? isPostgresRegular(name) : isRegular(name);
  }

  /** The name as the database stores it: a regular name folded, any other name unchanged. */
  public String fold(String name) {
    if (!isRegularFor(name)) {
      return name;
    }
    return switch (this) {
      case UPPER -> name.toUpperCase(Locale.ROOT);
      case LOWER -> lowerAscii(name);
      case AS_WRITTEN -> name;
    };
  }

  private static String lowerAscii(String name) {
    char[] chars = name.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') {
        chars[i] = (char) (chars[i] + ('a' - 'A'));
      }
    }
    return new String(chars);
  }
}
