package dev.retort.processor.diff;

import static dev.retort.processor.diff.Fixtures.author;
import static dev.retort.processor.diff.Fixtures.book;
import static dev.retort.processor.diff.Fixtures.diff;
import static dev.retort.processor.diff.Fixtures.schema;
import static dev.retort.schema.CheckConstraint.check;
import static dev.retort.schema.Column.col;
import static dev.retort.schema.ForeignKey.foreignKey;
import static dev.retort.schema.Index.index;
import static dev.retort.schema.Index.uniqueIndex;
import static dev.retort.schema.UniqueConstraint.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.op.AddCheck;
import dev.retort.op.AddColumn;
import dev.retort.op.AddForeignKey;
import dev.retort.op.AddPrimaryKey;
import dev.retort.op.AddUnique;
import dev.retort.op.AlterColumn;
import dev.retort.op.AlterSequence;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreateSequence;
import dev.retort.op.CreateTable;
import dev.retort.op.DropCheck;
import dev.retort.op.DropColumn;
import dev.retort.op.DropForeignKey;
import dev.retort.op.DropIndex;
import dev.retort.op.DropPrimaryKey;
import dev.retort.op.DropSequence;
import dev.retort.op.DropTable;
import dev.retort.op.DropUnique;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One kind of change at a time: the exact operations, and a replay both ways. */
class SchemaDifferTest {

