package dev.retort.processor.loop;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.retort.processor.RetortProcessor;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An IDE or an incremental build compiles only the changed classes. The processor must still see
 * the whole model: the entities the snapshot lists that are not in the round are read from the
 * class path, and none of them becomes a drop.
 */
class IncrementalCompileTest {
  private static final String PKG = "com.example.library.migrations";

  @Test
  void compilingOneEntityReadsTheOthersFromTheClassPathAndDropsNothing(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp.resolve("project"));
    Compilation full = project.compile();
    assertThat(full).succeeded();
    Path classes = tmp.resolve("classes");
    writeClassFiles(full, classes);
    String snapshot = project.snapshotText();

    // only Cover.java is recompiled, with a new nullable field; the rest are class files (and
    // Cover, the inverse side of its one association, reaches no other entity by itself)
    String cover = new String(Files.readAllBytes(Path.of(System.getProperty("basedir", ""),
        "src/test/resources/fixtures/library/com/example/library/Cover.java")))
        .replace("private String artist;", "private String artist;\n\n  private String subtitle;");
    Compilation incremental = compileAlone(project, classes, "com.example.library.Cover", cover);

    assertThat(incremental).succeeded();
    assertThat(project.migrations(PKG)).containsOnlyKeys("V0001_Initial.java", "V0002_AddCoverSubtitle.java");
    String second = project.migrations(PKG).get("V0002_AddCoverSubtitle.java");
    String upgrade = second.substring(second.indexOf("void upgrade("), second.indexOf("void downgrade("));
    assertThat(upgrade).contains("op.addColumn(\"Cover\", col(\"subtitle\", varchar(255)));")
        .doesNotContain("drop");
    // every other table is still in the snapshot, unchanged
    assertThat(project.snapshotText()).contains("\"members\": {").contains("\"Cover\": {").contains("\"book_reader\": {");
    assertThat(withoutRevision(project.snapshotText()).replace(",\n        {\"name\": \"subtitle\", \"type\": \"varchar(255)\", \"nullable\": true}", ""))
        .isEqualTo(withoutRevision(snapshot));
    // the index, regenerated from a round without the old migration's source, still lists it
    assertThat(Fixture.indexed(incremental)).containsExactly(PKG + ".V0001_Initial", PKG + ".V0002_AddCoverSubtitle");
  }

  @Test
  void anAutoAppliedConverterSeenOnlyAsAClassStillConvertsTheEntityCompiledAlone(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp.resolve("project"));
    // the converter is in a package without entities: only the snapshot can lead an incremental
    // compile of Notice to it
    project.add("com/example/convert/YesNo.java", """
        package com.example.convert;

        import jakarta.persistence.AttributeConverter;
        import jakarta.persistence.Converter;

        @Converter(autoApply = true)
        public class YesNo implements AttributeConverter<Boolean, String> {
          public String convertToDatabaseColumn(Boolean value) { return value == null ? null : value ? "Y" : "N"; }
          public Boolean convertToEntityAttribute(String text) { return text == null ? null : text.equals("Y"); }
        }
        """);
    String notice = """
        package com.example.library;

        import jakarta.persistence.Entity;
        import jakarta.persistence.Id;

        @Entity
        public class Notice {
          @Id private Long id;
          private Boolean pinned;
        }
        """;
    project.add("com/example/library/Notice.java", notice);
    Compilation full = project.compile();
    assertThat(full).succeeded();
    assertThat(project.snapshotText())
        .contains("\"converters\": [\n    \"com.example.convert.YesNo\"\n  ]")
        .contains("{\"name\": \"pinned\", \"type\": \"varchar(255)\", \"nullable\": true}");
    Path classes = tmp.resolve("classes");
    writeClassFiles(full, classes);

    Compilation incremental = compileAlone(project, classes, "com.example.library.Notice",
        notice.replace("private Boolean pinned;", "private Boolean pinned;\n  private String title;"));

    assertThat(incremental).succeeded();
    assertThat(project.migrations(PKG)).containsOnlyKeys("V0001_Initial.java", "V0002_AddNoticeTitle.java");
    String second = project.migrations(PKG).get("V0002_AddNoticeTitle.java");
    String upgrade = second.substring(second.indexOf("void upgrade("), second.indexOf("void downgrade("));
    assertThat(upgrade).contains("op.addColumn(\"Notice\", col(\"title\", varchar(255)));")
        .doesNotContain("pinned");
    assertThat(project.snapshotText()).contains("\"com.example.convert.YesNo\"");
  }

  /** Compiles one class alone, the rest of the project being class files, as an incremental build does. */
  private static Compilation compileAlone(Fixture project, Path classes, String className, String source) {
    return Compiler.javac()
        .withProcessors(new RetortProcessor())
        .withClasspath(classPath(classes))
        .withOptions(
            "-Aretort.sourceDir=" + project.sourceRoot(),
            "-Aretort.snapshot=" + project.snapshot(),
            "-Aretort.created=" + Fixture.CREATED,
            "-Aretort.mode=write")
        .compile(JavaFileObjects.forSourceString(className, source));
  }

  private static String withoutRevision(String snapshot) {
    return snapshot.replaceAll("\"revision\": \"[0-9a-f]+\"", "");
  }

  private static void writeClassFiles(Compilation compilation, Path dir) throws Exception {
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String path = file.toUri().getPath();
      String relative = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length());
      Path target = dir.resolve(relative);
      Files.createDirectories(target.getParent());
      try (InputStream in = file.openInputStream()) {
        Files.copy(in, target);
      }
    }
  }

  private static List<File> classPath(Path classes) {
    List<File> path = new ArrayList<>();
    path.add(classes.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      path.add(new File(entry));
    }
    return path;
  }
}
