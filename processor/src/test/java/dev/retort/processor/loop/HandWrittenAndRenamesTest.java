package dev.retort.processor.loop;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration written by hand joins the history like a generated one, and {@code @RenamedFrom}
 * turns what would be a drop and an add into a rename.
 */
class HandWrittenAndRenamesTest {
  private static final String PKG = "com.example.library.migrations";

  @Test
  void aHandWrittenDataMigrationIsIndexedAndTheNextMigrationFollowsIt(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);
    assertThat(project.compile()).succeeded();
    String initialId = id(project.migrations(PKG).get("V0001_Initial.java"));
    Path dir = project.sourceRoot().resolve(PKG.replace('.', '/'));
    Files.writeString(dir.resolve("V0002_BackfillTitles.java"), """
        package com.example.library.migrations;

        import dev.retort.Migration;
        import dev.retort.Revision;
        import dev.retort.op.Operations;

        /** Gives untitled books a title, by hand. */
        @Revision(id = "0badc0ffee02", parents = "%s", message = "backfill_titles")
        public final class V0002_BackfillTitles extends Migration {
          @Override
          public void upgrade(Operations op) {
            op.sql("UPDATE Book SET title = 'untitled' WHERE title IS NULL");
          }

          @Override
          public void downgrade(Operations op) {}
        }
        """.formatted(initialId), StandardCharsets.UTF_8);

    Compilation indexed = project.compile();

    assertThat(indexed).succeeded();
    assertThat(Fixture.indexed(indexed)).containsExactly(PKG + ".V0001_Initial", PKG + ".V0002_BackfillTitles");
    assertThat(project.migrations(PKG)).containsOnlyKeys("V0001_Initial.java", "V0002_BackfillTitles.java");

    project.edit("com/example/library/Book.java", "private String title;", "private String title;\n\n  private Integer pages;");
    Compilation next = project.compile();

    assertThat(next).succeeded();
    String third = project.migrations(PKG).get("V0003_AddBookPages.java");
    assertThat(third).contains("parents = \"0badc0ffee02\"");
    assertThat(project.compile("-Aretort.mode=check")).succeeded();
  }

  @Test
  void renamedFromKeepsAColumnAndATableInsteadOfDroppingThem(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);
    assertThat(project.compile()).succeeded();
    project.edit("com/example/library/Book.java", "  private String title;", "  @dev.retort.RenamedFrom(\"title\")\n  private String heading;");
    project.edit("com/example/library/Cover.java", "@Entity\npublic class Cover {", "@Entity\n@jakarta.persistence.Table(name = \"Artwork\")\n@dev.retort.RenamedFrom(\"Cover\")\npublic class Cover {");

    Compilation compilation = project.compile();

    assertThat(compilation).succeeded();
    String migration = project.migrations(PKG).values().stream().filter(s -> s.contains("V0002_")).findFirst().orElseThrow();
    String upgrade = migration.substring(migration.indexOf("void upgrade("), migration.indexOf("void downgrade("));
    assertThat(upgrade)
        .contains("op.renameColumn(\"Book\", \"title\", \"heading\");")
        .contains("op.renameTable(\"Cover\", \"Artwork\");")
        .doesNotContain("drop").doesNotContain("addColumn").doesNotContain("createTable");
    // once the snapshot has the new names the annotations have no further effect
    assertThat(project.compile()).succeeded();
    assertThat(project.migrations(PKG)).hasSize(2);
  }

  @Test
  void aDropAndAnAddThatLookLikeARenameGiveAWarningOnTheField(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);
    assertThat(project.compile()).succeeded();
    project.edit("com/example/library/Book.java", "  private String title;", "  private String heading;");

    Compilation compilation = project.compile("-Aretort.allowDataLoss=Book.title");

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[retort:rename]")
        .inFile(compilation.sourceFiles().stream().filter(f -> f.getName().endsWith("Book.java")).findFirst().orElseThrow())
        .onLineContaining("private String heading;");
    assertThat(compilation).hadWarningContaining("@RenamedFrom");
  }

  private static String id(String source) {
    Matcher m = Pattern.compile("id = \"([0-9a-f]{12})\"").matcher(source);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }
}
