package dev.retort.processor.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Migration;
import dev.retort.Revision;
import dev.retort.op.CreateTable;
import dev.retort.op.Operation;
import dev.retort.op.Operations;
import dev.retort.op.RunJdbc;
import dev.retort.schema.ColumnType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Renders a migration, compiles it, runs its {@code upgrade} and {@code downgrade} against a
 * recording {@link Operations} and expects exactly the operations it was rendered from.
 */
class MigrationRoundTripTest {

  @Test
  void everyOperationComesBackEqual() throws Exception {
    roundTrip(Fixtures.everyOperation());
  }

  @Test
  void awkwardValuesComeBackEqual() throws Exception {
    roundTrip(Fixtures.awkwardValues());
  }

  /**
   * The initial migration of a model with hundreds of entities would pass the JVM's 64 KB limit
   * on one method's bytecode ("code too large"): it is split into parts that run in order.
   */
  @Test
  void aMigrationTooLargeForOneMethodIsSplitIntoPartsAndStillComesBackEqual() throws Exception {
    List<Operation> upgrade = new java.util.ArrayList<>();
    for (int t = 0; t < 320; t++) {
      dev.retort.schema.Table table = dev.retort.schema.Table.table("table_" + t)
          .column(dev.retort.schema.Column.col("id", ColumnType.BIGINT).asIdentity());
      for (int c = 0; c < 12; c++) {
        table = table.column(dev.retort.schema.Column.col("column_" + c, ColumnType.varchar(40 + c)).notNull());
      }
      upgrade.add(new CreateTable(table.primaryKey("id")));
    }
    MigrationSpec spec = new MigrationSpec("big", "V0001_Initial", "abcdefabcdef", List.of(), "initial", "2026-01-01T00:00:00Z",
            upgrade, dev.retort.processor.diff.Diff.of(upgrade, List.of(), true).downgrade());

    String source = MigrationGenerator.migration(spec).toString();

    assertThat(source).contains("public void upgrade(Operations op) {\n    upgradePart1(op);\n    upgradePart2(op);")
        .contains("private static void upgradePart8(Operations op) {");
    roundTrip(spec);
  }

  @Test
  void theFixtureCoversEveryOperationButTheJdbcCallback() {
    Set<Class<?>> rendered = kinds(Fixtures.everyOperation().upgrade());
    Set<Class<?>> expected = Arrays.stream(Operation.class.getPermittedSubclasses())
        .filter(kind -> kind != RunJdbc.class)
        .collect(Collectors.toSet());
    assertThat(rendered).isEqualTo(expected);
  }

  @Test
  void theFixtureCoversEveryColumnType() {
    Set<ColumnType.Kind> rendered = EnumSet.noneOf(ColumnType.Kind.class);
    for (Operation operation : Fixtures.everyOperation().upgrade()) {
      if (operation instanceof CreateTable create) {
        create.table().columns().forEach(column -> rendered.add(column.type().kind()));
      }
    }
    assertThat(rendered).containsExactlyInAnyOrder(ColumnType.Kind.values());
  }

  private static void roundTrip(MigrationSpec spec) throws Exception {
    Migration migration = InMemoryCompiler.migration(MigrationGenerator.migration(spec));

    assertThat(migration.recordUpgrade()).containsExactlyElementsOf(spec.upgrade());
    assertThat(migration.recordDowngrade()).containsExactlyElementsOf(spec.downgrade());
    Revision revision = migration.revision();
    assertThat(revision.id()).isEqualTo(spec.revisionId());
    assertThat(revision.parents()).containsExactlyElementsOf(spec.parents());
    assertThat(revision.message()).isEqualTo(spec.message());
    assertThat(revision.created()).isEqualTo(spec.created());
  }

  private static Set<Class<?>> kinds(List<Operation> operations) {
    return operations.stream().map(Object::getClass).collect(Collectors.toSet());
  }
}