  @Test
  void sameSchemaGivesNothing() {
    Schema schema = schema(author(), book());
    Schema rebuilt = schema(book(), author());

    Diff diff = diff(schema, rebuilt);

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.upgrade()).isEmpty();
    assertThat(diff.downgrade()).isEmpty();
    assertThat(diff.warnings()).isEmpty();
    assertThat(diff.fromEmpty()).isFalse();
  }

  @Test
  void constraintOrderIsNoChange() {
    Table twoUniques = author().unique(unique("uk_a", "name")).unique(unique("uk_b", "id", "name"));
    Table reversed = author().unique(unique("uk_b", "id", "name")).unique(unique("uk_a", "name"));

    assertThat(diff(schema(twoUniques), schema(reversed)).isEmpty()).isTrue();
  }

  @Test
  void createsATableWithoutItsForeignKeysAndIndexes() {
    Diff diff = diff(schema(author()), schema(author(), book()));

    assertThat(diff.upgrade()).containsExactly(
        new CreateTable(book().withForeignKeys(List.of()).withIndexes(List.of())),
        new CreateIndex(index("idx_book_title", "book", "title")),
        new AddForeignKey("book", foreignKey("fk_book_author", "author_id", "author", "id")));
    assertThat(diff.fromEmpty()).isFalse();
  }

  @Test
  void dropsATableWithItsWholeDefinition() {
    Diff diff = diff(schema(author(), book()), schema(author()));

    assertThat(diff.upgrade()).containsExactly(new DropTable(book()));
    assertThat(diff.downgrade()).containsExactly(new CreateTable(book()));
  }

  @Test
  void addsAColumn() {
    Column isbn = col("isbn", ColumnType.character(13));

    Diff diff = diff(schema(book(), author()), schema(book().column(isbn), author()));

    assertThat(diff.upgrade()).containsExactly(new AddColumn("book", isbn));
    assertThat(diff.downgrade()).containsExactly(new DropColumn("book", isbn));
  }

  @Test
  void dropsAColumnKeepingItsDefinition() {
    Table withoutTitle = book().withColumns(book().columns().stream().filter(c -> !c.name().equals("title")).toList())
        .withIndexes(List.of());

    Diff diff = diff(schema(book(), author()), schema(withoutTitle, author()));

    assertThat(diff.upgrade()).containsExactly(
        new DropIndex(index("idx_book_title", "book", "title")),
        new DropColumn("book", col("title", ColumnType.varchar(255)).notNull()));
  }

  static Stream<Arguments> columnChanges() {
    return Stream.of(
        Arguments.of("type", (UnaryOperator<Column>) c -> c.withType(ColumnType.CLOB)),
        Arguments.of("length", (UnaryOperator<Column>) c -> c.withType(ColumnType.varchar(40))),
        Arguments.of("nullability", (UnaryOperator<Column>) c -> c.nullable(true)),
        Arguments.of("identity", (UnaryOperator<Column>) c -> new Column(c.name(), c.type(), false, true, null)),
        Arguments.of("default", (UnaryOperator<Column>) c -> c.defaultValue("'anonymous'")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("columnChanges")
  void altersAColumn(String what, UnaryOperator<Column> change) {
    Column before = author().column("name").orElseThrow();
    Column after = change.apply(before);
    Table changed = author().withColumns(List.of(author().columns().get(0), after));

    Diff diff = diff(schema(author()), schema(changed));

    assertThat(diff.upgrade()).containsExactly(new AlterColumn("author", before, after));
    assertThat(diff.downgrade()).containsExactly(new AlterColumn("author", after, before));
  }

  @Test
  void altersPrecisionAndScale() {
    Table price = Table.table("price").column(col("amount", ColumnType.decimal(10, 2)));
    Table wider = Table.table("price").column(col("amount", ColumnType.decimal(19, 4)));

    assertThat(diff(schema(price), schema(wider)).upgrade()).containsExactly(
        new AlterColumn("price", col("amount", ColumnType.decimal(10, 2)), col("amount", ColumnType.decimal(19, 4))));
  }

  @Test
  void columnOrderAloneIsNoChange() {
    Table reordered = author().withColumns(List.of(author().columns().get(1), author().columns().get(0)));

    assertThat(diff(schema(author()), schema(reordered)).isEmpty()).isTrue();
  }

  @Test
  void changesThePrimaryKeyByDroppingAndAddingIt() {
    Table old = Table.table("tag").column(col("a", ColumnType.INTEGER).notNull()).column(col("b", ColumnType.INTEGER).notNull())
        .primaryKey("a", "b");
    Table current = Table.table("tag").column(col("a", ColumnType.INTEGER).notNull()).column(col("b", ColumnType.INTEGER))
        .primaryKey("a");

    Diff diff = diff(schema(old), schema(current));

    // The key goes before b may become nullable, and comes back after.
    assertThat(diff.upgrade()).containsExactly(
        new DropPrimaryKey("tag", List.of("a", "b")),
        new AlterColumn("tag", col("b", ColumnType.INTEGER).notNull(), col("b", ColumnType.INTEGER)),
        new AddPrimaryKey("tag", List.of("a")));
  }

  @Test
  void addsAndDropsAPrimaryKey() {
    Table keyless = author().withPrimaryKey(List.of());

    assertThat(diff(schema(keyless), schema(author())).upgrade()).containsExactly(new AddPrimaryKey("author", List.of("id")));
    assertThat(diff(schema(author()), schema(keyless)).upgrade()).containsExactly(new DropPrimaryKey("author", List.of("id")));
  }

  @Test
  void uniqueConstraints() {
    Table old = author().unique(unique("uk_gone", "name")).unique(unique("uk_changed", "name")).unique(unique("uk_same", "id", "name"));
    Table current = author().unique(unique("uk_changed", "id", "name")).unique(unique("uk_same", "id", "name")).unique(unique("uk_new", "name"));

    assertThat(diff(schema(old), schema(current)).upgrade()).containsExactly(
        new DropUnique("author", unique("uk_changed", "name")),
        new DropUnique("author", unique("uk_gone", "name")),
        new AddUnique("author", unique("uk_changed", "id", "name")),
        new AddUnique("author", unique("uk_new", "name")));
  }

  @Test
  void checkConstraints() {
    Table old = author().check(check("ck_gone", "id > 0")).check(check("ck_changed", "id > 0"));
    Table current = author().check(check("ck_changed", "id > 1")).check(check("ck_new", "name <> ''"));

    assertThat(diff(schema(old), schema(current)).upgrade()).containsExactly(
        new DropCheck("author", check("ck_changed", "id > 0")),
        new DropCheck("author", check("ck_gone", "id > 0")),
        new AddCheck("author", check("ck_changed", "id > 1")),
        new AddCheck("author", check("ck_new", "name <> ''")));
  }

  @Test
  void indexes() {
    Table old = author().index(index("idx_gone", "author", "name")).index(index("idx_changed", "author", "name"));
    Table current = author().index(uniqueIndex("idx_changed", "author", "name")).index(index("idx_new", "author", "id", "name"));

    assertThat(diff(schema(old), schema(current)).upgrade()).containsExactly(
        new DropIndex(index("idx_changed", "author", "name")),
        new DropIndex(index("idx_gone", "author", "name")),
        new CreateIndex(uniqueIndex("idx_changed", "author", "name")),
        new CreateIndex(index("idx_new", "author", "id", "name")));
  }

  @Test
  void foreignKeys() {
    ForeignKey fk = foreignKey("fk_book_author", "author_id", "author", "id");
    Table cascading = book().withForeignKeys(List.of(fk.onDelete(ForeignKey.OnDelete.CASCADE)));
    Table unlinked = book().withForeignKeys(List.of());

    assertThat(diff(schema(author(), book()), schema(author(), cascading)).upgrade()).containsExactly(
        new DropForeignKey("book", fk),
        new AddForeignKey("book", fk.onDelete(ForeignKey.OnDelete.CASCADE)));
    assertThat(diff(schema(author(), book()), schema(author(), unlinked)).upgrade()).containsExactly(new DropForeignKey("book", fk));
    assertThat(diff(schema(author(), unlinked), schema(author(), book())).upgrade()).containsExactly(new AddForeignKey("book", fk));
  }

  @Test
  void sequencesAreCreatedFirstAndDroppedLast() {
    Schema old = Schema.of(List.of(author()), List.of(Sequence.sequence("gone_seq", 1, 1), Sequence.sequence("changed_seq", 1, 1)));
    Schema current = Schema.of(List.of(book().withForeignKeys(List.of())),
        List.of(Sequence.sequence("changed_seq", 1, 50), Sequence.sequence("new_seq", 1, 50)));

    Diff diff = diff(old, current);

    assertThat(diff.upgrade()).containsExactly(
        new AlterSequence(Sequence.sequence("changed_seq", 1, 1), Sequence.sequence("changed_seq", 1, 50)),
        new CreateSequence(Sequence.sequence("new_seq", 1, 50)),
        new CreateTable(book().withForeignKeys(List.of()).withIndexes(List.of())),
        new CreateIndex(index("idx_book_title", "book", "title")),
        new DropTable(author()),
        new DropSequence(Sequence.sequence("gone_seq", 1, 1)));
  }
}
