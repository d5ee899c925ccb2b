package dev.retort.processor.diff;

import static dev.retort.processor.diff.Fixtures.author;
import static dev.retort.processor.diff.Fixtures.book;
import static dev.retort.processor.diff.Fixtures.diff;
import static dev.retort.processor.diff.Fixtures.schema;
import static dev.retort.schema.Column.col;
import static dev.retort.schema.ForeignKey.foreignKey;
import static dev.retort.schema.Index.index;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.op.AddColumn;
import dev.retort.op.AlterColumn;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreateTable;
import dev.retort.op.DropColumn;
import dev.retort.op.DropIndex;
import dev.retort.op.DropTable;
import dev.retort.op.RenameColumn;
import dev.retort.op.RenameTable;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rename hints, and the warning when a rename looks likely but has no hint. */
class RenameTest {

  private static Table writer() {
    return author().withName("writer");
  }

  private static Table bookByWriter() {
    return book().withForeignKeys(List.of(foreignKey("fk_book_author", "author_id", "writer", "id")));
  }

  /** book with column title renamed to name (its index follows the column). */
  private static Table bookWithName(ColumnType type) {
    return book().withColumns(List.of(book().columns().get(0), col("name", type).notNull(), book().columns().get(2)))
        .withIndexes(List.of(index("idx_book_title", "book", "name")));
  }

  @Test
  void renamesATableAndEverythingThatReferencesIt() {
    Diff diff = diff(schema(author(), book()), schema(writer(), bookByWriter()), RenameHints.NONE.withTable("writer", "author"));

    assertThat(diff.upgrade()).containsExactly(new RenameTable("author", "writer"));
    assertThat(diff.downgrade()).containsExactly(new RenameTable("writer", "author"));
    assertThat(diff.warnings()).isEmpty();
  }

  @Test
  void withoutTheHintATableIsDroppedAndCreatedWithAWarning() {
    Schema old = schema(author());
    Schema current = schema(writer());

    Diff diff = diff(old, current);

    assertThat(diff.upgrade()).containsExactly(new CreateTable(writer()), new DropTable(author()));
    assertThat(diff.warnings()).containsExactly(new DiffWarning("writer", null,
        "table \"writer\" is created and table \"author\" is dropped, with the same columns; did you mean to rename?"
            + " add @RenamedFrom(\"author\") to the entity of table \"writer\""));
  }

  @Test
  void renamesATableThenChangesIt() {
    Column bio = col("bio", ColumnType.CLOB);

    Diff diff = diff(schema(author(), book()), schema(writer().column(bio), bookByWriter()), RenameHints.NONE.withTable("writer", "author"));

    assertThat(diff.upgrade()).containsExactly(new RenameTable("author", "writer"), new AddColumn("writer", bio));
  }

  @Test
  void renamesAColumnAndTheConstraintsOnItFollow() {
    Diff diff = diff(schema(author(), book()), schema(author(), bookWithName(ColumnType.varchar(255))),
        RenameHints.NONE.withColumn("book", "name", "title"));

    assertThat(diff.upgrade()).containsExactly(new RenameColumn("book", "title", "name"));
    assertThat(diff.warnings()).isEmpty();
  }

  @Test
  void renamesAColumnThenAltersIt() {
    Diff diff = diff(schema(author(), book()), schema(author(), bookWithName(ColumnType.varchar(400))),
        RenameHints.NONE.withColumn("book", "name", "title"));

    assertThat(diff.upgrade()).containsExactly(
        new RenameColumn("book", "title", "name"),
        new AlterColumn("book", col("name", ColumnType.varchar(255)).notNull(), col("name", ColumnType.varchar(400)).notNull()));
  }

  @Test
  void renamesAColumnOfARenamedTableUnderTheNewTableName() {
    Table old = Table.table("person").column(col("id", ColumnType.BIGINT).notNull()).column(col("mail", ColumnType.varchar(80)))
        .primaryKey("id").index(index("idx_person_mail", "person", "mail"));
    Table current = Table.table("member").column(col("id", ColumnType.BIGINT).notNull()).column(col("email", ColumnType.varchar(80)))
        .primaryKey("id").index(index("idx_member_email", "member", "email"));
    RenameHints hints = RenameHints.NONE.withTable("member", "person").withColumn("member", "email", "mail");

    Diff diff = diff(schema(old), schema(current), hints);

    assertThat(diff.upgrade()).containsExactly(
        new DropIndex(index("idx_person_mail", "person", "mail")),
        new RenameTable("person", "member"),
        new RenameColumn("member", "mail", "email"),
        new CreateIndex(index("idx_member_email", "member", "email")));
  }

