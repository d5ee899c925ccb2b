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
        # The list below: 2 classes, 71 bytes
        com.example.migrations.V0001_Initial
        com.example.migrations.V0002_Next
        """);
  }

  @Test
  void aListOfMigrationsWithOneHeadNamesItWithItsRevisionAndParents() {
    IndexSpec spec = new IndexSpec("com.example.migrations", List.of("V0001_Initial", "V0002_Next", "V0003_Merge"),
        new IndexSpec.Head("c3", List.of("a1", "b2")));

    assertThat(IndexGenerator.serviceFile(spec)).isEqualTo("""
        # Retort migrations of com.example.migrations, in revision order (each after its parents).
        # Written by the processor on every build from the migration classes; do not edit.
        # The one head: com.example.migrations.V0003_Merge
        # The head's revision: c3
        # The head's parents: a1,b2
        # The list below: 3 classes, 106 bytes
        com.example.migrations.V0001_Initial
        com.example.migrations.V0002_Next
        com.example.migrations.V0003_Merge
        """);
  }

  @Test
  void aBaseRevisionHasNoParentsOnItsLine() {
    IndexSpec spec = new IndexSpec("com.example.migrations", List.of("V0001_Initial"), new IndexSpec.Head("a1", List.of()));

    assertThat(IndexGenerator.serviceFile(spec))
        .contains("\n# The head's revision: a1\n# The head's parents: (none)\n# The list below: 1 class, 37 bytes\n"
            + "com.example.migrations.V0001_Initial\n");
  }

  /** An id the line would not give back unchanged (a space, a comma) leaves the runtime to read the class. */
  @Test
  void anIdTheLineCannotCarryIsLeftToTheClass() {
    for (IndexSpec.Head head : List.of(new IndexSpec.Head("a 1", List.of()), new IndexSpec.Head("b2", List.of("a,1")),
        new IndexSpec.Head("(none)", List.of()))) {
      String file = IndexGenerator.serviceFile(new IndexSpec("com.example", List.of("V0001_Initial"), head));

      assertThat(file).as(head.toString()).contains("# The one head: com.example.V0001_Initial\n")
          .doesNotContain("# The head's");
    }
  }

  /** V0001_Initial (a1) and V0002_Next (b2, after a1) in com.example, compiled. */
  private static ClassLoader twoMigrations() throws Exception {
    MigrationSpec first = MigrationSpec.empty(
        "com.example", "V0001_Initial", "a1", List.of(), "initial", "2026-01-01T00:00:00Z");
    MigrationSpec second = MigrationSpec.empty(
        "com.example", "V0002_Next", "b2", List.of("a1"), "next", "2026-01-02T00:00:00Z");
    return InMemoryCompiler.compile(MigrationGenerator.emptyMigration(first), MigrationGenerator.emptyMigration(second));
  }

  /**
   * The runtime reads the head lines the way they are written here: on a database at the head, a
   * start through the list is up to date without loading any listed class (the last one named
   * does not exist, so loading it would fail).
   */
  @Test
  void theRuntimeTakesTheHeadFromTheseLinesWithoutLoadingAClass(@TempDir Path dir) throws Exception {
    ClassLoader compiled = twoMigrations();
    org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    List<Migration> applied = List.of(
        (Migration) compiled.loadClass("com.example.V0001_Initial").getConstructor().newInstance(),
        (Migration) compiled.loadClass("com.example.V0002_Next").getConstructor().newInstance());
    dev.retort.Migrations.using(h2).withMigrations(applied).upgradeToHead();
    Path file = dir.resolve(IndexGenerator.SERVICE_FILE);
    Files.createDirectories(file.getParent());
    Files.writeString(file, IndexGenerator.serviceFile(
        new IndexSpec("com.example", List.of("V0001_Initial", "V0002_Gone"), new IndexSpec.Head("b2", List.of("a1")))));

    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, compiled)) {
      dev.retort.UpgradeResult result = dev.retort.Migrations.using(h2).withClassLoader(loader).upgradeToHead();

      assertThat(result.upToDate()).isTrue();
      assertThat(result.head()).isEqualTo("b2");
    }
  }

  @Test
  void theRuntimeReadsTheIndexAndCreatesTheMigrationsInOrder(@TempDir Path dir) throws Exception {
    ClassLoader compiled = twoMigrations();
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
