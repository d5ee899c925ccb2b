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
