package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application on the module path: the runtime (the automatic module {@code dev.retort}) finds
 * the application's migration list and creates the classes it names, as long as the application
 * exports its migrations package to {@code dev.retort}; without that, the error says so.
 */
class ModulePathTest {
  private static final String MIGRATION = """
      package com.example.shop.migrations;

      import static dev.retort.schema.Column.col;
      import static dev.retort.schema.ColumnType.BIGINT;

      import dev.retort.Migration;
      import dev.retort.Revision;
      import dev.retort.op.Operations;
      import dev.retort.schema.Table;

      @Revision(id = "a1b2c3d4e5f6", message = "create_parcel", created = "2026-01-01T00:00:00Z")
      public final class V0001_CreateParcel extends Migration {
        @Override
        public void upgrade(Operations op) {
          op.createTable(Table.table("parcel").column(col("id", BIGINT).notNull()).primaryKey("id"));
        }
      }
      """;

  private static final String MAIN = """
      package com.example.shop;

      import dev.retort.Migrations;
      import dev.retort.dialect.Dialects;

      public final class Main {
        public static void main(String[] args) {
          System.out.println(Migrations.offline(Dialects.named("postgresql")).script("base", "head"));
        }
      }
      """;

  private static final String LIST = """
      # Retort migrations of com.example.shop.migrations, in revision order (each after its parents).
      # Written by the processor on every build from the migration classes; do not edit.
      com.example.shop.migrations.V0001_CreateParcel
      """;

  @Test
  void aModuleThatExportsItsMigrationsToTheRuntimeIsMigrated(@TempDir Path tmp) throws Exception {
    Path app = compileModule(tmp, "exports com.example.shop.migrations to dev.retort;");

    Run run = run(app);

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).contains("CREATE TABLE \"parcel\" (").contains("a1b2c3d4e5f6");
  }

  @Test
  void aModuleThatHidesItsMigrationsGetsAnErrorThatSaysWhatToDeclare(@TempDir Path tmp) throws Exception {
    Path app = compileModule(tmp, "");

    Run run = run(app);

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.output()).contains("com.example.shop.migrations.V0001_CreateParcel")
        .contains("exports com.example.shop.migrations to dev.retort");
  }

  /** Compiles the application as the module com.example.shop, with its migration list. */
  private static Path compileModule(Path tmp, String migrationsDirective) throws IOException {
    Path src = tmp.resolve("src");
    write(src.resolve("module-info.java"), """
        module com.example.shop {
          requires dev.retort;
          %s
        }
        """.formatted(migrationsDirective));
    write(src.resolve("com/example/shop/Main.java"), MAIN);
    write(src.resolve("com/example/shop/migrations/V0001_CreateParcel.java"), MIGRATION);
    Path out = tmp.resolve("app");
    // the migration is written by hand here: no processor
    List<String> args = new ArrayList<>(List.of("-proc:none", "--module-path", libraries(), "-d", out.toString()));
    try (var files = Files.walk(src)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
    }
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = ToolProvider.getSystemJavaCompiler().run(null, errors, errors, args.toArray(String[]::new));
    assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();
    write(out.resolve("META-INF/services/dev.retort.Migration"), LIST);
    return out;
  }

  private record Run(int exitCode, String output) {}

  private static Run run(Path app) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "--module-path", app + File.pathSeparator + libraries(),
        "-m", "com.example.shop/com.example.shop.Main").redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), output);
  }

  /** The runtime jar as users get it (module dev.retort), and SLF4J's API. */
  private static String libraries() {
    return PublishedArtifactsTest.installed("retort-runtime", ".jar") + File.pathSeparator + slf4jApi();
  }

  private static String slf4jApi() {
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (Path.of(entry).getFileName().toString().startsWith("slf4j-api-")) {
        return entry;
      }
    }
    throw new AssertionError("slf4j-api is not on the test class path: " + System.getProperty("java.class.path"));
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
