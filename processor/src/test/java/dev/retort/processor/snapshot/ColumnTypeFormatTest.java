package dev.retort.processor.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.Kind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ColumnTypeFormatTest {

  static List<ColumnType> everyKind() {
    List<ColumnType> types = new ArrayList<>(List.of(
        ColumnType.BOOLEAN, ColumnType.TINYINT, ColumnType.SMALLINT, ColumnType.INTEGER, ColumnType.BIGINT,
        ColumnType.REAL, ColumnType.DOUBLE, ColumnType.decimal(19, 2), ColumnType.decimal(38, 0),
        ColumnType.character(1), ColumnType.varchar(255), ColumnType.varchar(0), ColumnType.CLOB,
        ColumnType.varbinary(16), ColumnType.BLOB, ColumnType.DATE, ColumnType.time(0), ColumnType.timeTz(3), ColumnType.timestamp(6),
        ColumnType.timestampTz(9), ColumnType.INTERVAL, ColumnType.UUID,
        ColumnType.enumOf("A"), ColumnType.enumOf("it's", "a,b", "", "''", " x ", "(y)", "ü😀"),
        ColumnType.enumOf(20, "A", "B"), ColumnType.enumOf(3, "1,2"),
        ColumnType.custom("jsonb"), ColumnType.custom(""), ColumnType.custom("enum('a','b') not null"),
        ColumnType.custom(")("), ColumnType.custom("geometry(Point, 4326)\n-- comment")));
    return types;
  }

  @Test
  void coversEveryKind() {
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    everyKind().forEach(t -> kinds.add(t.kind()));
    assertThat(kinds).containsExactlyInAnyOrder(Kind.values());
  }

  @ParameterizedTest
  @MethodSource("everyKind")
  void roundTripsExactly(ColumnType type) {
    assertThat(ColumnTypeFormat.parse(ColumnTypeFormat.print(type))).isEqualTo(type);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "bigint                | BIGINT",
      "varchar(255)          | VARCHAR",
      "decimal(19,2)         | DECIMAL",
      "time_tz(0)            | TIME_TZ",
      "timestamp_tz(6)       | TIMESTAMP_TZ",
      "enum('A','B''s')      | ENUM",
      "enum(20,'A','B')      | ENUM",
      "custom(jsonb)         | CUSTOM"})
  void printsTheDocumentedForm(String text, Kind kind) {
    ColumnType type = ColumnTypeFormat.parse(text);
    assertThat(type.kind()).isEqualTo(kind);
    assertThat(ColumnTypeFormat.print(type)).isEqualTo(text);
  }

  @Test
  void forgivesCaseAndSpaces() {
    assertThat(ColumnTypeFormat.parse("VarChar ( 20 )")).isEqualTo(ColumnType.varchar(20));
    assertThat(ColumnTypeFormat.parse("DECIMAL(10 , 2)")).isEqualTo(ColumnType.decimal(10, 2));
    assertThat(ColumnTypeFormat.parse("ENUM( 'a' , 'b' )")).isEqualTo(ColumnType.enumOf("a", "b"));
    assertThat(ColumnTypeFormat.parse("enum( 20 , 'a')")).isEqualTo(ColumnType.enumOf(20, "a"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "varchr(255)      | unknown column type 'varchr(255)'",
      "varchar          | needs its size or values in parentheses",
      "varchar(x)       | has 'x' where a size belongs",
      "varchar(-1)      | has '-1' where a size belongs",
      "varchar(99999999999) | size too large",
      "varchar(20       | does not end with ')'",
      "bigint(8)        | takes no size",
      "decimal(10)      | needs a precision and a scale",
      "enum()           | at least one value",
      "enum(A,B)        | must be quoted",
      "enum('A' 'B')    | separated by commas",
      "enum('A',)       | missing after the last comma",
      "enum('A)         | unterminated",
      "enum(20)         | at least one value after its length",
      "\"\"             | unknown column type"})
  void rejectsWhatItCannotRead(String text, String message) {
    assertThatThrownBy(() -> ColumnTypeFormat.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void refusesToPrintWhatWouldBeLost() {
    assertThatThrownBy(() -> ColumnTypeFormat.print(new ColumnType(Kind.INTEGER, 0, 10, 0, List.of())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ColumnTypeFormat.print(new ColumnType(Kind.CUSTOM, 0, 0, 0, List.of("a", "b"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ColumnTypeFormat.print(new ColumnType(Kind.VARCHAR, 10, 0, 2, List.of())))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
