package dev.retort.processor;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Where the project's sources and snapshot are. Options win; otherwise the paths are derived from
 * the compiler's class output directory: {@code target/classes} (Maven) or
 * {@code build/classes/java/main} (Gradle) lies inside the project, whose {@code src/main/java}
 * and {@code src/main/resources} are found from there.
 *
 * @param sourceDir the source root migrations are written into
 * @param snapshot the snapshot file
 * @param testCompile whether this compile writes test classes (Maven's {@code test-classes},
 *     Gradle's {@code classes/java/test}): then nothing is written unless the options name the
 *     places explicitly, so test entities never produce migrations in {@code src/main}
 */
public record ProjectLayout(Path sourceDir, Path snapshot, boolean testCompile) {

  static final String DEFAULT_SNAPSHOT = "retort/snapshot.json";

  /** The layout, or empty with the reason when it cannot be worked out. */
  static Result detect(Filer filer, ProcessorOptions options) {
    Optional<Path> classOutput = classOutput(filer);
    boolean test = classOutput.map(ProjectLayout::isTestOutput).orElse(false);
    Optional<Path> project = classOutput.flatMap(ProjectLayout::projectDir);
    Path sourceDir = options.sourceDir() != null
        ? Path.of(options.sourceDir())
        : project.map(p -> p.resolve("src/main/java")).orElse(null);
    Path snapshot = options.snapshot() != null
        ? Path.of(options.snapshot())
        : project.map(p -> p.resolve("src/main/resources").resolve(DEFAULT_SNAPSHOT)).orElse(null);
    if (test && (options.sourceDir() == null || options.snapshot() == null)) {
      return new Result(new ProjectLayout(sourceDir, snapshot, true), null);
    }
    if (sourceDir == null || snapshot == null) {
      return new Result(null, "Retort cannot tell where the project's sources are (class output: "
          + classOutput.map(Path::toString).orElse("unknown") + "). Pass -A" + ProcessorOptions.SOURCE_DIR
          + "=<source root> and -A" + ProcessorOptions.SNAPSHOT + "=<snapshot file> to the compiler.");
    }
    if (!Files.isDirectory(sourceDir)) {
      return new Result(null, "The source root " + sourceDir + " does not exist. Pass -A"
          + ProcessorOptions.SOURCE_DIR + "=<source root> to the compiler.");
    }
    return new Result(new ProjectLayout(sourceDir.toAbsolutePath().normalize(), snapshot.toAbsolutePath().normalize(), test), null);
  }

  /** A layout, or the reason there is none. */
  record Result(ProjectLayout layout, String problem) {}

  private static Optional<Path> classOutput(Filer filer) {
    try {
      FileObject probe = filer.getResource(StandardLocation.CLASS_OUTPUT, "", "retort.probe");
      URI uri = probe.toUri();
      if (!"file".equals(uri.getScheme())) {
        return Optional.empty();
      }
      return Optional.of(Path.of(uri).getParent());
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean isTestOutput(Path classOutput) {
    String text = classOutput.toString().replace('\\', '/');
    return text.endsWith("/test-classes") || text.endsWith("/classes/java/test") || text.endsWith("/classes/kotlin/test");
  }

  /** The project directory containing the class output, recognised by its {@code src} folder. */
  private static Optional<Path> projectDir(Path classOutput) {
    for (Path p = classOutput.toAbsolutePath().normalize().getParent(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("src/main"))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
