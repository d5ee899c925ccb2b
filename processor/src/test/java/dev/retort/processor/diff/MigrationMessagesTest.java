package dev.retort.processor.diff;

import static dev.retort.processor.diff.Fixtures.author;
import static dev.retort.processor.diff.Fixtures.book;
import static dev.retort.processor.diff.Fixtures.schema;
import static dev.retort.schema.Column.col;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.op.AddColumn;
import dev.retort.op.AddUnique;
import dev.retort.op.DropUnique;
import dev.retort.op.Operation;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationMessagesTest {

  private static String message(Schema old, Schema current) {
    return MigrationMessages.derive(SchemaDiffer.diff(old, current));
  }

  @Test
  void oneCreatedTable() {
    assertThat(message(schema(author()), schema(author(), book()))).isEqualTo("create_book");
    assertThat(message(Schema.EMPTY, schema(author()))).isEqualTo("create_author");
  }

  @Test
  void severalTablesFromNothing() {
    assertThat(message(Schema.EMPTY, schema(author(), book()))).isEqualTo("initial");
  }

  @Test
  void severalTablesLater() {
    Table other = Table.table("other").column(col("id", ColumnType.INTEGER));
    assertThat(message(schema(other), schema(other, author(), book()))).isEqualTo("create_author_create_book");
  }

  @Test
  void oneAddedColumn() {
    assertThat(message(schema(author()), schema(author().column(col("bio", ColumnType.CLOB))))).isEqualTo("add_author_bio");
  }

  @Test
  void oneDroppedColumn() {
    Table withBio = author().column(col("bio", ColumnType.CLOB));
    assertThat(message(schema(withBio), schema(author()))).isEqualTo("drop_author_bio");
  }

  @Test
  void droppedTable() {
    assertThat(message(schema(author(), book()), schema(author()))).isEqualTo("drop_book");
  }

  @Test
  void combinationWhileShort() {
    Table old = author().column(col("bio", ColumnType.CLOB));
    Table current = author().column(col("age", ColumnType.INTEGER));
    assertThat(message(schema(old), schema(current))).isEqualTo("add_author_age_drop_author_bio");
  }

  @Test
  void changedConstraintIsAnAlter() {
    Diff diff = Diff.of(List.of(
        new DropUnique("t", UniqueConstraint.unique("uk_t_a", "a")),
        new AddUnique("t", UniqueConstraint.unique("uk_t_a", "a", "b"))), List.of(), false);
    assertThat(MigrationMessages.derive(diff)).isEqualTo("alter_uk_t_a");
  }

  @Test
  void manyChangesToOneTable() {
    List<Operation> ops = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ops.add(new AddColumn("member", col("column_" + i, ColumnType.INTEGER)));
    }
    assertThat(MigrationMessages.derive(Diff.of(ops, List.of(), false))).isEqualTo("alter_member");
  }

  @Test
  void manyChangesEverywhere() {
    List<Operation> ops = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ops.add(new AddColumn("table_" + i, col("c", ColumnType.INTEGER)));
    }
    assertThat(MigrationMessages.derive(Diff.of(ops, List.of(), false))).isEqualTo("auto");
  }

  @Test
  void onlySafeCharactersAndCapped() {
    Table qualified = Table.table("Sales.Order-Lines").column(col("id", ColumnType.INTEGER));
    Table longName = Table.table("a_very_long_table_name_that_goes_on_and_on_and_on_forever").column(col("id", ColumnType.INTEGER));
    Table odd = Table.table("ünïcödé").column(col("id", ColumnType.INTEGER));

    assertThat(message(Schema.EMPTY, schema(qualified))).isEqualTo("create_sales_order_lines");
    assertThat(message(Schema.EMPTY, schema(longName))).isEqualTo("create_a_very_long_table_name_that_goes_on_and_on").hasSizeLessThanOrEqualTo(50);
    assertThat(message(Schema.EMPTY, schema(odd))).isEqualTo("create_unicode");
  }

  @Test
  void nothingToDo() {
    assertThat(message(schema(author()), schema(author()))).isEqualTo("empty");
  }
}
