package dev.retort.processor.loop;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.retort.processor.RetortProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * A small user project in a temporary folder: entity sources from
 * {@code src/test/resources/fixtures/<name>}, a source root the processor writes migrations into,
 * and a snapshot file; compiled with the processor as javac would in a build.
 */
final class Fixture {
  static final String CREATED = "2026-01-01T00:00:00Z";

  private final Path root;
  private final Map<String, String> sources = new TreeMap<>();

  Fixture(String name, Path root) throws IOException {
    this.root = root;
    Path dir = Path.of(System.getProperty("basedir", "")).resolve("src/test/resources/fixtures").resolve(name);
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        sources.put(dir.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    Files.createDirectories(sourceRoot());
  }

  Path sourceRoot() {
    return root.resolve("src");
  }

  Path snapshot() {
    return root.resolve("snapshot.json");
  }

  /** Replaces text in every entity source, as a developer's edit would. */
  void replaceEverywhere(String from, String to) {
    sources.replaceAll((path, text) -> text.replace(from, to));
  }

  void edit(String path, String from, String to) {
    String text = sources.get(path);
    if (text == null || !text.contains(from)) {
      throw new IllegalArgumentException(path + " does not contain " + from);
    }
    sources.put(path, text.replace(from, to));
  }

  void add(String path, String text) {
    sources.put(path, text);
  }

  /** Deletes an entity source, as a developer removing the class would. */
  void remove(String path) {
    if (sources.remove(path) == null) {
      throw new IllegalArgumentException("no source " + path);
    }
  }

  /** Compiles the entities and every migration the processor has written so far. */
  Compilation compile(String... extraOptions) {
    return compileWith(new RetortProcessor(), extraOptions);
  }

  /** Like {@link #compile}, with the processor given (a wrapped one, say). */
  Compilation compileWith(javax.annotation.processing.Processor processor, String... extraOptions) {
    List<JavaFileObject> files = new ArrayList<>();
    sources.forEach((path, text) -> files.add(JavaFileObjects.forSourceString(path.replace(".java", "").replace('/', '.'), text)));
    try (Stream<Path> written = Files.walk(sourceRoot())) {
      for (Path file : written.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String name = sourceRoot().relativize(file).toString().replace(".java", "").replace('/', '.');
        files.add(JavaFileObjects.forSourceString(name, Files.readString(file, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> options = new ArrayList<>(List.of(
        "-Aretort.sourceDir=" + sourceRoot(),
        "-Aretort.snapshot=" + snapshot(),
        "-Aretort.created=" + CREATED,
        "-Aretort.mode=write"));
    options.addAll(List.of(extraOptions));
    return Compiler.javac().withProcessors(processor).withOptions(options).compile(files);
  }

  /** The migration sources written so far, by file name. */
  Map<String, String> migrations(String pkg) throws IOException {
    Map<String, String> result = new TreeMap<>();
    Path dir = sourceRoot().resolve(pkg.replace('.', '/'));
    if (!Files.isDirectory(dir)) {
      return result;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        result.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return result;
  }

  /** The migration classes the compile's index lists, in its order (its comment lines left out). */
  static List<String> indexed(Compilation compilation) {
    return indexText(compilation).lines().filter(line -> !line.startsWith("#")).toList();
  }

  /** The compile's index as written. */
  static String indexText(Compilation compilation) {
    try {
      return compilation.generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT, "META-INF/services/dev.retort.Migration")
          .orElseThrow(() -> new AssertionError("no migration index was written"))
          .getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String snapshotText() throws IOException {
    return Files.readString(snapshot(), StandardCharsets.UTF_8);
  }
}
