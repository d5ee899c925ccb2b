package dev.retort.processor.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SnapshotFormatTest {

  static final String SMALL_GOLDEN = """
      {
        "retort": 1,
        "revision": "7c1f0a9e3b21",
        "tables": {
          "author": {
            "columns": [
              {"name": "id", "type": "bigint", "nullable": false, "identity": true},
              {"name": "name", "type": "varchar(120)", "nullable": false}
            ],
            "primaryKey": ["id"]
          },
          "book": {
            "columns": [
              {"name": "id", "type": "bigint", "nullable": false},
              {"name": "title", "type": "varchar(255)", "nullable": false, "default": "'untitled'"},
              {"name": "author_id", "type": "bigint", "nullable": true}
            ],
            "primaryKey": ["id"],
            "foreignKeys": [
              {"name": "fk_book_author", "columns": ["author_id"], "referencedTable": "author", "referencedColumns": ["id"], "onDelete": "NO_ACTION"}
            ],
            "indexes": [
              {"name": "idx_book_title", "columns": ["title"], "unique": false}
            ]
          }
        },
        "sequences": [
          {"name": "book_seq", "start": 1, "increment": 50}
        ]
      }
      """;

  @Test
  void writesTheGoldenText() {
    assertThat(SnapshotFormat.write(new Snapshot("7c1f0a9e3b21", Schemas.small()))).isEqualTo(SMALL_GOLDEN);
  }

  @Test
  void readsTheGoldenText() {
    assertThat(SnapshotFormat.read(SMALL_GOLDEN)).isEqualTo(new Snapshot("7c1f0a9e3b21", Schemas.small()));
  }

  @Test
  void writesThePackageAndTheSortedEntityClasses() {
    Snapshot snapshot = new Snapshot("r1", "com.example.migrations",
        List.of("com.example.Book", "com.example.Author", "com.example.Book"), Schema.EMPTY);

    String text = SnapshotFormat.write(snapshot);

    assertThat(text).isEqualTo("""
        {
          "retort": 1,
          "revision": "r1",
          "package": "com.example.migrations",
          "entities": [
            "com.example.Author",
            "com.example.Book"
          ],
          "tables": {},
          "sequences": []
        }
        """);
    assertThat(SnapshotFormat.read(text)).isEqualTo(snapshot);
    assertThat(SnapshotFormat.read(text).entities()).containsExactly("com.example.Author", "com.example.Book");
  }

  @Test
  void writesTheSortedAutoAppliedConvertersAfterTheEntities() {
    Snapshot snapshot = new Snapshot("r1", "com.example.migrations", List.of("com.example.Book"), Schema.EMPTY, Map.of(),
        List.of("com.example.convert.YesNo", "com.example.convert.Money"));

    String text = SnapshotFormat.write(snapshot);

    assertThat(text).isEqualTo("""
        {
          "retort": 1,
          "revision": "r1",
          "package": "com.example.migrations",
          "entities": [
            "com.example.Book"
          ],
          "converters": [
            "com.example.convert.Money",
            "com.example.convert.YesNo"
          ],
          "tables": {},
          "sequences": []
        }
        """);
    assertThat(SnapshotFormat.read(text)).isEqualTo(snapshot);
    assertThat(SnapshotFormat.read(text).converters()).containsExactly("com.example.convert.Money", "com.example.convert.YesNo");
  }

  @Test
  void recordsTheConstantsOfOrdinalEnumColumnsOnTheirLine() {
    Schema schema = Schema.of(List.of(Table.table("book")
        .column(Column.col("id", ColumnType.BIGINT).notNull())
        .column(Column.col("format", ColumnType.TINYINT))
        .primaryKey("id")), List.of());
    Snapshot snapshot = new Snapshot("r1", null, List.of(), schema, Map.of("book.format", List.of("PAPER", "EBOOK", "it\"s")));

    String text = SnapshotFormat.write(snapshot);

    assertThat(text).contains("        {\"name\": \"format\", \"type\": \"tinyint\", \"nullable\": true, "
        + "\"ordinals\": [\"PAPER\", \"EBOOK\", \"it\\\"s\"]}\n");
    assertThat(SnapshotFormat.read(text)).isEqualTo(snapshot);
    assertThat(SnapshotFormat.read(text).ordinals()).containsExactly(Map.entry("book.format", List.of("PAPER", "EBOOK", "it\"s")));
  }

  @Test
  void writesAnEmptySchemaWithoutRevision() {
    String text = SnapshotFormat.write(Snapshot.EMPTY);
    assertThat(text).isEqualTo("""
        {
          "retort": 1,
          "tables": {},
          "sequences": []
        }
        """);
    assertThat(SnapshotFormat.read(text)).isEqualTo(Snapshot.EMPTY);
  }

  @Test
  void roundTripsARichSchemaExactly() {
    Snapshot snapshot = new Snapshot("abc", Schemas.rich());
    String text = SnapshotFormat.write(snapshot);

    Snapshot read = SnapshotFormat.read(text);

    assertThat(read).isEqualTo(new Snapshot("abc", sorted(Schemas.rich())));
    assertThat(SnapshotFormat.write(read)).isEqualTo(text);
  }

  @Test
  void keepsColumnOrderAndSortsEverythingElseByName() {
    String text = SnapshotFormat.write(new Snapshot(null, Schemas.rich()));

    assertThat(text).containsSubsequence("\"c_boolean\"", "\"c_tinyint\"", "\"c_custom\"", "Größe");
    assertThat(text).containsSubsequence("\"uk_a\"", "\"uk_z\"", "\"ck_a\"", "\"ck_decimal\"", "\"idx_a\"", "\"idx_z\"");
    assertThat(text).containsSubsequence("\"child\": {", "\"empty\": {", "\"sales.all_types\": {");
    assertThat(text).containsSubsequence("\"a_seq\"", "\"z_seq\"");
    assertThat(text).contains("{\"name\": \"fk_composite\", \"columns\": [\"other_a\", \"other_b\"]");
  }

  @Test
  void escapesStringsPerJson() {
    String text = SnapshotFormat.write(new Snapshot(null, Schemas.rich()));

    assertThat(text)
        .contains("\"default\": \"'it''s \\\"quoted\\\"\\\\n'\"")
        .contains("\"name\": \"Größe \\\"quoted\\\" \\\\ ünïcödé 😀\"")
        .contains("\"default\": \"tab\\there\\u0001\\u007f\"")
        .contains("\"type\": \"custom(jsonb not null\\n  default '{}'::jsonb check (x in ('a)', 'b')))\"")
        .contains("\"type\": \"enum('DRAFT','it''s','a,b','(x)','',' spaced ')\"");
    assertThat(text.getBytes(StandardCharsets.UTF_8)).asString(StandardCharsets.UTF_8).isEqualTo(text);
  }

  @Test
  void escapesUnpairedSurrogatesSoTheyRoundTrip() {
    String odd = "a\uD800b\uDC00";
    Schema schema = Schema.EMPTY.withTable(Table.table("t")
        .column(dev.retort.schema.Column.col("c", ColumnType.CLOB).defaultValue(odd)));

    String text = SnapshotFormat.write(new Snapshot(null, schema));

    assertThat(text).contains("a\\ud800b\\udc00");
    assertThat(SnapshotFormat.read(text).schema()).isEqualTo(schema);
  }

  @Test
  void isDeterministicWhateverTheBuildOrder() {
    Schema forward = Schemas.rich();
    Schema shuffled = new Schema(Collections.emptyMap(), Collections.emptyMap());
    List<Table> tables = new ArrayList<>(forward.tables().values());
    Collections.reverse(tables);
    for (Table table : tables) {
      shuffled = shuffled.withTable(reversedConstraints(table));
    }
    List<String> sequenceNames = new ArrayList<>(forward.sequences().keySet());
    Collections.reverse(sequenceNames);
    for (String name : sequenceNames) {
      shuffled = shuffled.withSequence(forward.sequences().get(name));
    }

    String first = SnapshotFormat.write(new Snapshot("r1", forward));

    assertThat(SnapshotFormat.write(new Snapshot("r1", shuffled))).isEqualTo(first);
    assertThat(SnapshotFormat.write(new Snapshot("r1", forward))).isEqualTo(first);
  }

  @Test
  void endsWithOneNewlineAndUsesNoCarriageReturnsOrTabs() {
    String text = SnapshotFormat.write(new Snapshot("r", Schemas.rich()));

    assertThat(text).endsWith("}\n").doesNotEndWith("\n\n").doesNotContain("\r").doesNotContain("\t");
  }

  @Test
  void readsWhatPeopleWriteByHand() {
    String text = """
        {"tables": {"t": {"indexes": [], "columns": [
          {"type": "VARCHAR( 20 )", "name": "c", "nullable": true, "identity": false, "default": null},
          {"type": "Decimal(10, 2)", "name": "d", "nullable": false}]}},
         "retort": 1, "revision": null}
        """;

    Snapshot snapshot = SnapshotFormat.read("\uFEFF" + text.replace("\n", "\r\n"));

    assertThat(snapshot.revision()).isNull();
    assertThat(snapshot.schema().tables().get("t").columns()).containsExactly(
        dev.retort.schema.Column.col("c", ColumnType.varchar(20)),
        dev.retort.schema.Column.col("d", ColumnType.decimal(10, 2)).notNull());
    assertThat(snapshot.schema().sequences()).isEmpty();
  }

  @Test
  void refusesToWriteWhatItCouldNotReadBack() {
    Schema dangling = Schema.EMPTY.withTable(Table.table("t")
        .column(dev.retort.schema.Column.col("a", ColumnType.BIGINT))
        .index(Index.index("idx_t_b", "t", "b")));
    Schema oddType = Schema.EMPTY.withTable(Table.table("t")
        .column(dev.retort.schema.Column.col("a", new ColumnType(ColumnType.Kind.BIGINT, 8, 0, 0, List.of()))));

    assertThatThrownBy(() -> SnapshotFormat.write(new Snapshot(null, dangling)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index \"idx_t_b\" of table \"t\" lists column \"b\"");
    assertThatThrownBy(() -> SnapshotFormat.write(new Snapshot(null, oddType)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sizes or values its kind does not use");
  }

  /** The schema as the reader returns it: constraints sorted by name, everything else as is. */
  static Schema sorted(Schema schema) {
    Schema result = schema;
    for (Table table : schema.tables().values()) {
      result = result.withTable(table
          .withUniqueConstraints(sort(table.uniqueConstraints(), UniqueConstraint::name))
          .withChecks(sort(table.checks(), CheckConstraint::name))
          .withForeignKeys(sort(table.foreignKeys(), ForeignKey::name))
          .withIndexes(sort(table.indexes(), Index::name)));
    }
    return result;
  }

  private static Table reversedConstraints(Table table) {
    return table
        .withUniqueConstraints(reverse(table.uniqueConstraints()))
        .withChecks(reverse(table.checks()))
        .withForeignKeys(reverse(table.foreignKeys()))
        .withIndexes(reverse(table.indexes()));
  }

  private static <T> List<T> sort(List<T> list, Function<T, String> name) {
    return list.stream().sorted(Comparator.comparing(name)).toList();
  }

  private static <T> List<T> reverse(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }
}
