package dev.retort.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A copy of a fixture project in a temporary folder, under git, driven by the real {@code mvn}
 * with the Retort version this build installed.
 */
final class UserProject {
  /** What one Maven run printed and how it ended. */
  record Run(int exitCode, String output) {
    boolean succeeded() {
      return exitCode == 0;
    }
  }

  private final Path dir;

  private UserProject(Path dir) {
    this.dir = dir;
  }

  static UserProject copy(String fixture, Path into) throws IOException {
    Path source = Path.of(System.getProperty("fixtures.dir"), fixture);
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path target = into.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          String text = Files.readString(file, StandardCharsets.UTF_8)
              .replace("@RETORT_VERSION@", System.getProperty("retort.version"));
          Files.writeString(target, text, StandardCharsets.UTF_8);
        }
      }
    }
    UserProject project = new UserProject(into);
    Files.writeString(into.resolve(".gitignore"), "target/\n");
    project.git("init", "-q");
    project.git("-c", "user.name=test", "-c", "user.email=test@example.com", "add", "-A");
    project.git("-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "-q", "-m", "fixture");
    return project;
  }

  Path dir() {
    return dir;
  }

  Path file(String relative) {
    return dir.resolve(relative);
  }

  String read(String relative) throws IOException {
    return Files.readString(file(relative), StandardCharsets.UTF_8);
  }

  void write(String relative, String text) throws IOException {
    Files.writeString(file(relative), text, StandardCharsets.UTF_8);
  }

  /** Replaces the first occurrence of a piece of text in a file, failing when it is absent. */
  void edit(String relative, String from, String to) throws IOException {
    String text = read(relative);
    if (!text.contains(from)) {
      throw new IllegalArgumentException(relative + " does not contain " + from);
    }
    write(relative, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
  }

  /** Runs Maven as a developer would on a workstation: the CI variable is not set. */
  Run mvn(String... args) {
    return mvn(Map.of(), args);
  }

  /** Runs Maven with extra environment variables. */
  Run mvn(Map<String, String> environment, String... args) {
    List<String> command = new ArrayList<>(List.of("mvn", "-B", "-ntp"));
    String repo = System.getProperty("maven.repo.local");
    if (repo != null && !repo.isBlank()) {
      command.add("-Dmaven.repo.local=" + repo);
    }
    command.addAll(List.of(args));
    Map<String, String> env = new HashMap<>(System.getenv());
    env.remove("CI");
    env.remove("SOURCE_DATE_EPOCH");
    env.remove("RETORT_MESSAGE");
    env.putAll(environment);
    return run(command, env);
  }

  String git(String... args) {
    Run run = tryGit(args);
    if (!run.succeeded()) {
      throw new IllegalStateException("git " + String.join(" ", args) + " failed:\n" + run.output());
    }
    return run.output();
  }

  /** Runs git and returns how it ended, for commands that may fail on purpose (a merge conflict). */
  Run tryGit(String... args) {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    return run(command, System.getenv());
  }

  void commitAll(String message) {
    git("-c", "user.name=test", "-c", "user.email=test@example.com", "add", "-A");
    git("-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "-q", "-m", message);
  }

  /**
   * {@code git status --porcelain}, one trimmed line per changed file ({@code M path},
   * {@code ?? path}): empty when the build left the tree as it was.
   */
  String status() {
    return git("status", "--porcelain", "--untracked-files=all").lines()
        .map(String::trim)
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  private Run run(List<String> command, Map<String, String> env) {
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
      builder.environment().clear();
      builder.environment().putAll(env);
      Process process = builder.start();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException(command + " did not finish");
      }
      return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
