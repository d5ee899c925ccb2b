package dev.retort.processor.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Exact expected sources under {@code src/test/resources/golden/codegen}, read from the source
 * tree (not the class path, so there is no stale copy).
 *
 * <p>To regenerate them after an intended change to the generated code, run the tests with
 * {@code -Dretort.updateGolden=true}:
 *
 * <pre>{@code
 * mvn -B -pl processor test -Dtest=CodegenGoldenTest -Dretort.updateGolden=true
 * }</pre>
 *
 * <p>and review the diff (see {@code golden/codegen/README.md}): it is what every user's next
 * migration will look like.
 */
final class GoldenFiles {
  static final String UPDATE_PROPERTY = "retort.updateGolden";

  private GoldenFiles() {}

  static void assertMatches(String name, String actual) throws IOException {
    Path file = directory().resolve(name);
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual);
      return;
    }
    if (!Files.exists(file)) {
      fail("No golden file " + file + ". Run the test with -D" + UPDATE_PROPERTY
          + "=true to write it, then review it.");
    }
    assertThat(actual)
        .as("%s (regenerate with -D%s=true if the change is intended)", file, UPDATE_PROPERTY)
        .isEqualTo(Files.readString(file));
  }

  private static Path directory() {
    return Path.of(System.getProperty("basedir", "")).resolve("src/test/resources/golden/codegen");
  }
}
