package dev.retort.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import java.util.List;

/**
 * Literals spelled as a person would write them, and so that a reviewer sees every character.
 *
 * <p>Strings are not printed with JavaPoet's {@code $S}: it leaves invisible characters as they
 * are and breaks the line at Unicode line separators (U+2028, U+2029), inside the literal, which
 * does not compile. Here line breaks, tabs and other control characters, invisible format and
 * space characters (zero-width and no-break spaces, for example) and lone surrogates are escaped;
 * letters of any script, and emoji, are kept. A string with line breaks in it is printed one line
 * per literal, joined with {@code +}.
 *
 * <p>Which characters count as invisible comes from {@link Character#getType}, so a character
 * that a later Unicode version assigns could be printed differently by a newer JDK; every
 * character assigned today prints the same on every JDK from 17 on.
 */
final class Literals {
  private Literals() {}

  /** A {@code long} argument: plain when it fits an {@code int} (it widens), with L otherwise. */
  static String longValue(long value) {
    boolean fitsInt = value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
    return fitsInt ? Long.toString(value) : value + "L";
  }

  /** String literals separated by commas (where a line may wrap), for a varargs parameter. */
  static CodeBlock strings(List<String> values) {
    return values.stream().map(Literals::string).collect(CodeBlock.joining(",$W"));
  }

  /** A string literal, or several joined with {@code +} when the value has line breaks. */
  static CodeBlock string(String value) {
    int lineEnd = value.indexOf('\n');
    if (lineEnd < 0 || lineEnd == value.length() - 1) {
      return CodeBlock.of("$L", quoted(value));
    }
    CodeBlock.Builder code =
        CodeBlock.builder().add("$L$>$>", quoted(value.substring(0, lineEnd + 1)));
    int start = lineEnd + 1;
    while (start < value.length()) {
      int end = value.indexOf('\n', start);
      end = end < 0 || end == value.length() - 1 ? value.length() : end + 1;
      code.add("\n+ $L", quoted(value.substring(start, end)));
      start = end;
    }
    return code.add("$<$<").build();
  }

  private static String quoted(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    value.codePoints().forEach(codePoint -> appendEscaped(out, codePoint));
    return out.append('"').toString();
  }

  private static void appendEscaped(StringBuilder out, int codePoint) {
    switch (codePoint) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      case '\b' -> out.append("\\b");
      case '\f' -> out.append("\\f");
      default -> {
        if (visible(codePoint)) {
          out.appendCodePoint(codePoint);
        } else {
          // A Unicode escape is safe here: none of these is a quote, a backslash or a line end.
          for (char c : Character.toChars(codePoint)) {
            out.append(String.format("\\u%04x", (int) c));
          }
        }
      }
    }
  }

  private static boolean visible(int codePoint) {
    if (codePoint == ' ') {
      return true;
    }
    return switch (Character.getType(codePoint)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SPACE_SEPARATOR,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SURROGATE,
          Character.PRIVATE_USE -> false;
      default -> true;
    };
  }
}
