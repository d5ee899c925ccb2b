package dev.retort.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Times whole JVMs on PostgreSQL, as an application's start-up pays for them:
 *
 * <ul>
 *   <li>the floor: a new JVM that connects and runs one SELECT (and, for comparison, the same after
 *       setting up SLF4J, through PgJDBC's {@code PGSimpleDataSource}, and with the jar of 5,000
 *       migrations on its class path, which the JVM opens and indexes);
 *   <li>a start on an up-to-date database: Retort's {@code upgradeToHead} with 100, 1,000 and 5,000
 *       applied migrations (and with 1,000 through {@code PGSimpleDataSource}, for comparison),
 *       Flyway's {@code migrate()} and Liquibase's {@code update()} with 1,000;
 *   <li>applying 1,000 migrations to an empty database: the three tools, and the same statements
 *       over plain JDBC, in auto-commit mode and with a transaction and a version row per migration.
 * </ul>
 *
 * Every contender runs the same statements (rendered by Retort's PostgreSQL dialect) with the same
 * class path (plus the jar of its own migrations), connects through the driver, not through
 * PgJDBC's data source classes (Retort through a thin data source over the driver manager,
 * Flyway through its own), and runs in a JVM of its own, started and timed here from launch to
 * exit. The measurements are interleaved round by round; each median is reported with its ratio
 * to the floor's (starts) or plain JDBC's (applying), and with the median of the same ratio taken
 * round by round.
 *
 * <pre>
 * mvn -B -Pbench -pl benchmarks -am package -DskipTests
 * java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" dev.retort.bench.Benchmark \
 *     --url 'jdbc:postgresql://127.0.0.1:5432/test?user=postgres' [--runs 7] [--apply-runs 3]
 * </pre>
 *
 * The URL's user must be allowed to create databases: each measurement gets its own, named
 * {@code retort_bench_*}, dropped and created again for every run that starts from empty.
 */
public final class Benchmark {
  private static final int[] SIZES = {100, 1000, 5000};
  private static final int COMPARED = 1000;
  private static final int LARGEST = SIZES[SIZES.length - 1];

  private final String url;
  private final Path work;
  private final String dependencies;
  private final String ownClasses;
  private final Map<String, List<Double>> seconds = new LinkedHashMap<>();

