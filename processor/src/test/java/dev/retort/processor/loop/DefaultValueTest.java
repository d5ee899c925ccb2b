package dev.retort.processor.loop;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Column defaults from {@code @DefaultValue} (Retort's) and Hibernate's {@code @ColumnDefault}, read
 * by name: written into the migration as given, so that a NOT NULL column can be added to a table
 * that already has rows (the database fills them in). The mapping oracle checks Hibernate's
 * {@code @ColumnDefault} against Hibernate's own DDL ({@code ConstraintsModelTest}).
 */
class DefaultValueTest {
  private static final String PKG = "com.example.library.migrations";
  private static final String BOOK = "com/example/library/Book.java";

  @Test
  void aNotNullColumnWithDefaultValueIsAddedToATableWithRows(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);
    assertThat(project.compile()).succeeded();
    project.edit(BOOK, "private String title;", "private String title;\n\n  @dev.retort.DefaultValue(\"0\")\n  private int pages;");

    Compilation compilation = project.compile();

    assertThat(compilation).succeeded();
    assertThat(project.migrations(PKG).get("V0002_AddBookPages.java"))
        .contains("op.addColumn(\"Book\", col(\"pages\", INTEGER).notNull().defaultValue(\"0\"));");
    assertThat(project.snapshotText()).contains("{\"name\": \"pages\", \"type\": \"integer\", \"nullable\": false, \"default\": \"0\"}");
  }

  @Test
  void hibernatesColumnDefaultIsReadByName(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);
    assertThat(project.compile()).succeeded();
    project.edit(BOOK, "private String title;", "private String title;\n\n"
        + "  @org.hibernate.annotations.ColumnDefault(\"'unknown'\")\n"
        + "  @jakarta.persistence.Column(nullable = false, length = 40)\n"
        + "  private String language;");

    Compilation compilation = project.compile();

    assertThat(compilation).succeeded();
    assertThat(project.migrations(PKG).get("V0002_AddBookLanguage.java"))
        .contains("op.addColumn(\"Book\", col(\"language\", varchar(40)).notNull().defaultValue(\"'unknown'\"));");
  }

  @Test
  void aChangedDefaultIsAnAlteredColumnBothWays(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);
    project.edit(BOOK, "private String title;", "@dev.retort.DefaultValue(\"'untitled'\")\n  private String title;");
    assertThat(project.compile()).succeeded();
    project.edit(BOOK, "@dev.retort.DefaultValue(\"'untitled'\")", "@dev.retort.DefaultValue(\"'(none)'\")");

    assertThat(project.compile("-Aretort.message=retitle")).succeeded();

    String migration = project.migrations(PKG).get("V0002_Retitle.java");
    assertThat(migration).contains("defaultValue(\"'(none)'\")").contains("defaultValue(\"'untitled'\")");
  }

  @Test
  void twoDifferentDefaultsAreAnErrorOnTheField(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);
    project.edit(BOOK, "private String title;", "@dev.retort.DefaultValue(\"'a'\")\n"
        + "  @org.hibernate.annotations.ColumnDefault(\"'b'\")\n  private String title;");

    Compilation compilation = project.compile();

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[retort:mapping] @DefaultValue(\"'a'\") and @ColumnDefault(\"'b'\") give "
        + "this column two defaults. Keep one of them.").inFile(file(compilation, "Book.java")).onLineContaining("ColumnDefault");
  }

  @Test
  void aBlankDefaultIsAnErrorOnTheField(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);
    project.edit(BOOK, "private String title;", "@dev.retort.DefaultValue(\" \")\n  private String title;");

    Compilation compilation = project.compile();

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[retort:mapping] The default value is blank.")
        .inFile(file(compilation, "Book.java")).onLineContaining("DefaultValue");
  }

  private static JavaFileObject file(Compilation compilation, String name) {
    return compilation.sourceFiles().stream().filter(f -> f.getName().endsWith(name)).findFirst().orElseThrow();
  }
}
