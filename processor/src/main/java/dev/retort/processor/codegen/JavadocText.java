package dev.retort.processor.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text that goes into a Javadoc comment. User text is escaped as HTML and so that it cannot end
 * the comment ({@code *}{@code /}), start a tag ({@code @}) or hide a Unicode escape (a
 * backslash): javac reads {@code \}{@code u002a/} in a comment as the end of it.
 */
final class JavadocText {
  /** Javadoc lines start with {@code " * "}; the text after it fits in 100 columns. */
  static final int WIDTH = 97;

  /** Runs of white space, line breaks and control characters, whatever the script. */
  private static final Pattern BLANKS = Pattern.compile("[\\s\\p{Z}\\p{Cc}]+");

  private JavadocText() {}

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int previous = 0;
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      int c = text.codePointAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        case '/' -> out.append(previous == '*' ? "&#47;" : "/");
        default -> out.appendCodePoint(shown(c));
      }
      previous = c;
    }
    return out.toString();
  }

  /**
   * A space for a line break or control character (JavaPoet would start a new comment line at a
   * line separator), the replacement character for a lone surrogate, otherwise the character.
   */
  private static int shown(int c) {
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> ' ';
      case Character.SURROGATE -> '\ufffd';
      default -> c;
    };
  }

  /**
   * A revision message as the first sentence of a comment: underscores and line breaks become
   * spaces, the first letter is capitalised and a full stop is added unless it has one
   * ({@code add_member_phone} gives {@code Add member phone.}). Not escaped.
   */
  static String sentence(String message) {
    String words = BLANKS.matcher(message.replace('_', ' ')).replaceAll(" ").strip();
    if (words.isEmpty()) {
      return "";
    }
    int first = words.codePointAt(0);
    String sentence = new StringBuilder()
        .appendCodePoint(Character.toUpperCase(first))
        .append(words, Character.charCount(first), words.length())
        .toString();
    char last = sentence.charAt(sentence.length() - 1);
    return last == '.' || last == '!' || last == '?' ? sentence : sentence + ".";
  }

  /** Breaks a paragraph between words so that no line is longer than {@link #WIDTH}, if it can. */
  static String wrap(String paragraph) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.strip().split(" +")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return String.join("\n", lines);
  }
}
