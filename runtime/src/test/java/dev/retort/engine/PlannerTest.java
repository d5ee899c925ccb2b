package dev.retort.engine;

import static dev.retort.schema.Column.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Migration;
import dev.retort.RetortException;
import dev.retort.Revision;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.fixture.AddStock;
import dev.retort.fixture.CreateLibrary;
import dev.retort.op.Operations;
import dev.retort.schema.ColumnType;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * An upgrade plan takes its checksums on a second thread while it renders: each migration must
 * still get its own, in order, and a migration that cannot be rendered must still stop the plan
 * with its own error and no thread left behind.
 */
class PlannerTest {
  private static final Dialect H2 = Dialects.named("h2");

  @Revision(id = "0003", parents = "0002", message = "move book")
  public static final class MoveBook extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.renameTable("a.book", "b.book"); // H2 cannot rename into another schema
    }
  }

  @Revision(id = "0004", parents = "0003", message = "add a note")
  public static final class AddNote extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.addColumn("book", col("note", ColumnType.varchar(200)));
    }
  }

  @Test
  void everyMigrationOfAPlanGetsItsOwnChecksumInOrder() {
    List<Migration> migrations = List.of(new CreateLibrary(), new AddStock());

    Plan plan = Planner.upgrade(MigrationCatalog.of(migrations), Set.of(), new TreeSet<>(Set.of("0002")), H2);

    List<String> expected = migrations.stream().map(m -> Checksum.of(m.recordUpgrade())).toList();
    assertThat(expected).doesNotHaveDuplicates();
    assertThat(plan.migrations()).extracting(PreparedMigration::checksum).containsExactlyElementsOf(expected);
    assertThat(plan.migrations()).extracting(m -> m.steps().get(0).statements().get(0).sql())
        .containsExactlyElementsOf(migrations.stream()
            .map(m -> H2.render(m.recordUpgrade().get(0)).get(0).sql()).toList());
  }

  @Test
  void aMigrationThatCannotBeRenderedStopsThePlanWithItsOwnError() {
    MigrationCatalog catalog = MigrationCatalog.of(List.of(new CreateLibrary(), new AddStock(), new MoveBook(), new AddNote()));

    assertThatThrownBy(() -> Planner.upgrade(catalog, Set.of(), new TreeSet<>(Set.of("0004")), H2))
        .isInstanceOf(RetortException.class)
        .hasMessageContaining("Revision 0003 cannot run on H2")
        .hasMessageContaining("H2 cannot rename table a.book to b.book")
        .hasMessageContaining("Nothing was changed.");
    assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName).doesNotContain("retort-checksum");
  }
}
