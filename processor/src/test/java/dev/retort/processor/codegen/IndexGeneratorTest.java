package dev.retort.processor.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Migration;
import dev.retort.MigrationIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexGeneratorTest {

  @Test
  void theServiceFileNamesTheIndex() {
    IndexSpec spec = new IndexSpec("com.example.migrations", "RetortMigrationIndex", List.of());

    assertThat(IndexGenerator.SERVICE_FILE)
        .isEqualTo("META-INF/services/dev.retort.MigrationIndex");
    assertThat(IndexGenerator.serviceFile(spec))
        .isEqualTo("com.example.migrations.RetortMigrationIndex\n");
  }

  @Test
  void anIndexWithoutMigrationsReturnsAnEmptyList() {
    IndexSpec spec = new IndexSpec("com.example", "RetortMigrationIndex", List.of());

    assertThat(IndexGenerator.index(spec).toString()).contains("    return List.of();\n");
    assertThat(IndexGenerator.index(spec).toString()).doesNotContain("List.of(\n");
  }

  @Test
  void theCompiledIndexListsTheMigrationsInOrder() throws Exception {
    MigrationSpec first = MigrationSpec.empty(
        "com.example", "V0001_Initial", "a1", List.of(), "initial", "2026-01-01T00:00:00Z");
    MigrationSpec second = MigrationSpec.empty(
        "com.example", "V0002_Next", "b2", List.of("a1"), "next", "2026-01-02T00:00:00Z");
    IndexSpec index = new IndexSpec(
        "com.example", "RetortMigrationIndex", List.of("V0001_Initial", "V0002_Next"));

    ClassLoader loader = InMemoryCompiler.compile(
        MigrationGenerator.emptyMigration(first),
        MigrationGenerator.emptyMigration(second),
        IndexGenerator.index(index));
    MigrationIndex loaded = (MigrationIndex) loader.loadClass(index.qualifiedName())
        .getConstructor()
        .newInstance();

    assertThat(loaded.migrations())
        .extracting(Migration::revision)
        .extracting(revision -> revision.id())
        .containsExactly("a1", "b2");
    // the names the runtime's up-to-date check relies on are those of the listed classes
    assertThat(loaded.migrationClassNames())
        .containsExactly("com.example.V0001_Initial", "com.example.V0002_Next")
        .isEqualTo(loaded.migrations().stream().map(m -> m.getClass().getName()).toList());
  }

  @Test
  void specsRejectNamesThatWouldNotCompile() {
    assertThatThrownBy(() -> new IndexSpec("com.example", "Index", List.of("V1", "V1")))
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> new IndexSpec("com.example", "Index", List.of("a.V1")))
        .hasMessageContaining("'a.V1'");
    assertThatThrownBy(() -> new IndexSpec("com.example", "Index", List.of("Index")))
        .hasMessageContaining("itself");
  }
}
