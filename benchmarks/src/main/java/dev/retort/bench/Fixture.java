package dev.retort.bench;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.dialect.SqlStatement;
import dev.retort.history.VersionTable;
import dev.retort.op.Operation;
import dev.retort.op.Operations;
import dev.retort.processor.codegen.IndexGenerator;
import dev.retort.processor.codegen.IndexSpec;
import dev.retort.processor.codegen.MigrationGenerator;
import dev.retort.processor.codegen.MigrationSpec;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * The same N migrations for every contender, as a jar each: migration classes and their index for
 * Retort (written by the processor's code generator, compiled), {@code db/migration/V<i>__*.sql} for
 * Flyway, one formatted-SQL changelog for Liquibase, and the statements for plain JDBC (with the
 * statements that create Retort's version table, for the plain JDBC that records its migrations the same way). The SQL is
 * what Retort's PostgreSQL dialect renders for the Retort migrations, so every contender runs the
 * very same statements. Migration i creates a table (i = 1 mod 3), adds a column to it (2 mod 3) or
 * indexes it (0 mod 3).
 */
final class Fixture {
  static final String PACKAGE = "bench.migrations";
  static final String LIQUIBASE_CHANGELOG = "db/changelog/bench.sql";
  static final String JDBC_STATEMENTS = "jdbc/statements.sql";
  /** The table {@code Contenders.PlainJdbcTransactions} records its migrations in: Retort's version table, as its dialect creates it. */
  static final String JDBC_VERSION_TABLE = "jdbc/version-table.sql";
  static final String JDBC_VERSION_TABLE_NAME = "jdbc_version";
  /** Changes when the fixture's format does, so that jars written by an older harness are made again. */
  private static final String VERSION = "7";

  private Fixture() {}

  /** The upgrade operations of migration i (from 1). */
  static List<Operation> operations(int i) {
    Operations op = Operations.recording();
    int table = i - (i - 1) % 3;
    String name = String.format(Locale.ROOT, "t%05d", table);
    switch (i % 3) {
      case 1 -> op.createTable(Table.table(name)
          .column(Column.col("id", ColumnType.BIGINT).notNull())
          .column(Column.col("name", ColumnType.varchar(100)))
          .column(Column.col("created", ColumnType.timestamp(6)))
          .primaryKey("id"));
      case 2 -> op.addColumn(name, Column.col("note", ColumnType.varchar(200)));
      default -> op.createIndex(Index.index("ix_" + name + "_name", name, "name"));
    }
    return op.recorded();
  }

  static List<Operation> downgrade(int i) {
    List<Operation> up = operations(i);
    List<Operation> down = new ArrayList<>();
    for (int k = up.size() - 1; k >= 0; k--) {
      down.add(up.get(k).inverse().orElseThrow());
    }
    return down;
  }

  static String id(int i) {
    return String.format(Locale.ROOT, "r%05d", i);
  }

  static String className(int i) {
    return String.format(Locale.ROOT, "V%05d_Step", i);
  }

  /** The four jars for n migrations, in {@code dir}; made once and kept. */
  static Jars write(Path dir, int n, String compileClassPath) throws IOException {
    Jars jars = new Jars(dir.resolve("retort-" + n + ".jar"), dir.resolve("flyway-" + n + ".jar"),
        dir.resolve("liquibase-" + n + ".jar"), dir.resolve("jdbc-" + n + ".jar"));
    if (Files.exists(jars.retort()) && Files.exists(jars.jdbc()) && Files.exists(dir.resolve("version-" + VERSION + "-" + n))) {
      return jars;
    }
    Files.createDirectories(dir);
    Dialect postgres = Dialects.named("postgresql");
    List<List<String>> sql = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      List<String> statements = new ArrayList<>();
      for (Operation operation : operations(i)) {
        postgres.render(operation).stream().map(SqlStatement::sql).forEach(statements::add);
      }
      sql.add(statements);
    }
    retortJar(dir.resolve("retort-" + n), jars.retort(), n, compileClassPath);
    try (JarWriter jar = new JarWriter(jars.flyway())) {
      for (int i = 1; i <= n; i++) {
        jar.add("db/migration/V" + i + "__step_" + i + ".sql", String.join(";\n", sql.get(i - 1)) + ";\n");
      }
    }
    StringBuilder changelog = new StringBuilder("--liquibase formatted sql\n");
    StringBuilder statements = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      changelog.append("\n--changeset bench:").append(i).append('\n');
      for (String s : sql.get(i - 1)) {
        changelog.append(s).append(";\n");
        statements.append(s.replace('\n', ' ')).append('\n');
      }
      statements.append('\n');
    }
    try (JarWriter jar = new JarWriter(jars.liquibase())) {
      jar.add(LIQUIBASE_CHANGELOG, changelog.toString());
    }
    StringBuilder versionTable = new StringBuilder();
    for (SqlStatement statement : new VersionTable(postgres, JDBC_VERSION_TABLE_NAME).createStatements()) {
      versionTable.append(statement.sql().replace('\n', ' ')).append('\n');
    }
    try (JarWriter jar = new JarWriter(jars.jdbc())) {
      jar.add(JDBC_STATEMENTS, statements.toString());
      jar.add(JDBC_VERSION_TABLE, versionTable.toString());
    }
    Files.writeString(dir.resolve("version-" + VERSION + "-" + n), "");
    return jars;
  }

  /** The jars of one size. */
  record Jars(Path retort, Path flyway, Path liquibase, Path jdbc) {}

  private static void retortJar(Path work, Path jarFile, int n, String compileClassPath) throws IOException {
    Path src = work.resolve("src");
    Path classes = work.resolve("classes");
    Path pkg = src.resolve(PACKAGE.replace('.', '/'));
    Files.createDirectories(pkg);
    Files.createDirectories(classes);
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      MigrationSpec spec = new MigrationSpec(PACKAGE, className(i), id(i), i == 1 ? List.of() : List.of(id(i - 1)),
          "step_" + i, "2026-01-01T00:00:00Z", operations(i), downgrade(i));
      Files.writeString(pkg.resolve(className(i) + ".java"), MigrationGenerator.migration(spec).toString());
      names.add(className(i));
    }
    // one chain: one head, named with its revision and parent, as the processor writes it
    IndexSpec index = new IndexSpec(PACKAGE, names, new IndexSpec.Head(id(n), n == 1 ? List.of() : List.of(id(n - 1))));
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none", "-classpath", compileClassPath));
    try (Stream<Path> files = Files.list(pkg)) {
      files.map(Path::toString).forEach(args::add);
    }
    System.out.println("Compiling " + n + " Retort migrations...");
    if (ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)) != 0) {
      throw new IllegalStateException("the generated migrations do not compile");
    }
    try (JarWriter jar = new JarWriter(jarFile); Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        jar.add(classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
      jar.add(IndexGenerator.SERVICE_FILE, IndexGenerator.serviceFile(index));
    }
  }

  /** A jar whose files come after entries for their directories (which class-path scanners such as Flyway's need). */
  private static final class JarWriter implements AutoCloseable {
    private final JarOutputStream jar;
    private final Set<String> directories = new HashSet<>();

    JarWriter(Path file) throws IOException {
      jar = new JarOutputStream(Files.newOutputStream(file));
    }

    void add(String name, byte[] content) throws IOException {
      for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
        String directory = name.substring(0, slash + 1);
        if (directories.add(directory)) {
          jar.putNextEntry(new JarEntry(directory));
          jar.closeEntry();
        }
      }
      jar.putNextEntry(new JarEntry(name));
      jar.write(content);
      jar.closeEntry();
    }

    void add(String name, String content) throws IOException {
      add(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
      jar.close();
    }
  }
}
