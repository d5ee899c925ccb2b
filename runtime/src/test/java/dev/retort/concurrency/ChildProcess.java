package dev.retort.concurrency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A child JVM running {@link MigratingProcess} on this test's class path: {@code java -cp <class
 * path> dev.retort.concurrency.MigratingProcess <mode> <args>}, with the database's URL in its
 * environment (never on its command line, which other users of the machine can read). Its
 * standard output and error go to a file, read while it runs. Every wait is bounded, and closing
 * it kills it if it still runs.
 */
final class ChildProcess implements AutoCloseable {
  static final String URL_VARIABLE = "RETORT_CHILD_URL";

  private final String name;
  private final Process process;
  private final Path output;

  private ChildProcess(String name, Process process, Path output) {
    this.name = name;
    this.process = process;
    this.output = output;
  }

  /**
   * @param jvmOptions options such as {@code -Dorg.slf4j.simpleLogger.defaultLogLevel=trace}
   */
  static ChildProcess start(String name, String url, List<String> jvmOptions, String... args) throws IOException {
    Path output = Files.createTempFile("retort-child-" + name + "-", ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Xshare:auto");
    command.add("-Dretort.caller=" + name);
    command.add("-Dretort.killTest.rows=" + LongMigrations.ROWS);
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(MigratingProcess.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
    builder.environment().put(URL_VARIABLE, url);
    return new ChildProcess(name, builder.start(), output);
  }

  static ChildProcess start(String name, String url, String... args) throws IOException {
    return start(name, url, List.of(), args);
  }

  String name() {
    return name;
  }

  long pid() {
    return process.pid();
  }

  /** Everything the child wrote so far. */
  String output() {
    try {
      return Files.readString(output, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first line that starts with {@code prefix}, once there is one. */
  Optional<String> line(String prefix) {
    return output().lines().filter(l -> l.startsWith(prefix)).findFirst();
  }

  /**
   * Waits until the child writes a line starting with {@code prefix}, and returns it.
   *
   * @throws AssertionError when it ends first, or does not within {@code timeout}
   */
  String awaitLine(String prefix, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<String> line = line(prefix);
      if (line.isPresent()) {
        return line.get();
      }
      if (!process.isAlive()) {
        line = line(prefix);
        if (line.isPresent()) {
          return line.get();
        }
        throw new AssertionError(name + " ended (exit " + process.exitValue() + ") without writing '" + prefix
            + "':\n" + output());
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(name + " did not write '" + prefix + "' within " + timeout.toSeconds() + " s:\n"
            + output());
      }
      Thread.sleep(10);
    }
  }

  /** Waits for the child to end; kills it and fails when it takes longer than {@code timeout}. */
  int waitFor(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError(name + " did not end within " + timeout.toSeconds() + " s; killed it:\n" + output());
    }
    return process.exitValue();
  }

  /** {@code kill -9}: SIGKILL, which the child cannot catch, so nothing of it runs afterwards. */
  int kill() throws InterruptedException {
    process.destroyForcibly();
    return waitFor(Duration.ofSeconds(30));
  }

  boolean alive() {
    return process.isAlive();
  }

  @Override
  public void close() throws IOException {
    if (process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    Files.deleteIfExists(output);
  }

  /** Starts every child, then waits until each is ready, and only then lets them all go at once. */
  static void releaseTogether(List<ChildProcess> children, Path go, Duration timeout) throws Exception {
    for (ChildProcess child : children) {
      child.awaitLine(MigratingProcess.READY, timeout);
    }
    Files.writeString(go, "go");
  }

  static Map<String, String> none() {
    return Map.of();
  }
}
