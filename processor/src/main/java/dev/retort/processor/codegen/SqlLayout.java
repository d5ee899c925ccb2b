package dev.retort.processor.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a statement for reading: a {@code CREATE TABLE} gets one column or constraint per
 * line, as people write it; any other statement stays on its line. Only where the text splits is
 * decided here (top-level commas of the element list, outside quotes and nested parentheses);
 * the words are the dialect's, unchanged.
 */
final class SqlLayout {
  private static final String INDENT = "  ";

  private SqlLayout() {}

  static List<String> lines(String statement) {
    if (!statement.regionMatches(true, 0, "CREATE TABLE ", 0, 13) || statement.contains("\n")) {
      return List.of(statement);
    }
    int open = topLevelParenthesis(statement);
    if (open < 0 || !statement.endsWith(")")) {
      return List.of(statement);
    }
    List<String> elements = splitTopLevel(statement.substring(open + 1, statement.length() - 1));
    if (elements == null) {
      return List.of(statement);
    }
    List<String> lines = new ArrayList<>();
    lines.add(statement.substring(0, open + 1));
    for (int i = 0; i < elements.size(); i++) {
      lines.add(INDENT + elements.get(i).strip() + (i < elements.size() - 1 ? "," : ""));
    }
    lines.add(")");
    return lines;
  }

  /** The first parenthesis outside quotes: where the element list starts. */
  private static int topLevelParenthesis(String sql) {
    char quote = 0;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (quote != 0) {
        quote = c == closing(quote) ? 0 : quote;
      } else if (c == '"' || c == '\'' || c == '`' || c == '[') {
        quote = c;
      } else if (c == '(') {
        return i;
      }
    }
    return -1;
  }

  /** The parts between top-level commas; null when the quotes or parentheses do not balance. */
  private static List<String> splitTopLevel(String list) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    char quote = 0;
    int start = 0;
    for (int i = 0; i < list.length(); i++) {
      char c = list.charAt(i);
      if (quote != 0) {
        quote = c == closing(quote) ? 0 : quote;
      } else if (c == '"' || c == '\'' || c == '`' || c == '[') {
        quote = c;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (--depth < 0) {
          return null;
        }
      } else if (c == ',' && depth == 0) {
        parts.add(list.substring(start, i));
        start = i + 1;
      }
    }
    if (depth != 0 || quote != 0) {
      return null;
    }
    parts.add(list.substring(start));
    return parts;
  }

  /** Doubled quotes ('it''s') close and reopen, which leaves the state right. */
  private static char closing(char quote) {
    return quote == '[' ? ']' : quote;
  }
}
