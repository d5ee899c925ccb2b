package dev.retort.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs the command line in this JVM, as a script would, and keeps what it printed. */
final class Cli {
  record Result(int exitCode, String out, String err, String log) {}

  private Cli() {}

  static Result run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream systemErr = System.err;
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8)); // where slf4j-simple logs
    int code;
    try {
      code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8), env);
    } finally {
      System.setErr(systemErr);
    }
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
        log.toString(StandardCharsets.UTF_8));
  }

  static Result run(String... args) {
    return run(Map.of(), args);
  }
}
