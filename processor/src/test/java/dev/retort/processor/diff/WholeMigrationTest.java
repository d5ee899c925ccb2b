package dev.retort.processor.diff;

import static dev.retort.processor.diff.Fixtures.author;
import static dev.retort.processor.diff.Fixtures.book;
import static dev.retort.schema.CheckConstraint.check;
import static dev.retort.schema.Column.col;
import static dev.retort.schema.ForeignKey.foreignKey;
import static dev.retort.schema.Index.index;
import static dev.retort.schema.UniqueConstraint.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.op.AddCheck;
import dev.retort.op.AddColumn;
import dev.retort.op.AddForeignKey;
import dev.retort.op.AddUnique;
import dev.retort.op.AlterColumn;
import dev.retort.op.AlterSequence;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreateTable;
import dev.retort.op.DropColumn;
import dev.retort.op.DropForeignKey;
import dev.retort.op.DropIndex;
import dev.retort.op.DropSequence;
import dev.retort.op.DropTable;
import dev.retort.op.RenameColumn;
import dev.retort.op.RenameTable;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every phase at once: the exact order, and a replay of the upgrade and of the downgrade. */
class WholeMigrationTest {

  private static Table publisher() {
    return Table.table("publisher").column(col("id", ColumnType.BIGINT).notNull()).primaryKey("id");
  }

  private static Table legacy() {
    return Table.table("legacy").column(col("publisher_id", ColumnType.BIGINT))
        .foreignKey(foreignKey("fk_legacy_publisher", "publisher_id", "publisher", "id"));
  }

  private static Schema old() {
    return Schema.of(List.of(author(), book(), publisher(), legacy()),
        List.of(Sequence.sequence("book_seq", 1, 1), Sequence.sequence("old_seq", 1, 1)));
  }

  private static Table writer() {
    return Table.table("writer")
        .column(col("id", ColumnType.BIGINT).asIdentity())
        .column(col("name", ColumnType.varchar(200)).notNull())
        .column(col("bio", ColumnType.CLOB))
        .primaryKey("id");
  }

  private static Table newBook() {
    return Table.table("book")
        .column(col("id", ColumnType.BIGINT).notNull())
        .column(col("headline", ColumnType.varchar(255)).notNull())
        .column(col("author_id", ColumnType.BIGINT))
        .column(col("isbn", ColumnType.character(13)))
        .column(col("publisher_id", ColumnType.BIGINT))
        .primaryKey("id")
        .unique(unique("uk_book_isbn", "isbn"))
        .check(check("ck_book_isbn", "length(isbn) = 13"))
        .foreignKey(foreignKey("fk_book_author", "author_id", "writer", "id"))
        .foreignKey(foreignKey("fk_book_publisher", "publisher_id", "publisher", "id"))
        .index(index("idx_book_headline", "book", "headline"));
  }

  private static Table review() {
    return Table.table("review")
        .column(col("id", ColumnType.BIGINT).notNull())
        .column(col("book_id", ColumnType.BIGINT).notNull())
        .primaryKey("id")
        .foreignKey(foreignKey("fk_review_book", "book_id", "book", "id"));
  }

  private static Schema current() {
    return Schema.of(List.of(writer(), newBook(), publisher(), review()), List.of(Sequence.sequence("book_seq", 1, 50)));
  }

  private static final RenameHints HINTS = RenameHints.NONE.withTable("writer", "author").withColumn("book", "headline", "title");

  @Test
  void ordersEveryPhase() {
    Diff diff = Fixtures.diff(old(), current(), HINTS);

    assertThat(diff.upgrade()).containsExactly(
        new DropIndex(index("idx_book_title", "book", "title")),
        new RenameTable("author", "writer"),
        new AlterSequence(Sequence.sequence("book_seq", 1, 1), Sequence.sequence("book_seq", 1, 50)),
        new CreateTable(review().withForeignKeys(List.of())),
        new RenameColumn("book", "title", "headline"),
        new AddColumn("book", col("isbn", ColumnType.character(13))),
        new AddColumn("book", col("publisher_id", ColumnType.BIGINT)),
        new AddColumn("writer", col("bio", ColumnType.CLOB)),
        new AlterColumn("writer", col("name", ColumnType.varchar(120)).notNull(), col("name", ColumnType.varchar(200)).notNull()),
        new AddUnique("book", unique("uk_book_isbn", "isbn")),
        new AddCheck("book", check("ck_book_isbn", "length(isbn) = 13")),
        new CreateIndex(index("idx_book_headline", "book", "headline")),
        new AddForeignKey("book", foreignKey("fk_book_publisher", "publisher_id", "publisher", "id")),
        new AddForeignKey("review", foreignKey("fk_review_book", "book_id", "book", "id")),
        new DropTable(legacy()),
        new DropSequence(Sequence.sequence("old_seq", 1, 1)));
    assertThat(diff.warnings()).isEmpty();
    assertThat(MigrationMessages.derive(diff)).isEqualTo("auto");
  }

  @Test
  void downgradeIsTheExactInverse() {
    Diff diff = SchemaDiffer.diff(old(), current(), HINTS);

    assertThat(diff.downgrade()).hasSameSizeAs(diff.upgrade());
    for (int i = 0; i < diff.upgrade().size(); i++) {
      assertThat(diff.downgrade().get(diff.downgrade().size() - 1 - i)).isEqualTo(diff.upgrade().get(i).inverse().orElseThrow());
    }
    Schema upgraded = SchemaReplay.apply(old(), diff.upgrade());
    assertThat(SchemaReplay.normalized(SchemaReplay.apply(upgraded, diff.downgrade()))).isEqualTo(SchemaReplay.normalized(old()));
  }

  @Test
  void theReverseDiffUndoesItToo() {
    RenameHints back = RenameHints.NONE.withTable("author", "writer").withColumn("book", "title", "headline");

    Diff diff = Fixtures.diff(current(), old(), back);

    assertThat(diff.upgrade()).contains(new RenameTable("writer", "author"), new RenameColumn("book", "headline", "title"))
        .contains(new DropForeignKey("book", foreignKey("fk_book_publisher", "publisher_id", "publisher", "id")))
        .endsWith(new DropTable(review()))
        .contains(new DropColumn("author", col("bio", ColumnType.CLOB)));
  }

  @Test
  void isDeterministic() {
    assertThat(SchemaDiffer.diff(old(), current(), HINTS)).isEqualTo(SchemaDiffer.diff(old(), current(), HINTS));
  }
}