  private Benchmark(String url, Path work, String dependencies, String ownClasses) {
    this.url = url;
    this.work = work;
    this.dependencies = dependencies;
    this.ownClasses = ownClasses;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    String url = options.getOrDefault("--url", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    int runs = Integer.parseInt(options.getOrDefault("--runs", "7"));
    int applyRuns = Integer.parseInt(options.getOrDefault("--apply-runs", "3"));
    Path classes = Path.of(Benchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path target = classes.getParent();
    Path work = target.resolve("bench");
    String dependencies = snapshot(Files.readString(target.resolve("classpath.txt"), StandardCharsets.UTF_8).strip(),
        work.resolve("lib"));
    new Benchmark(url, work, dependencies, classes.toString()).run(runs, applyRuns);
  }

  /**
   * Copies the class path's jars into the work folder and returns the class path of the copies,
   * so a rebuild of a module while the benchmark runs changes nothing under it.
   */
  private static String snapshot(String classPath, Path lib) throws IOException {
    Files.createDirectories(lib);
    List<String> copies = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      Path jar = Path.of(entry);
      Path copy = lib.resolve(jar.getFileName());
      Files.copy(jar, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      copies.add(copy.toString());
    }
    return String.join(File.pathSeparator, copies);
  }

  private void run(int runs, int applyRuns) throws Exception {
    Map<Integer, Fixture.Jars> jars = new LinkedHashMap<>();
    for (int n : SIZES) {
      jars.put(n, Fixture.write(work.resolve("fixtures"), n, ownClasses + File.pathSeparator + dependencies));
    }
    Fixture.Jars compared = jars.get(COMPARED);

    // databases at head for the up-to-date starts: applied once by each tool
    for (int n : SIZES) {
      recreate("retort_" + n);
      measure(null, "retort_" + n, "Retort", jars.get(n).retort(), n);
    }
    recreate("flyway");
    measure(null, "flyway", "FlywayMigrate", compared.flyway(), COMPARED);
    recreate("liquibase");
    measure(null, "liquibase", "LiquibaseUpdate", compared.liquibase(), COMPARED);

    System.out.println("Timing up-to-date starts, " + runs + " rounds (plus one to warm up)...");
    for (int round = 0; round <= runs; round++) {
      String counted = round == 0 ? null : "";
      measure(counted == null ? null : "floor", null, "Floor", null, -1);
      measure(counted == null ? null : "floor with slf4j", null, "FloorWithLogging", null, -1);
      measure(counted == null ? null : "floor through PGSimpleDataSource", null, "FloorThroughPgDataSource", null, -1);
      measure(counted == null ? null : "floor with the " + LARGEST + " migrations' jar", null, "Floor",
          jars.get(LARGEST).retort(), -1);
      measure(counted == null ? null : "retort no-op " + COMPARED + " through PGSimpleDataSource", "retort_" + COMPARED,
          "RetortThroughPgDataSource", compared.retort(), 0);
      for (int n : SIZES) {
        measure(counted == null ? null : "retort no-op " + n, "retort_" + n, "Retort", jars.get(n).retort(), 0);
      }
      measure(counted == null ? null : "flyway no-op", "flyway", "FlywayMigrate", compared.flyway(), 0);
      measure(counted == null ? null : "liquibase no-op", "liquibase", "LiquibaseUpdate", compared.liquibase(), COMPARED);
    }

    System.out.println("Timing " + COMPARED + " migrations applied from empty, " + applyRuns + " rounds...");
    for (int round = 0; round < applyRuns; round++) {
      for (String[] c : new String[][] {{"jdbc", "PlainJdbc"}, {"jdbc_tx", "PlainJdbcTransactions"},
          {"retort", "Retort"}, {"flyway", "FlywayMigrate"},
          {"liquibase", "LiquibaseUpdate"}}) {
        String database = "apply_" + c[0];
        recreate(database);
        Path jar = switch (c[0]) {
          case "jdbc", "jdbc_tx" -> compared.jdbc();
          case "retort" -> compared.retort();
          case "flyway" -> compared.flyway();
          default -> compared.liquibase();
        };
        measure(c[0] + " apply", database, c[1], jar, COMPARED);
      }
    }
    report(runs, applyRuns);
  }

  /**
   * Starts one contender in a new JVM and times it from launch to exit.
   *
   * @param label where to file the time, or null for a run that is not counted
   * @param database the database it works on (null: the URL's own)
   * @param expected the count its output must report, or -1
   */
  private void measure(String label, String database, String main, Path jar, int expected) throws Exception {
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-cp",
        ownClasses + (jar == null ? "" : File.pathSeparator + jar) + File.pathSeparator + dependencies,
        Contenders.class.getName() + "$" + main, database == null ? url : urlOf(database)));
    Path log = work.resolve("last-run.log");
    Files.createDirectories(work);
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(30, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(main + " did not finish");
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    String output = Files.readString(log, StandardCharsets.UTF_8);
    if (process.exitValue() != 0 || expected >= 0 && !output.contains("applied " + expected)
        || expected < 0 && !output.contains("selected 1")) {
      throw new IllegalStateException(main + " on " + database + " failed (exit " + process.exitValue()
          + ", expected 'applied " + expected + "'):\n" + output);
    }
    if (label != null) {
      seconds.computeIfAbsent(label, k -> new ArrayList<>()).add(elapsed);
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private String urlOf(String database) {
    return url.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1retort_bench_" + database);
  }

  private void recreate(String database) throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS retort_bench_" + database + " WITH (FORCE)");
      st.execute("CREATE DATABASE retort_bench_" + database);
    }
  }

  private double median(String label) {
    return median(seconds.get(label));
  }

  private static double median(List<Double> measured) {
    List<Double> values = new ArrayList<>(measured);
    values.sort(Double::compare);
    int mid = values.size() / 2;
    return values.size() % 2 == 1 ? values.get(mid) : (values.get(mid - 1) + values.get(mid)) / 2;
  }

  private void report(int runs, int applyRuns) throws Exception {
    String server;
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SHOW server_version")) {
      rs.next();
      server = rs.getString(1);
    }
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Java %s, PostgreSQL %s, %d CPUs; medians of %d runs (starts) and %d runs (applying)%n%n",
        System.getProperty("java.version"), server, Runtime.getRuntime().availableProcessors(), runs, applyRuns));
    out.append("| whole JVM, PostgreSQL | median | ratio | ratio per round |\n| --- | ---: | ---: | ---: |\n");
    row(out, "connect and SELECT 1 (the floor)", "floor", "floor");
    row(out, "connect and SELECT 1, SLF4J set up first (for comparison)", "floor with slf4j", "floor");
    for (int n : SIZES) {
      row(out, String.format(Locale.ROOT, "Retort `upgradeToHead`, up to date, %,d migrations", n), "retort no-op " + n, "floor");
    }
    String withJar = "floor with the " + LARGEST + " migrations' jar";
    row(out, String.format(Locale.ROOT, "connect and SELECT 1, the %,d migrations' jar on the class path (for comparison)",
        LARGEST), withJar, "floor");
    row(out, String.format(Locale.ROOT, "Retort, %,d migrations, to the floor with their jar", LARGEST),
        "retort no-op " + LARGEST, withJar);
    String throughPg = "retort no-op " + COMPARED + " through PGSimpleDataSource";
    row(out, "connect through PGSimpleDataSource and SELECT 1 (for comparison)", "floor through PGSimpleDataSource", "floor");
    row(out, "Retort `upgradeToHead`, up to date, 1,000 migrations, through PGSimpleDataSource", throughPg, "floor");
    row(out, "the same, to the floor through PGSimpleDataSource", throughPg, "floor through PGSimpleDataSource");
    row(out, "Flyway `migrate()`, up to date, 1,000 migrations", "flyway no-op", "floor");
    row(out, "Liquibase `update()`, up to date, 1,000 migrations", "liquibase no-op", "floor");
    row(out, "plain JDBC, 1,000 migrations from empty (auto-commit)", "jdbc apply", "jdbc apply");
    row(out, "plain JDBC, a transaction per migration with its version row", "jdbc_tx apply", "jdbc apply");
    row(out, "Retort `upgradeToHead`, 1,000 migrations from empty", "retort apply", "jdbc apply");
    row(out, "Flyway `migrate()`, 1,000 migrations from empty", "flyway apply", "jdbc apply");
    row(out, "Liquibase `update()`, 1,000 migrations from empty", "liquibase apply", "jdbc apply");
    out.append("\nAll times (s):\n");
    seconds.forEach((label, values) -> out.append("  ").append(label).append(": ")
        .append(values.stream().map(v -> String.format(Locale.ROOT, "%.3f", v)).toList()).append('\n'));
    System.out.println();
    System.out.print(out);
    Files.writeString(work.resolve("results.md"), out.toString(), StandardCharsets.UTF_8);
  }

  /**
   * One row: the median, its ratio to the base's median, and the median of the ratios round by
   * round: each contender ran in the same round as its base, seconds apart, so a stretch when the
   * machine was slower or its disk busier moves both, and the per-round ratio shows less of it.
   */
  private void row(StringBuilder out, String what, String label, String base) {
    double value = median(label);
    if (label.equals(base)) {
      String name = base.equals("floor") ? "floor" : "plain JDBC";
      out.append(String.format(Locale.ROOT, "| %s | %.3f s | 1.00 (%s) | |%n", what, value, name));
      return;
    }
    List<Double> values = seconds.get(label);
    List<Double> bases = seconds.get(base);
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < Math.min(values.size(), bases.size()); i++) {
      ratios.add(values.get(i) / bases.get(i));
    }
    out.append(String.format(Locale.ROOT, "| %s | %.3f s | %.2fx | %.2fx |%n", what, value, value / median(base),
        median(ratios)));
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    return options;
  }
}
