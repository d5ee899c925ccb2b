package dev.retort;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * An application that only calls {@code upgradeToHead} carries the runtime, SLF4J's API and nothing
 * else: the command line's libraries (picocli, the processor's code generator) stay in retort-cli.
 * This module's class path, test dependencies included, must not see them.
 */
class RuntimeDependenciesTest {
  @Test
  void theCommandLinesLibrariesAreNotOnTheRuntimesClassPath() {
    for (String name : new String[] {"picocli.CommandLine", "com.palantir.javapoet.JavaFile",
        "dev.retort.processor.codegen.MigrationGenerator", "dev.retort.cli.Main"}) {
      assertThatThrownBy(() -> Class.forName(name)).as(name).isInstanceOf(ClassNotFoundException.class);
    }
  }
}
