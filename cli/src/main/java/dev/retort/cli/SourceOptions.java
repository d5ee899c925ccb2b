package dev.retort.cli;

import java.nio.file.Path;
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

  /** Now, or {@code SOURCE_DATE_EPOCH} for reproducible output, as the processor does. */
  static Instant created(Map<String, String> env) {
    String epoch = env.get("SOURCE_DATE_EPOCH");
    return epoch == null || epoch.isBlank() ? Instant.now() : Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
  }
}
