package dev.retort.processor.diff;

import static dev.retort.processor.diff.Fixtures.author;
import static dev.retort.processor.diff.Fixtures.book;
import static dev.retort.processor.diff.Fixtures.diff;
import static dev.retort.processor.diff.Fixtures.schema;
import static dev.retort.schema.Column.col;
import static dev.retort.schema.ForeignKey.foreignKey;
import static dev.retort.schema.Index.index;
import static dev.retort.schema.UniqueConstraint.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.op.AddColumn;
import dev.retort.op.AddForeignKey;
import dev.retort.op.AddUnique;
import dev.retort.op.AlterColumn;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreateSequence;
import dev.retort.op.CreateTable;
import dev.retort.op.DropColumn;
import dev.retort.op.DropForeignKey;
import dev.retort.op.DropTable;
import dev.retort.op.DropUnique;
import dev.retort.op.Operation;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Foreign keys decide the order; these are the shapes where a wrong order fails on a database. */
class DiffOrderingTest {

  /** author and publisher are referenced by book, which sorts between them by name. */
  private static Table publisher() {
    return Table.table("publisher").column(col("id", ColumnType.BIGINT).notNull()).primaryKey("id");
  }

  private static Table bookWithPublisher() {
    return book().column(col("publisher_id", ColumnType.BIGINT))
        .foreignKey(foreignKey("fk_book_publisher", "publisher_id", "publisher", "id"));
  }

  private static Table a() {
    return Table.table("a").column(col("id", ColumnType.INTEGER).notNull()).column(col("b_id", ColumnType.INTEGER))
        .primaryKey("id").foreignKey(foreignKey("fk_a_b", "b_id", "b", "id"));
  }

  private static Table b() {
    return Table.table("b").column(col("id", ColumnType.INTEGER).notNull()).column(col("a_id", ColumnType.INTEGER))
        .primaryKey("id").foreignKey(foreignKey("fk_b_a", "a_id", "a", "id"));
  }

  @Test
  void initialSchemaCreatesReferencedTablesFirstThenIndexesThenForeignKeys() {
    Schema current = Schema.of(List.of(bookWithPublisher(), publisher(), author()), List.of(Sequence.sequence("book_seq", 1, 50)));

    Diff diff = diff(Schema.EMPTY, current);

    assertThat(diff.upgrade()).containsExactly(
        new CreateSequence(Sequence.sequence("book_seq", 1, 50)),
        new CreateTable(author()),
        new CreateTable(publisher()),
        new CreateTable(bareOf(bookWithPublisher())),
        new CreateIndex(index("idx_book_title", "book", "title")),
        new AddForeignKey("book", foreignKey("fk_book_author", "author_id", "author", "id")),
        new AddForeignKey("book", foreignKey("fk_book_publisher", "publisher_id", "publisher", "id")));
    assertThat(diff.fromEmpty()).isTrue();
  }

  @Test
  void dropsReferencingTablesFirst() {
    Diff diff = diff(schema(author(), bookWithPublisher(), publisher()), Schema.EMPTY);

    assertThat(diff.upgrade()).containsExactly(
        new DropTable(bookWithPublisher()),
        new DropTable(author()),
        new DropTable(publisher()));
  }

  @Test
  void createsTablesInACycleThenLinksThem() {
    Diff diff = diff(Schema.EMPTY, schema(b(), a()));

    assertThat(diff.upgrade()).containsExactly(
        new CreateTable(bareOf(a())),
        new CreateTable(bareOf(b())),
        new AddForeignKey("a", foreignKey("fk_a_b", "b_id", "b", "id")),
        new AddForeignKey("b", foreignKey("fk_b_a", "a_id", "a", "id")));
  }

  @Test
  void dropsTablesInACycleAfterUnlinkingTheBackwardKey() {
    Diff diff = diff(schema(a(), b()), Schema.EMPTY);

    assertThat(diff.upgrade()).containsExactly(
        new DropForeignKey("b", foreignKey("fk_b_a", "a_id", "a", "id")),
        new DropTable(a()),
        new DropTable(b().withForeignKeys(List.of())));
  }

  @Test
  void selfReferenceStaysInTheTable() {
    Table node = Table.table("node").column(col("id", ColumnType.BIGINT).notNull()).column(col("parent_id", ColumnType.BIGINT))
        .primaryKey("id").foreignKey(foreignKey("fk_node_parent", "parent_id", "node", "id"));

    assertThat(diff(schema(node), Schema.EMPTY).upgrade()).containsExactly(new DropTable(node));
    assertThat(diff(Schema.EMPTY, schema(node)).upgrade()).containsExactly(
        new CreateTable(bareOf(node)), new AddForeignKey("node", node.foreignKeys().get(0)));
  }

