package dev.retort.processor.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Migration;
import dev.retort.engine.MigrationLoader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexGeneratorTest {

  @Test
  void theIndexIsAServiceFileOfMigrationsInRevisionOrder() {
    IndexSpec spec = new IndexSpec("com.example.migrations", List.of("V0001_Initial", "V0002_Next"));

    assertThat(IndexGenerator.SERVICE_FILE).isEqualTo("META-INF/services/dev.retort.Migration");
    assertThat(IndexGenerator.serviceFile(spec)).isEqualTo("""
        # Retort migrations of com.example.migrations, in revision order (each after its parents).
        # Written by the processor on every build from the migration classes; do not edit.
        com.example.migrations.V0001_Initial
        com.example.migrations.V0002_Next
        """);
  }

  @Test
  void aListOfMigrationsWithOneHeadNamesIt() {
    IndexSpec spec = new IndexSpec("com.example.migrations", List.of("V0001_Initial", "V0002_Next"), true);

    assertThat(IndexGenerator.serviceFile(spec)).isEqualTo("""
        # Retort migrations of com.example.migrations, in revision order (each after its parents).
        # Written by the processor on every build from the migration classes; do not edit.
        # The one head: com.example.migrations.V0002_Next
        com.example.migrations.V0001_Initial
        com.example.migrations.V0002_Next
        """);
  }

  @Test
  void theRuntimeReadsTheIndexAndCreatesTheMigrationsInOrder(@TempDir Path dir) throws Exception {
    MigrationSpec first = MigrationSpec.empty(
        "com.example", "V0001_Initial", "a1", List.of(), "initial", "2026-01-01T00:00:00Z");
    MigrationSpec second = MigrationSpec.empty(
        "com.example", "V0002_Next", "b2", List.of("a1"), "next", "2026-01-02T00:00:00Z");
    ClassLoader compiled = InMemoryCompiler.compile(
        MigrationGenerator.emptyMigration(first), MigrationGenerator.emptyMigration(second));
    Path file = dir.resolve(IndexGenerator.SERVICE_FILE);
    Files.createDirectories(file.getParent());
    Files.writeString(file, IndexGenerator.serviceFile(new IndexSpec("com.example", List.of("V0001_Initial", "V0002_Next"))));

    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, compiled)) {
      List<Migration> loaded = MigrationLoader.load(loader);

      assertThat(loaded).extracting(m -> m.revision().id()).containsExactly("a1", "b2");
      assertThat(loaded).extracting(m -> m.getClass().getName())
          .containsExactly("com.example.V0001_Initial", "com.example.V0002_Next");
    }
  }

  @Test
  void specsRejectNamesThatWouldNotCompile() {
    assertThatThrownBy(() -> new IndexSpec("com.example", List.of("V1", "V1")))
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> new IndexSpec("com.example", List.of("a.V1")))
        .hasMessageContaining("'a.V1'");
  }
}
