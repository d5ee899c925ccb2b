package dev.retort.processor.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Exact expected files under {@code src/test/resources/golden/processor}: what the processor
 * writes into a user's project. Regenerate after an intended change with
 * {@code mvn -B -pl processor test -Dtest=ProcessorLoopTest -Dretort.updateGolden=true}, then
 * review the diff.
 */
final class Golden {
  private Golden() {}

  static void assertMatches(String name, String actual) throws IOException {
    Path file = Path.of(System.getProperty("basedir", "")).resolve("src/test/resources/golden/processor").resolve(name);
    if (Boolean.getBoolean("retort.updateGolden")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual);
      return;
    }
    if (!Files.exists(file)) {
      fail("No golden file " + file + ". Run with -Dretort.updateGolden=true to write it, then review it.");
    }
    assertThat(actual).as("%s (regenerate with -Dretort.updateGolden=true if intended)", file).isEqualTo(Files.readString(file));
  }
}
