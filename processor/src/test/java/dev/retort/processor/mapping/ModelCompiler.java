package dev.retort.processor.mapping;

import dev.retort.Migration;
import dev.retort.processor.RetortProcessor;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a model's entity sources (a folder under {@code src/test/resources/mapping/}) with the
 * Retort processor in write mode, as a developer's build would: the processor writes the migration
 * and the snapshot into a temporary source tree and compiles the migration in the same build.
 * A second, clean build of the entities plus the written migrations in check mode must then find
 * nothing to do: the snapshot reads back as the schema the entities map to.
 *
 * <p>The class path holds the JPA and Bean Validation APIs, Hibernate's and Hibernate Validator's
 * annotations and the Retort runtime, nothing else.
 */
final class ModelCompiler {
  private ModelCompiler() {}

  /** Where the model's files end up; everything is under one temporary directory. */
  record Output(Path root, Path sourceDir, Path snapshot, Path classes, String migrationsPackage) {
    List<Path> migrationSources() {
      Path dir = sourceDir.resolve(migrationsPackage.replace('.', '/'));
      try (Stream<Path> files = Files.list(dir)) {
        return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Compiles the model with the processor; fails with javac's messages when anything is wrong. */
  static Output compile(String model, String naming) {
    try {
      Path root = Files.createTempDirectory("retort-model-" + model + "-");
      Path fixtures = fixtureDir(model);
      Output out = new Output(root, root.resolve("src"), root.resolve("snapshot.json"), root.resolve("classes-check"),
          "mapping." + model + ".migrations");
      Files.createDirectories(out.sourceDir());
      List<Path> sources = javaFiles(fixtures);
      Result first = javac(sources, root.resolve("classes"), root.resolve("generated"), out, "write", naming);
      first.requireSuccess("compiling model " + model + " in write mode");
      if (out.migrationSources().isEmpty()) {
        throw new AssertionError("the processor wrote no migration for model " + model + ":\n" + first.messages());
      }
      List<Path> again = new ArrayList<>(sources);
      again.addAll(out.migrationSources());
      Result second = javac(again, out.classes(), root.resolve("generated-check"), out, "check", naming);
      second.requireSuccess("compiling model " + model + " again in check mode (the snapshot must match)");
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The result of one javac run. */
  record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    String messages() {
      StringBuilder text = new StringBuilder();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
        text.append(d.getKind()).append(' ')
            .append(d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber() + ": ")
            .append(d.getMessage(Locale.ROOT)).append('\n');
      }
      return text.toString();
    }

    void requireSuccess(String what) {
      if (!success || diagnostics.stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR)) {
        throw new AssertionError(what + " failed:\n" + messages());
      }
    }
  }

  static Result javac(List<Path> sources, Path classes, Path generated, Output out, String mode, String naming)
      throws IOException {
    Files.createDirectories(classes);
    Files.createDirectories(generated);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = new ArrayList<>(List.of(
          "-classpath", classPath(),
          "-d", classes.toString(),
          "-s", generated.toString(),
          "-parameters",
          "-Aretort.sourceDir=" + out.sourceDir(),
          "-Aretort.snapshot=" + out.snapshot(),
          "-Aretort.package=" + out.migrationsPackage(),
          "-Aretort.mode=" + mode,
          "-Aretort.created=2026-01-01T00:00:00Z",
          "-Aretort.message=initial"));
      if (naming != null) {
        options.add("-Aretort.naming=" + naming);
      }
      JavaCompiler.CompilationTask task = compiler.getTask(null, files, collector, options, null,
          files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(List.of(new RetortProcessor()));
      boolean success = task.call();
      return new Result(success, collector.getDiagnostics());
    }
  }

  static Path fixtureDir(String model) {
    Path dir = Path.of("src/test/resources/mapping", model);
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("no fixture folder " + dir.toAbsolutePath());
    }
    return dir;
  }

  static List<Path> javaFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }

  /**
   * The JPA and Bean Validation APIs, Hibernate's annotations ({@code @ColumnDefault}) and
   * Hibernate Validator's constraints, and the Retort runtime, wherever the build put them.
   */
  static String classPath() {
    List<String> entries = new ArrayList<>();
    for (Class<?> type : List.of(jakarta.persistence.Entity.class, javax.persistence.Entity.class,
        jakarta.validation.constraints.NotNull.class, org.hibernate.annotations.ColumnDefault.class,
        org.hibernate.validator.constraints.Length.class, Migration.class)) {
      entries.add(location(type).toString());
    }
    return String.join(File.pathSeparator, entries);
  }

  private static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