  @Test
  void newTableReferencingANewColumnComesAfterTheColumn() {
    Table authorWithCode = author().column(col("code", ColumnType.varchar(8)).notNull()).unique(unique("uk_author_code", "code"));
    Table review = Table.table("review").column(col("id", ColumnType.BIGINT).notNull()).column(col("author_code", ColumnType.varchar(8)))
        .primaryKey("id").foreignKey(foreignKey("fk_review_author", "author_code", "author", "code"));

    Diff diff = diff(schema(author()), schema(authorWithCode, review));

    assertThat(diff.upgrade()).containsExactly(
        new CreateTable(bareOf(review)),
        new AddColumn("author", col("code", ColumnType.varchar(8)).notNull()),
        new AddUnique("author", unique("uk_author_code", "code")),
        new AddForeignKey("review", review.foreignKeys().get(0)));
  }

  @Test
  void foreignKeyIsRebuiltAroundATypeChangeOfItsColumns() {
    Table author = author().withColumns(List.of(col("id", ColumnType.INTEGER).notNull(), col("name", ColumnType.varchar(120))));
    Table book = Table.table("book").column(col("id", ColumnType.INTEGER).notNull()).column(col("author_id", ColumnType.INTEGER))
        .primaryKey("id").foreignKey(foreignKey("fk_book_author", "author_id", "author", "id"));
    Table widerAuthor = author.withColumns(List.of(col("id", ColumnType.BIGINT).notNull(), col("name", ColumnType.varchar(120))));
    Table widerBook = book.withColumns(List.of(col("id", ColumnType.INTEGER).notNull(), col("author_id", ColumnType.BIGINT)));

    Diff diff = diff(schema(author, book), schema(widerAuthor, widerBook));

    assertThat(diff.upgrade()).containsExactly(
        new DropForeignKey("book", book.foreignKeys().get(0)),
        new AlterColumn("author", col("id", ColumnType.INTEGER).notNull(), col("id", ColumnType.BIGINT).notNull()),
        new AlterColumn("book", col("author_id", ColumnType.INTEGER), col("author_id", ColumnType.BIGINT)),
        new AddForeignKey("book", book.foreignKeys().get(0)));
  }

  @Test
  void foreignKeyIsRebuiltAroundAChangeOfTheKeyItReferences() {
    Table author = author().column(col("code", ColumnType.varchar(8)).notNull()).unique(unique("uk_author_code", "code"));
    Table renamedKey = author().column(col("code", ColumnType.varchar(8)).notNull()).unique(unique("uk_author_code_2", "code"));
    Table review = Table.table("review").column(col("author_code", ColumnType.varchar(8)))
        .foreignKey(foreignKey("fk_review_author", "author_code", "author", "code"));

    Diff diff = diff(schema(author, review), schema(renamedKey, review));

    assertThat(diff.upgrade()).containsExactly(
        new DropForeignKey("review", review.foreignKeys().get(0)),
        new DropUnique("author", unique("uk_author_code", "code")),
        new AddUnique("author", unique("uk_author_code_2", "code")),
        new AddForeignKey("review", review.foreignKeys().get(0)));
  }

  @Test
  void droppedTableLetsGoOfAColumnDroppedFromTheTableItReferences() {
    Table authorWithCode = author().column(col("code", ColumnType.varchar(8)).notNull()).unique(unique("uk_author_code", "code"));
    Table review = Table.table("review").column(col("author_code", ColumnType.varchar(8)))
        .foreignKey(foreignKey("fk_review_author", "author_code", "author", "code"));

    Diff diff = diff(schema(authorWithCode, review), schema(author()));

    assertThat(diff.upgrade()).containsExactly(
        new DropForeignKey("review", review.foreignKeys().get(0)),
        new DropUnique("author", unique("uk_author_code", "code")),
        new DropColumn("author", col("code", ColumnType.varchar(8)).notNull()),
        new DropTable(review.withForeignKeys(List.of())));
  }

  @Test
  void replayRejectsAWrongOrder() {
    List<Operation> tooEarly = List.of(new DropTable(author()), new DropTable(book()));
    List<Operation> typeUnderKey = List.of(new AlterColumn("author", col("id", ColumnType.BIGINT).asIdentity(), col("id", ColumnType.INTEGER).asIdentity()));

    assertThatThrownBy(() -> SchemaReplay.apply(schema(author(), book()), tooEarly)).hasMessageContaining("fk_book_author of book references it");
    assertThatThrownBy(() -> SchemaReplay.apply(schema(author(), book()), typeUnderKey)).hasMessageContaining("type change of a column used by");
  }

  @Test
  void sameResultWhateverTheOrderTheSchemasWereBuiltIn() {
    Table shuffledBook = book().withForeignKeys(List.of(foreignKey("fk_book_publisher", "publisher_id", "publisher", "id"),
            foreignKey("fk_book_author", "author_id", "author", "id")))
        .column(col("publisher_id", ColumnType.BIGINT));
    Schema one = schema(bookWithPublisher(), publisher(), author(), a(), b());
    Schema two = schema(b(), a(), author(), publisher(), shuffledBook);

    assertThat(SchemaDiffer.diff(Schema.EMPTY, one)).isEqualTo(SchemaDiffer.diff(Schema.EMPTY, two));
    assertThat(SchemaDiffer.diff(one, Schema.EMPTY)).isEqualTo(SchemaDiffer.diff(two, Schema.EMPTY));
  }

  private static Table bareOf(Table table) {
    return table.withForeignKeys(List.of()).withIndexes(List.of());
  }
}
