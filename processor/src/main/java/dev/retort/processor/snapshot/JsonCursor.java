package dev.retort.processor.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Jackson's streaming parser with the checks the snapshot reader needs, each of which fails with
 * a {@link SnapshotException} at the offending token. The cursor always stands on one token;
 * value readers look at the current token without moving.
 */
final class JsonCursor {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final JsonParser parser;
  private String field;
  private Position fieldPosition;

  JsonCursor(String text) {
    try {
      parser = FACTORY.createParser(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a String does no I/O
    }
  }

  /** Moves to the next token; null at the end of the text. */
  JsonToken advance() {
    try {
      return parser.nextToken();
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
      String problem = "JSON syntax error: " + e.getOriginalMessage();
      if (problem.contains("Unexpected character ('}'") || problem.contains("Unexpected character (']'")) {
        problem += " (is there a comma too many just before it?)"; // JSON allows no trailing comma
      }
      throw new SnapshotException(at.getLineNr(), at.getColumnNr(), problem, SnapshotException.FIX_ADVICE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JsonToken token() {
    return parser.currentToken();
  }

  /** Where the current token starts. */
  Position here() {
    JsonLocation at = parser.currentTokenLocation();
    return new Position(at.getLineNr(), at.getColumnNr());
  }

  SnapshotException error(String problem) {
    return here().error(problem);
  }

  /** Requires the current token to open an object. */
  Position requireObject(String what) {
    return require(JsonToken.START_OBJECT, what + " (an object in {})");
  }

  /** Requires the current token to open a list. */
  Position requireArray(String what) {
    return require(JsonToken.START_ARRAY, what + " (a list in [])");
  }

  private Position require(JsonToken expected, String what) {
    if (token() != expected) {
      throw error("expected " + what + " but found " + describe(token()));
    }
    return here();
  }

  /** Moves to the next field's value and returns true, or returns false at the end of the object. */
  boolean nextField() {
    if (advance() == JsonToken.END_OBJECT) {
      return false;
    }
    field = text();
    fieldPosition = here();
    advance();
    return true;
  }

  /** The name of the field whose value the cursor stands on. */
  String field() {
    return field;
  }

  SnapshotException unknownField(String where, String known) {
    return fieldPosition.error("unknown key \"" + field + "\" in " + where + "; the keys here are " + known);
  }

  /** Moves to the next element and returns true, or returns false at the end of the list. */
  boolean nextElement() {
    return advance() != JsonToken.END_ARRAY;
  }

  String string() {
    if (token() != JsonToken.VALUE_STRING) {
      throw wrongType("a string in double quotes");
    }
    return text();
  }

  /** A string, or null for JSON null. */
  String stringOrNull() {
    return token() == JsonToken.VALUE_NULL ? null : string();
  }

  boolean bool() {
    if (token() != JsonToken.VALUE_TRUE && token() != JsonToken.VALUE_FALSE) {
      throw wrongType("true or false");
    }
    return token() == JsonToken.VALUE_TRUE;
  }

  long integer() {
    if (token() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType("a whole number");
    }
    try {
      return parser.getLongValue();
    } catch (JsonProcessingException e) {
      throw error("the number " + text() + " is too large");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String text() {
    try {
      return parser.getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SnapshotException wrongType(String expected) {
    return error("\"" + field + "\" must be " + expected + " but is " + describe(token()));
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the file";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "a list";
      case END_OBJECT -> "the end of an object";
      case END_ARRAY -> "the end of a list";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.toString();
    };
  }
}