  @Test
  void referencesToARenamedColumnFollowIt() {
    Table writerWithKey = writer().withColumns(List.of(col("key", ColumnType.BIGINT).asIdentity(), author().columns().get(1)))
        .withPrimaryKey(List.of("key"));
    Table book = book().withForeignKeys(List.of(foreignKey("fk_book_author", "author_id", "writer", "key")));
    RenameHints hints = RenameHints.NONE.withTable("writer", "author").withColumn("writer", "key", "id");

    Diff diff = diff(schema(author(), book()), schema(writerWithKey, book), hints);

    assertThat(diff.upgrade()).containsExactly(new RenameTable("author", "writer"), new RenameColumn("writer", "id", "key"));
  }

  @Test
  void droppedTableKeepsItsReferenceToARenamedTable() {
    Diff diff = diff(schema(author(), book()), schema(writer()), RenameHints.NONE.withTable("writer", "author"));

    assertThat(diff.upgrade()).containsExactly(new RenameTable("author", "writer"), new DropTable(bookByWriter()));
  }

  @Test
  void withoutTheHintAColumnIsDroppedAndAddedWithAWarning() {
    Diff diff = diff(schema(author(), book().withIndexes(List.of())),
        schema(author(), bookWithName(ColumnType.varchar(255)).withIndexes(List.of())));

    assertThat(diff.upgrade()).containsExactly(
        new AddColumn("book", col("name", ColumnType.varchar(255)).notNull()),
        new DropColumn("book", col("title", ColumnType.varchar(255)).notNull()));
    assertThat(diff.warnings()).containsExactly(new DiffWarning("book", "name",
        "table \"book\": column \"name\" is added and column \"title\" is dropped, of the same type varchar(255);"
            + " did you mean to rename? add @RenamedFrom(\"title\") to the attribute of column \"name\""));
  }

  @Test
  void noWarningForColumnsOfDifferentTypes() {
    Diff diff = diff(schema(author(), book().withIndexes(List.of())),
        schema(author(), bookWithName(ColumnType.CLOB).withIndexes(List.of())));

    assertThat(diff.warnings()).isEmpty();
  }

  @Test
  void warningNamesEveryCandidate() {
    Table old = Table.table("t").column(col("a", ColumnType.INTEGER)).column(col("b", ColumnType.INTEGER));
    Table current = Table.table("t").column(col("c", ColumnType.INTEGER));

    assertThat(diff(schema(old), schema(current)).warnings()).extracting(DiffWarning::message).containsExactly(
        "table \"t\": column \"c\" is added and columns \"a\", \"b\" are dropped, of the same type integer;"
            + " did you mean to rename? add @RenamedFrom(\"a\") (or another of them) to the attribute of column \"c\"");
  }

  @Test
  void staleHintsAreIgnored() {
    RenameHints hints = RenameHints.NONE.withTable("writer", "author").withColumn("book", "name", "title");
    Schema migrated = schema(writer(), bookByWriter());

    assertThat(diff(migrated, migrated, hints).isEmpty()).isTrue();
  }

  @Test
  void hintsThatWouldCollideAreIgnored() {
    // Swapping two names needs a temporary name; the hints alone cannot say which goes first.
    Table a = Table.table("a").column(col("x", ColumnType.INTEGER));
    Table b = Table.table("b").column(col("y", ColumnType.INTEGER));
    RenameHints swap = RenameHints.NONE.withTable("a", "b").withTable("b", "a");

    Diff diff = diff(schema(a, b), schema(b.withName("a"), a.withName("b")), swap);

    assertThat(diff.upgrade()).noneMatch(op -> op instanceof RenameTable);
  }

  @Test
  void oneOldTableIsRenamedOnlyOnce() {
    RenameHints twice = RenameHints.NONE.withTable("writer", "author").withTable("poet", "author");

    Diff diff = diff(schema(author()), schema(author().withName("poet"), writer()), twice);

    assertThat(diff.upgrade()).startsWith(new RenameTable("author", "poet")).contains(new CreateTable(writer()));
  }
}
