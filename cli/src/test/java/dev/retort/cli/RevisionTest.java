package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Migration;
import dev.retort.Revision;
import dev.retort.cli.fixture.RetortMigrationIndex;
import dev.retort.engine.MigrationCatalog;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** revision -m and merge heads -m: empty migration classes written into a source tree. */
class RevisionTest {
  private static final Map<String, String> JAN_1 = Map.of("SOURCE_DATE_EPOCH", "1767225600"); // 2026-01-01T00:00:00Z
  private static final Pattern ID = Pattern.compile("id = \"([0-9a-f]{12})\"");

  private static String id(Path file) throws Exception {
    Matcher m = ID.matcher(Files.readString(file));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static Path written(Cli.Result result) {
    Matcher m = Pattern.compile("^Wrote (\\S+\\.java) ").matcher(result.out());
    assertThat(m.find()).as(result.out() + result.err()).isTrue();
    return Path.of(m.group(1));
  }

  @Test
  void revisionWritesAnEmptyMigrationAfterTheHeadAndMergeJoinsTwoHeads(@TempDir Path src) throws Exception {
    Path pkg = src.resolve("dev/retort/cli/fixture");

    // the head comes from the compiled migrations on the class path; the package too
    Cli.Result first = Cli.run(JAN_1, "revision", "-m", "Backfill author names!", "--source-dir", src.toString());
    assertThat(first.exitCode()).isZero();
    Path backfill = written(first);
    assertThat(backfill).isEqualTo(pkg.resolve("V0004_BackfillAuthorNames.java"));
    assertThat(first.out()).endsWith("(parent: 3c0003). Fill in upgrade() and downgrade(), then compile.\n");
    String source = Files.readString(backfill, StandardCharsets.UTF_8);
    assertThat(source)
        .contains("package dev.retort.cli.fixture;")
        .contains("parents = \"3c0003\",\n    message = \"backfill_author_names\",\n    created = \"2026-01-01T00:00:00Z\")")
        .contains("public final class V0004_BackfillAuthorNames extends Migration {")
        .contains("// Write the data change here");

    // a revision not compiled yet is found in the source tree; the message is cleaned by the
    // processor's own rule (accents stripped), so both name their classes alike
    Path second = written(Cli.run(JAN_1, "revision", "-m", "Second change: café prices", "--source-dir", src.toString(),
        "--package", "dev.retort.cli.fixture"));
    assertThat(second.getFileName().toString()).isEqualTo("V0005_SecondChangeCafePrices.java");
    assertThat(Files.readString(second)).contains("message = \"second_change_cafe_prices\"");
    assertThat(Files.readString(second)).contains("parents = \"" + id(backfill) + "\"");

    // a branch written by hand on another machine: two heads
    Files.writeString(pkg.resolve("V0006_Branch.java"), """
        package dev.retort.cli.fixture;

        import dev.retort.Migration;
        import dev.retort.Revision;
        import dev.retort.op.Operations;

        @Revision(id = "b7a0c1d2e3f4", parents = "3c0003", message = "branch")
        public final class V0006_Branch extends Migration {
          @Override
          public void upgrade(Operations op) {}
        }
        """);
    Cli.Result refused = Cli.run(JAN_1, "revision", "-m", "third", "--source-dir", src.toString());
    assertThat(refused.exitCode()).isEqualTo(3);
    String heads = String.join(", ", new java.util.TreeSet<>(List.of("b7a0c1d2e3f4", id(second))));
    assertThat(refused.err()).contains("The migrations have 2 heads (" + heads
        + "): merge them first (retort merge heads -m \"...\")");

    // a revision and its ancestor are not branches: refused, nothing written
    Cli.Result ancestor = Cli.run(JAN_1, "merge", "3c0003", "b7a0c1d2e3f4", "-m", "not a merge", "--source-dir", src.toString());
    assertThat(ancestor.exitCode()).isEqualTo(3);
    assertThat(ancestor.err()).contains("Cannot merge 3c0003, b7a0c1d2e3f4: 3c0003 is an ancestor of another of them, "
        + "so there are no branches to join. A merge joins heads; the heads are " + heads);
    assertThat(Cli.run(JAN_1, "merge", "heads", "1a0001", "-m", "x", "--source-dir", src.toString()).err())
        .contains("1a0001 is an ancestor of another of them");
    assertThat(pkg.resolve("V0007_NotAMerge.java")).doesNotExist();
    assertThat(pkg.resolve("V0007_X.java")).doesNotExist();

    Cli.Result merge = Cli.run(JAN_1, "merge", "heads", "-m", "join branches", "--source-dir", src.toString());
    assertThat(merge.exitCode()).isZero();
    Path merged = written(merge);
    assertThat(merged.getFileName().toString()).isEqualTo("V0007_JoinBranches.java");
    assertThat(Files.readString(merged)).contains("parents = {\"" + heads.replace(", ", "\", \"") + "\"}");

    Cli.Result nothing = Cli.run(JAN_1, "merge", "heads", "-m", "again", "--source-dir", src.toString());
    assertThat(nothing.exitCode()).isEqualTo(3);
    assertThat(nothing.err()).contains("Nothing to merge: only " + id(merged));
    assertThat(Cli.run(JAN_1, "merge", "nope", "3c0003", "-m", "x", "--source-dir", src.toString()).err())
        .contains("No revision nope among the migrations");

    // what was written compiles, and with the compiled migrations forms one history with one head
    List<Migration> all = new ArrayList<>(new RetortMigrationIndex().migrations());
    try (URLClassLoader loader = compile(src)) {
      for (String name : List.of("V0004_BackfillAuthorNames", "V0005_SecondChangeCafePrices", "V0006_Branch", "V0007_JoinBranches")) {
        all.add((Migration) loader.loadClass("dev.retort.cli.fixture." + name).getConstructor().newInstance());
      }
      Revision join = loader.loadClass("dev.retort.cli.fixture.V0007_JoinBranches").getAnnotation(Revision.class);
      assertThat(join.parents()).containsExactlyInAnyOrder("b7a0c1d2e3f4", id(second));
    }
    assertThat(MigrationCatalog.of(all).graph().heads()).containsExactly(id(merged));
  }

  @Test
  void aSourceDateEpochThatIsNotANumberIsAUsageError(@TempDir Path src) {
    Cli.Result result = Cli.run(Map.of("SOURCE_DATE_EPOCH", "abc"), "revision", "-m", "x", "--source-dir", src.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("SOURCE_DATE_EPOCH is 'abc', not a number of seconds since "
        + "1970-01-01T00:00:00Z: set it to one (date +%s) or unset it. Nothing was written.").doesNotContain("\tat ");
    assertThat(src.resolve("dev")).doesNotExist();
  }

  @Test
  void anotherPackageNumbersItsOwnClassesAndFollowsTheHead(@TempDir Path src) throws Exception {
    Cli.Result result = Cli.run(JAN_1, "revision", "-m", "x", "--source-dir", src.toString(), "--package", "com.example.m");
    assertThat(result.exitCode()).isZero();
    assertThat(Files.readString(src.resolve("com/example/m/V0001_X.java"))).contains("parents = \"3c0003\"");
  }

  @Test
  void withoutCompiledMigrationsThePackageMustBeGiven(@TempDir Path src) throws Exception {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    String services = "META-INF/services/dev.retort.MigrationIndex";
    Thread.currentThread().setContextClassLoader(new ClassLoader(context) {
      @Override
      public java.util.Enumeration<URL> getResources(String name) throws java.io.IOException {
        return name.equals(services) ? java.util.Collections.emptyEnumeration() : super.getResources(name);
      }
    });
    try {
      Cli.Result result = Cli.run(JAN_1, "revision", "-m", "x", "--source-dir", src.toString());
      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.err()).contains("Give the migrations package with --package (no compiled migration on the class path tells it).");

      Cli.Result first = Cli.run(JAN_1, "revision", "-m", "first", "--source-dir", src.toString(), "--package", "p");
      assertThat(first.exitCode()).isZero();
      assertThat(Files.readString(src.resolve("p/V0001_First.java"))).doesNotContain("parents =");
    } finally {
      Thread.currentThread().setContextClassLoader(context);
    }
  }

  @Test
  void aMessageIsRequired(@TempDir Path src) {
    Cli.Result result = Cli.run("revision", "--source-dir", src.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Missing required option: '--message=MESSAGE'");
  }

  private static URLClassLoader compile(Path src) throws Exception {
    Path out = Files.createTempDirectory("retort-cli-classes");
    List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-proc:none", "-classpath",
        System.getProperty("java.class.path") + java.io.File.pathSeparator + location(Migration.class)
            + java.io.File.pathSeparator + location(RetortMigrationIndex.class)));
    try (Stream<Path> files = Files.walk(src)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
    }
    assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new))).isZero();
    return new URLClassLoader(new URL[] {out.toUri().toURL()}, RevisionTest.class.getClassLoader());
  }

  private static String location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
