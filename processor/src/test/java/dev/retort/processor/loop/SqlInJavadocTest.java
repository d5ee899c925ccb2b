package dev.retort.processor.loop;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Aretort.dialect}: each migration the processor writes shows, in its comment, the SQL its
 * upgrade runs on the project's database; the comment is frozen with the class.
 */
class SqlInJavadocTest {
  private static final String PKG = "com.example.library.migrations";

  @Test
  void theNewMigrationShowsItsSqlOnTheNamedDatabase(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);

    Compilation compilation = project.compile("-Aretort.dialect=postgresql");

    assertThat(compilation).succeeded();
    String initial = only(project.migrations(PKG));
    assertThat(initial)
        .contains(" * <p>What {@code upgrade} runs on PostgreSQL, as Retort rendered it when it wrote this class:")
        .contains(" * <pre>\n * CREATE TABLE ")
        .containsPattern(" \\* CREATE TABLE \"[a-z_A-Z]+\" \\(\n \\*   \"")
        .doesNotContain("runs on H2");
    // the next migration starts from the committed schema: only the new column
    project.edit("com/example/library/Book.java", "private String title;", "private String title;\n\n  private Integer pages;");
    assertThat(project.compile("-Aretort.dialect=postgresql,h2")).succeeded();
    String second = project.migrations(PKG).entrySet().stream().filter(e -> e.getKey().startsWith("V0002_"))
        .map(Map.Entry::getValue).findFirst().orElseThrow();
    assertThat(second)
        .contains(" * ALTER TABLE \"book\" ADD COLUMN \"pages\" INTEGER;")
        .contains("runs on PostgreSQL")
        .contains("runs on H2")
        .contains(" * ALTER TABLE \"BOOK\" ADD COLUMN \"PAGES\" INTEGER;");
  }

  @Test
  void theSqlIsFrozenWithTheClass(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);
    assertThat(project.compile("-Aretort.dialect=postgresql")).succeeded();
    Map<String, String> written = project.migrations(PKG);
    Path file = project.sourceRoot().resolve(PKG.replace('.', '/')).resolve(written.keySet().iterator().next());
    long time = Files.getLastModifiedTime(file).toMillis();

    // another database named, nothing else changed: nothing is rewritten
    Compilation again = project.compile("-Aretort.dialect=mysql");

    assertThat(again).succeeded();
    assertThat(project.migrations(PKG)).isEqualTo(written);
    assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(time);
  }

  @Test
  void withoutTheOptionThereIsNoSql(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);
    assertThat(project.compile()).succeeded();
    assertThat(only(project.migrations(PKG))).doesNotContain("What {@code upgrade} runs on");
  }

  @Test
  void anUnknownDatabaseIsAnErrorListingTheKnownOnes(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);
    Compilation compilation = project.compile("-Aretort.dialect=oracle");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("-Aretort.dialect=oracle: No dialect named 'oracle'; the dialects are h2, postgresql");
    assertThat(project.migrations(PKG)).isEmpty();
  }

  private static String only(Map<String, String> migrations) {
    assertThat(migrations).hasSize(1);
    return migrations.values().iterator().next();
  }
}
