package dev.retort.processor.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every deliberate difference the oracle accepts is listed, with its reason, in the README. */
class ReadmeTest {
  @Test
  void everyDeliberateDifferenceIsInTheMappingCoverageSection() throws Exception {
    String readme = Files.readString(Path.of(System.getProperty("basedir", ".")).resolve("../README.md"));
    int start = readme.indexOf("## Mapping coverage");
    assertThat(start).as("README has a Mapping coverage section").isNotNegative();
    int end = readme.indexOf("\n## ", start + 5);
    String section = readme.substring(start, end < 0 ? readme.length() : end);
    for (DeliberateDifferences.Reason reason : DeliberateDifferences.Reason.values()) {
      assertThat(section).as("README lists %s", reason).contains(reason.text);
    }
  }
}
