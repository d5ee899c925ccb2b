package dev.retort.drift;

/**
 * One way the live database differs from the schema its migrations produce.
 *
 * @param kind what kind of difference
 * @param object the table, column, index or constraint, as the migrations name it
 *     ({@code book}, {@code book.title}, {@code ix_book_title})
 * @param detail what the migrations say and what the database has
 */
public record Difference(Kind kind, String object, String detail) {

  /** The kinds of difference. */
  public enum Kind {
    MISSING_TABLE,
    UNEXPECTED_TABLE,
    MISSING_COLUMN,
    UNEXPECTED_COLUMN,
    COLUMN_TYPE,
    COLUMN_NULLABILITY,
    PRIMARY_KEY,
    MISSING_INDEX,
    INDEX,
    MISSING_UNIQUE,
    MISSING_FOREIGN_KEY,
    UNEXPECTED_FOREIGN_KEY,
    FOREIGN_KEY
  }

  /** One line for people: {@code column book.title: the migrations say VARCHAR(200), the database has VARCHAR(100)}. */
  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + object + ": " + detail;
  }
}
