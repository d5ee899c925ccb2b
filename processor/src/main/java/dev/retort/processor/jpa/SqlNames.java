package dev.retort.processor.jpa;

import dev.retort.processor.Diagnostics;
import dev.retort.processor.Diagnostics.Tag;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Checks the names that go into SQL at compile time, where the developer can fix them: nothing a
 * dialect could not quote safely, and no reserved word. Retort quotes every name it writes, but
 * Hibernate writes names unquoted by default, so a table called {@code order} or {@code user}
 * would be created by the migration and then rejected in every query Hibernate sends.
 */
final class SqlNames {
  /**
   * Words reserved in standard SQL that H2, PostgreSQL and MariaDB/MySQL reject (at least one of
   * them) as an unquoted table or column name.
   */
  static final Set<String> RESERVED = Set.of(
      "ALL", "ALTER", "AND", "ANY", "ARRAY", "AS", "ASC", "BETWEEN", "BOTH", "BY", "CASE", "CAST", "CHECK",
      "COLUMN", "CONSTRAINT", "CREATE", "CROSS", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP",
      "CURRENT_USER", "DEFAULT", "DELETE", "DESC", "DISTINCT", "DROP", "ELSE", "END", "EXCEPT", "EXISTS", "FALSE",
      "FETCH", "FOR", "FOREIGN", "FROM", "FULL", "GRANT", "GROUP", "HAVING", "IN", "INNER", "INSERT", "INTERSECT",
      "INTO", "IS", "JOIN", "LEADING", "LEFT", "LIKE", "LIMIT", "LOCALTIME", "LOCALTIMESTAMP", "NATURAL", "NOT",
      "NULL", "OFFSET", "ON", "OR", "ORDER", "OUTER", "PRIMARY", "REFERENCES", "RIGHT", "ROW", "ROWS", "SELECT",
      "SESSION_USER", "SET", "SOME", "TABLE", "THEN", "TO", "TRAILING", "TRUE", "UNION", "UNIQUE", "UPDATE",
      "USER", "USING", "VALUES", "WHEN", "WHERE", "WINDOW", "WITH");

  private final Diagnostics diagnostics;

  SqlNames(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Whether the name is usable; reports why not on the element otherwise. */
  boolean check(String name, Element element, AnnotationMirror annotation, String what) {
    String problem = null;
    String advice = "Use letters, digits and underscores.";
    if (name.isBlank()) {
      problem = "is blank";
    } else if (name.startsWith("\"") || name.startsWith("`")) {
      problem = "is quoted";
      advice = "Retort does not support quoted (delimited) identifiers yet: use a name that needs no quotes.";
    } else if (name.chars().anyMatch(c -> Character.isISOControl(c) || c == '"' || c == '`' || c == '[' || c == ']' || c == ';')) {
      problem = "contains a quote, bracket, semicolon or control character";
    } else if (name.startsWith(".") || name.endsWith(".") || name.split("\\.", -1).length > 2) {
      problem = "is not of the form name or schema.name";
    } else if (RESERVED.contains(name.substring(name.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT))) {
      problem = "is a reserved word in SQL";
      advice = "Hibernate writes it unquoted, so the database rejects its statements. Name the " + what
          + " explicitly" + (what.equals("table") ? " with @Table(name = \"...\")" : " with @Column(name = \"...\")")
          + ", for example with a prefix or a plural.";
    }
    if (problem != null) {
      diagnostics.error(Tag.MAPPING, "The " + what + " name '" + name + "' " + problem + ". " + advice, element, annotation);
      return false;
    }
    return true;
  }
}
