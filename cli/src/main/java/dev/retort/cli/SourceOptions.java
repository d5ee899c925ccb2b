package dev.retort.cli;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Where {@code revision} and {@code merge} write: the source root and the migrations package. */
final class SourceOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--source-dir", paramLabel = "DIR", defaultValue = "src/main/java",
      description = "The source root the migration is written into (default: ${DEFAULT-VALUE}).")
  Path sourceDir;

  @Option(names = "--package", paramLabel = "PACKAGE",
      description = "The migrations package (default: the package of the compiled migrations on the class path).")
  String packageName;

  SourceTree read() {
    try {
      return SourceTree.read(sourceDir, packageName, Thread.currentThread().getContextClassLoader());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /**
   * Now, or {@code SOURCE_DATE_EPOCH} for reproducible output, as the processor does; a value
   * that is not a number of seconds is a usage error.
   */
  Instant created(Map<String, String> env) {
    String epoch = env.get("SOURCE_DATE_EPOCH");
    if (epoch == null || epoch.isBlank()) {
      return Instant.now();
    }
    try {
      return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
    } catch (NumberFormatException | DateTimeException e) {
      throw new ParameterException(spec.commandLine(), "SOURCE_DATE_EPOCH is '" + epoch + "', not a number of "
          + "seconds since 1970-01-01T00:00:00Z: set it to one (date +%s) or unset it. Nothing was written.");
    }
  }
}
