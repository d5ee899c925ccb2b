package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What lets the runtime work in a GraalVM native image, checked on its sources (no GraalVM runs
 * here): migrations come from the processor's list of classes and {@link java.util.ServiceLoader},
 * never from scanning the class path, and the only reflection is on what the list names, which
 * the processor registers in the {@code reflect-config.json} and {@code resource-config.json} it
 * writes beside the list. A new
 * reflective call in the runtime fails this test until its metadata is thought through.
 */
class NativeImageReadinessTest {
  /** Reflection and class path scanning that native-image cannot follow without metadata. */
  private static final Pattern REFLECTION = Pattern.compile(
      "Class\\.forName\\(|\\.getDeclared(Constructor|Constructors|Method|Methods|Field|Fields)\\(|\\.getMethod\\(|"
          + "\\.getField\\(|\\.newInstance\\(|setAccessible\\(|Proxy\\.newProxyInstance|\\.getResources\\(|"
          + "getSystemResources\\(|MethodHandles\\.(lookup|privateLookupIn)|\\.loadClass\\(");

  /** Each allowed use: the file and what it does, covered by the processor's reflect-config.json. */
  private static final List<String> ALLOWED = List.of(
      // initialises some of the runtime's own classes, named by class literals (no lookup by name,
      // nothing native-image needs metadata for), on the start-up thread beside connecting
      "engine/Ahead.java: MethodHandles.lookup",
      // loads the last migration class the index names, to read its @Revision without loading the
      // others (for a list that does not give the head's id itself)
      "engine/IndexedMigrations.java: Class.forName(",
      // instantiates the classes the processor's list names (registered with allPublicConstructors)
      "engine/MigrationList.java: Class.forName(",
      "engine/MigrationList.java: .newInstance(",
      // finds the lists themselves, which the processor registers in resource-config.json
      "engine/MigrationLoader.java: .getResources(");

  @Test
  void theRuntimeReflectsOnlyOnWhatTheIndexLists() throws IOException {
    Path root = Path.of(System.getProperty("basedir", "")).resolve("src/main/java/dev/retort");
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        for (String line : Files.readAllLines(file)) {
          String code = line.strip();
          if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) {
            continue;
          }
          Matcher m = REFLECTION.matcher(code);
          while (m.find()) {
            found.add(root.relativize(file).toString().replace('\\', '/') + ": " + m.group());
          }
        }
      }
    }
    assertThat(found).containsExactlyElementsOf(ALLOWED);
  }

  @Test
  void migrationsAreFoundThroughServiceLoaderOnly() throws IOException {
    Path loader = Path.of(System.getProperty("basedir", "")).resolve("src/main/java/dev/retort/engine/MigrationLoader.java");
    assertThat(Files.readString(loader)).contains("ServiceLoader.load(MigrationIndex.class, classLoader)");
  }
}
