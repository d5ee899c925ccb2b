package dev.retort.processor.snapshot;

import static dev.retort.processor.snapshot.SnapshotFormatTest.SMALL_GOLDEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** Each way a snapshot can be broken, with the line (and column) the message points at. */
class SnapshotErrorsTest {
  private static final String FIX = "Fix the line, or restore the file from version control, then recompile.";

  @Test
  void gitConflictMarker() {
    String line = "    {\"name\": \"book_seq\", \"start\": 1, \"increment\": 50}\n";
    String text = edit(SMALL_GOLDEN, line, "<<<<<<< HEAD\n" + line + "=======\n" + line.replace("50", "1") + ">>>>>>> feature/other\n");

    SnapshotException e = error(text);

    assertThat(e.line()).isEqualTo(28);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.getMessage())
        .startsWith("unresolved git conflict (a line starting with <<<<<<<).")
        .contains("keeping both sides' tables")
        .contains("then recompile");
  }

  @Test
  void conflictMarkerWinsOverTheSyntaxErrorItCauses() {
    SnapshotException e = error(edit(SMALL_GOLDEN, "  \"sequences\": [", "=======\n  \"sequences\": ["));

    assertThat(e.line()).isEqualTo(27);
    assertThat(e.problem()).contains("=======");
  }

  @Test
  void syntaxErrorMissingComma() {
    SnapshotException e = error(edit(SMALL_GOLDEN, "\"nullable\": false, \"identity\": true},", "\"nullable\": false \"identity\": true},"));

    assertThat(e.line()).isEqualTo(7);
    assertThat(e.problem()).startsWith("JSON syntax error: Unexpected character");
    assertThat(e.getMessage()).endsWith(FIX);
  }

  @Test
  void syntaxErrorTrailingComma() {
    SnapshotException e = error(edit(SMALL_GOLDEN, "\"primaryKey\": [\"id\"]\n    },", "\"primaryKey\": [\"id\"],\n    },"));

    assertThat(e.line()).isEqualTo(11);
    assertThat(e.problem()).startsWith("JSON syntax error").endsWith("(is there a comma too many just before it?)");
  }

  @Test
  void syntaxErrorUnclosedString() {
    SnapshotException e = error(edit(SMALL_GOLDEN, "\"name\": \"author_id\"", "\"name\": \"author_id"));

    assertThat(e.line()).isEqualTo(16);
    assertThat(e.problem()).startsWith("JSON syntax error");
  }

  @Test
  void unknownKey() {
    SnapshotException e = error(edit(SMALL_GOLDEN, "\"primaryKey\": [\"id\"],", "\"primarykey\": [\"id\"],"));

    assertThat(e.line()).isEqualTo(18);
    assertThat(e.column()).isEqualTo(7);
    assertThat(e.problem()).isEqualTo("unknown key \"primarykey\" in table \"book\"; the keys here are "
        + "columns, primaryKey, uniqueConstraints, checks, foreignKeys, indexes");
  }

  @Test
  void unknownKeyInAColumn() {
    SnapshotException e = error(edit(SMALL_GOLDEN, "\"nullable\": true}", "\"nullable\": true, \"lenght\": 3}"));

    assertThat(e.line()).isEqualTo(16);
    assertThat(e.problem()).startsWith("unknown key \"lenght\" in a column");
  }

  @Test
  void wrongValueType() {
    SnapshotException e = error(edit(SMALL_GOLDEN, "\"nullable\": true}", "\"nullable\": \"yes\"}"));

    assertThat(e.line()).isEqualTo(16);
    assertThat(e.problem()).isEqualTo("\"nullable\" must be true or false but is a string");
  }

  @Test
  void wrongContainerType() {
    SnapshotException e = error(edit(SMALL_GOLDEN, "\"primaryKey\": [\"id\"],", "\"primaryKey\": \"id\","));

    assertThat(e.line()).isEqualTo(18);
    assertThat(e.problem()).isEqualTo("expected \"primaryKey\" (a list in []) but found a string");
  }

  @Test
  void wrongListEntryType() {
    SnapshotException e = error(edit(SMALL_GOLDEN, "\"primaryKey\": [\"id\"],", "\"primaryKey\": [1],"));

    assertThat(e.line()).isEqualTo(18);
    assertThat(e.problem()).contains("each entry of \"primaryKey\" must be a column name");
  }

  @Test
  void foreignKeyToMissingTable() {
    SnapshotException e = error(edit(SMALL_GOLDEN, "\"referencedTable\": \"author\"", "\"referencedTable\": \"authors\""));

    assertThat(e.line()).isEqualTo(20);
    assertThat(e.problem()).isEqualTo("foreign key \"fk_book_author\" of table \"book\" references table \"authors\","
        + " which the snapshot does not have");
    assertThat(e.getMessage()).endsWith(FIX);
  }

  @Test
  void foreignKeyToMissingColumn() {
    SnapshotException e = error(edit(SMALL_GOLDEN, "\"referencedColumns\": [\"id\"]", "\"referencedColumns\": [\"uuid\"]"));

    assertThat(e.line()).isEqualTo(20);
    assertThat(e.problem()).contains("references column \"uuid\", which table \"author\" does not have");
  }

  @Test
  void constraintOnMissingColumn() {
    SnapshotException e = error(edit(SMALL_GOLDEN, "\"columns\": [\"title\"]", "\"columns\": [\"titel\"]"));

    assertThat(e.line()).isEqualTo(23);
    assertThat(e.problem()).isEqualTo("index \"idx_book_title\" of table \"book\" lists column \"titel\", which the table does not have");
  }

  @Test
  void unknownColumnType() {
    SnapshotException e = error(edit(SMALL_GOLDEN, "\"type\": \"varchar(120)\"", "\"type\": \"varchr(120)\""));

    assertThat(e.line()).isEqualTo(8);
    assertThat(e.column()).isEqualTo(34);
    assertThat(e.problem()).startsWith("unknown column type 'varchr(120)'; expected a type such as bigint");
  }

  @Test
  void missingKey() {
    SnapshotException e = error(edit(SMALL_GOLDEN, "{\"name\": \"author_id\", \"type\": \"bigint\", ", "{\"name\": \"author_id\", "));

    assertThat(e.line()).isEqualTo(16);
    assertThat(e.column()).isEqualTo(9);
    assertThat(e.problem()).isEqualTo("column \"author_id\" of table \"book\" has no \"type\"");
  }

  @Test
  void repeatedKey() {
    SnapshotException e = error(edit(SMALL_GOLDEN, "\"nullable\": true}", "\"nullable\": true, \"nullable\": false}"));

    assertThat(e.line()).isEqualTo(16);
    assertThat(e.problem()).contains("Duplicate field 'nullable'");
  }

  @Test
  void repeatedColumn() {
    SnapshotException e = error(edit(SMALL_GOLDEN, "{\"name\": \"author_id\"", "{\"name\": \"title\""));

    assertThat(e.line()).isEqualTo(16);
    assertThat(e.problem()).isEqualTo("table \"book\" has a second column named \"title\"");
  }

  @Test
  void unknownOnDeleteAction() {
    SnapshotException e = error(edit(SMALL_GOLDEN, "\"NO_ACTION\"", "\"RESTRICT\""));

    assertThat(e.line()).isEqualTo(20);
    assertThat(e.problem()).contains("use NO_ACTION, CASCADE or SET_NULL");
  }

  @Test
  void valueTheModelRejects() {
    SnapshotException e = error(edit(SMALL_GOLDEN, "\"increment\": 50", "\"increment\": 0"));

    assertThat(e.line()).isEqualTo(28);
    assertThat(e.problem()).isEqualTo("sequence book_seq has increment 0");
  }

  @Test
  void numberTooLarge() {
    SnapshotException e = error(edit(SMALL_GOLDEN, "\"start\": 1,", "\"start\": 99999999999999999999,"));

    assertThat(e.line()).isEqualTo(28);
    assertThat(e.problem()).contains("too large");
  }

  @Test
  void newerFormat() {
    SnapshotException e = error(edit(SMALL_GOLDEN, "\"retort\": 1", "\"retort\": 2"));

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.problem()).startsWith("snapshot format 2 is not the format 1");
  }

  @Test
  void converterThatIsNotAClassName() {
    SnapshotException e = error(edit(SMALL_GOLDEN, "  \"revision\": \"7c1f0a9e3b21\",\n",
        "  \"revision\": \"7c1f0a9e3b21\",\n  \"converters\": [\n    true\n  ],\n"));

    assertThat(e.line()).isEqualTo(5);
    assertThat(e.problem()).isEqualTo("each entry of \"converters\" must be a class name in double quotes, not a boolean");
  }

  @Test
  void entityThatIsNotAClassName() {
    SnapshotException e = error(edit(SMALL_GOLDEN, "  \"revision\": \"7c1f0a9e3b21\",\n",
        "  \"revision\": \"7c1f0a9e3b21\",\n  \"entities\": [\n    \"com.example.Book\",\n    42\n  ],\n"));

    assertThat(e.line()).isEqualTo(6);
    assertThat(e.problem()).isEqualTo("each entry of \"entities\" must be a class name in double quotes, not a number");
  }

  @Test
  void ordinalThatIsNotAString() {
    SnapshotException e = error(edit(SMALL_GOLDEN, "{\"name\": \"author_id\", \"type\": \"bigint\", \"nullable\": true",
        "{\"name\": \"author_id\", \"type\": \"bigint\", \"nullable\": true, \"ordinals\": [\"A\", 2]"));

    assertThat(e.problem()).isEqualTo("each entry of \"ordinals\" must be an enum constant in double quotes, not a number");
  }

  @Test
  void notASnapshot() {
    assertThat(error("{\"tables\": {}}").problem()).startsWith("not a Retort snapshot");
    assertThat(error("[]").problem()).isEqualTo("expected the snapshot (an object in {}) but found a list");
  }

  @Test
  void emptyFile() {
    SnapshotException e = error("  \n");

    assertThat(e.line()).isEqualTo(1);
    assertThat(e.problem()).isEqualTo("the snapshot file is empty");
  }

  @Test
  void contentAfterTheEnd() {
    SnapshotException e = error(SMALL_GOLDEN + "{}\n");

    assertThat(e.line()).isEqualTo(31);
    assertThat(e.problem()).isEqualTo("unexpected content after the end of the snapshot");
  }

  private static SnapshotException error(String text) {
    SnapshotException e = catchThrowableOfType(SnapshotException.class, () -> SnapshotFormat.read(text));
    assertThat(e).as("reading should fail:\n" + text).isNotNull();
    assertThat(e.getMessage()).startsWith(e.problem() + ". ");
    return e;
  }

  private static String edit(String text, String from, String to) {
    assertThat(text).contains(from);
    assertThat(text.indexOf(from)).isEqualTo(text.lastIndexOf(from));
    return text.replace(from, to);
  }
}
