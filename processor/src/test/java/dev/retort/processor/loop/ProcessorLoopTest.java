package dev.retort.processor.loop;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor's loop on one small model, compiled with javac in memory: the exact files it
 * writes, what it writes when nothing changed, the next migration, check mode, and the javax API.
 */
class ProcessorLoopTest {
  private static final String PKG = "com.example.library.migrations";
  private static final Pattern ID = Pattern.compile("id = \"([0-9a-f]{12})\"");

  @Test
  void firstCompileWritesTheInitialMigrationAndSnapshotExactly(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);

    Compilation compilation = project.compile();

    assertThat(compilation).succeeded();
    Map<String, String> migrations = project.migrations(PKG);
    assertThat(migrations).containsOnlyKeys("V0001_Initial.java");
    Golden.assertMatches("V0001_Initial.java", migrations.get("V0001_Initial.java"));
    Golden.assertMatches("snapshot.json", project.snapshotText());
    assertThat(compilation).hadNoteContaining("[retort:wrote] Wrote migration " + project.sourceRoot().resolve("com/example/library/migrations/V0001_Initial.java"));
    assertThat(compilation).hadNoteContaining("[retort:wrote] Wrote snapshot " + project.snapshot());
    // the same build compiles the new migration and lists it in the generated index
    assertThat(Fixture.indexed(compilation)).containsExactly(PKG + ".V0001_Initial");
    // one head, named, so an up-to-date start loads that class alone
    java.util.regex.Matcher id = java.util.regex.Pattern.compile("id = \"([0-9a-f]{12})\"").matcher(migrations.get("V0001_Initial.java"));
    assertThat(id.find()).isTrue();
    assertThat(Fixture.indexText(compilation)).contains("\n# The one head: " + PKG + ".V0001_Initial\n"
        + "# The head's revision: " + id.group(1) + "\n# The head's parents: (none)\n");
    assertThat(compilation).generatedSourceFile(PKG + ".V0001_Initial").contentsAsUtf8String().isEqualTo(migrations.get("V0001_Initial.java"));
  }

  @Test
  void compilingAgainWithoutAChangeWritesNothing(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);
    assertThat(project.compile()).succeeded();
    Path migration = project.sourceRoot().resolve("com/example/library/migrations/V0001_Initial.java");
    long migrationTime = Files.getLastModifiedTime(migration).toMillis();
    long snapshotTime = Files.getLastModifiedTime(project.snapshot()).toMillis();
    String snapshot = project.snapshotText();

    Compilation again = project.compile();

    assertThat(again).succeeded();
    assertThat(again.diagnostics()).noneMatch(d -> d.getMessage(null).contains("[retort:wrote]"));
    assertThat(project.migrations(PKG)).containsOnlyKeys("V0001_Initial.java");
    assertThat(Files.getLastModifiedTime(migration).toMillis()).isEqualTo(migrationTime);
    assertThat(Files.getLastModifiedTime(project.snapshot()).toMillis()).isEqualTo(snapshotTime);
    assertThat(project.snapshotText()).isEqualTo(snapshot);
    assertThat(Fixture.indexed(again)).containsExactly(PKG + ".V0001_Initial");
    // the index is a resource: no generated source, so javac needs no second round over every class
    assertThat(again.generatedSourceFiles()).isEmpty();
  }

  @Test
  void anAddedFieldGivesOneMigrationWhoseParentIsThePreviousHead(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);
    assertThat(project.compile()).succeeded();
    String initialId = id(project.migrations(PKG).get("V0001_Initial.java"));
    project.edit("com/example/library/Book.java", "private String title;", "private String title;\n\n  private Integer pages;");

    Compilation compilation = project.compile();

    assertThat(compilation).succeeded();
    Map<String, String> migrations = project.migrations(PKG);
    assertThat(migrations).containsOnlyKeys("V0001_Initial.java", "V0002_AddBookPages.java");
    String second = migrations.get("V0002_AddBookPages.java");
    Golden.assertMatches("V0002_AddBookPages.java", second);
    assertThat(second).contains("parents = \"" + initialId + "\"");
    assertThat(project.snapshotText()).contains("\"revision\": \"" + id(second) + "\"").contains("{\"name\": \"pages\", \"type\": \"integer\", \"nullable\": true}");
    assertThat(Fixture.indexed(compilation)).containsExactly(PKG + ".V0001_Initial", PKG + ".V0002_AddBookPages");
  }

  @Test
  void aMessageOptionNamesTheMigration(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);
    assertThat(project.compile("-Aretort.message=Library schema, first cut")).succeeded();

    assertThat(project.migrations(PKG)).containsOnlyKeys("V0001_LibrarySchemaFirstCut.java");
    assertThat(project.migrations(PKG).get("V0001_LibrarySchemaFirstCut.java")).contains("message = \"library_schema_first_cut\"");
  }

  @Test
  void checkModeListsTheDriftAndWritesNothing(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);
    assertThat(project.compile()).succeeded();
    String snapshot = project.snapshotText();
    project.edit("com/example/library/Book.java", "private String title;", "private String title;\n\n  private Integer pages;");

    Compilation compilation = project.compile("-Aretort.mode=check");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[retort:drift] The entities differ from the snapshot");
    assertThat(compilation).hadErrorContaining("add column Book.pages");
    assertThat(compilation).hadErrorContaining("Compile on your machine without CI set");
    assertThat(project.migrations(PKG)).containsOnlyKeys("V0001_Initial.java");
    assertThat(project.snapshotText()).isEqualTo(snapshot);
  }

  @Test
  void javaxPersistenceMapsExactlyLikeJakarta(@TempDir Path tmp) throws Exception {
    Fixture jakarta = new Fixture("library", tmp.resolve("jakarta"));
    Fixture javax = new Fixture("library", tmp.resolve("javax"));
    javax.replaceEverywhere("jakarta.persistence", "javax.persistence");

    assertThat(jakarta.compile()).succeeded();
    assertThat(javax.compile()).succeeded();

    assertThat(javax.snapshotText()).isEqualTo(jakarta.snapshotText());
    assertThat(javax.migrations(PKG)).isEqualTo(jakarta.migrations(PKG));
  }

  @Test
  void anUnsupportedAttributeIsAnErrorOnThatField(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);
    project.edit("com/example/library/Book.java", "private String title;", "private String title;\n\n  private Thread worker;");

    Compilation compilation = project.compile();

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[retort:unsupported] Retort does not support the attribute type java.lang.Thread")
        .inFile(compilation.sourceFiles().stream().filter(f -> f.getName().endsWith("Book.java")).findFirst().orElseThrow())
        .onLineContaining("private Thread worker;");
    assertThat(project.migrations(PKG)).isEmpty();
    assertThat(Files.exists(project.snapshot())).isFalse();
  }

  @Test
  void withoutAKnownSourceRootTheProcessorSaysWhichOptionToSet(@TempDir Path tmp) throws Exception {
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new dev.retort.processor.RetortProcessor())
        .withOptions("-Aretort.mode=write")
        .compile(com.google.testing.compile.JavaFileObjects.forSourceString("a.Thing",
            "package a; @jakarta.persistence.Entity public class Thing { @jakarta.persistence.Id Long id; }"));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[retort:layout] Retort cannot tell where the project's sources are");
    assertThat(compilation).hadErrorContaining("-Aretort.sourceDir=<source root>");
    assertThat(compilation.diagnostics()).noneMatch(d -> d.getKind() == Diagnostic.Kind.NOTE && d.getMessage(null).contains("Wrote"));
  }

  private static String id(String source) {
    Matcher m = ID.matcher(source);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }
}
