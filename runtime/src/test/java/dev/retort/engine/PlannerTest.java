package dev.retort.engine;

import static dev.retort.schema.Column.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Migration;
import dev.retort.RetortException;
import dev.retort.Revision;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.op.Operations;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Table;
import java.util.ArrayList;
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

  @Revision(id = "a", message = "create team")
  public static final class CreateTeam extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.createTable(Table.table("team").column(col("id", ColumnType.BIGINT).notNull()).primaryKey("id"));
    }
  }

  @Revision(id = "b", parents = "a", message = "add name")
  public static final class AddName extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.addColumn("team", col("name", ColumnType.varchar(100)));
    }
  }

  @Revision(id = "c", parents = "b", message = "move team")
  public static final class MoveTeam extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.renameTable("a.team", "b.team"); // H2 cannot rename into another schema
    }
  }

  @Revision(id = "d", parents = "c", message = "add note")
  public static final class AddNote extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.addColumn("team", col("note", ColumnType.varchar(200)));
    }
  }

  @Test
  void everyMigrationOfAPlanGetsItsOwnChecksumInOrder() {
    List<Migration> migrations = List.of(new CreateTeam(), new AddName());
    MigrationCatalog catalog = MigrationCatalog.of(migrations);

    Plan plan = Planner.upgrade(catalog, Set.of(), new TreeSet<>(Set.of("b")), H2);

    List<String> expected = new ArrayList<>();
    for (Migration migration : migrations) {
      expected.add(Checksum.of(migration.recordUpgrade()));
    }
    assertThat(expected).doesNotHaveDuplicates();
    assertThat(plan.migrations()).extracting(PreparedMigration::checksum).containsExactlyElementsOf(expected);
    assertThat(plan.migrations()).extracting(m -> m.steps().get(0).statements().get(0).sql())
        .containsExactly(H2.render(new CreateTeam().recordUpgrade().get(0)).get(0).sql(),
            H2.render(new AddName().recordUpgrade().get(0)).get(0).sql());
  }

  @Test
  void aMigrationThatCannotBeRenderedStopsThePlanWithItsOwnError() {
    MigrationCatalog catalog = MigrationCatalog.of(List.of(new CreateTeam(), new AddName(), new MoveTeam(), new AddNote()));

    assertThatThrownBy(() -> Planner.upgrade(catalog, Set.of(), new TreeSet<>(Set.of("d")), H2))
        .isInstanceOf(RetortException.class)
        .hasMessageContaining("Revision c cannot run on H2")
        .hasMessageContaining("H2 cannot rename table a.team to b.team")
        .hasMessageContaining("Nothing was changed.");
    assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName).doesNotContain("retort-checksum");
  }
}
