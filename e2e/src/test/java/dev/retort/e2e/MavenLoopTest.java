package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loop a user goes through, driven by real Maven on a copy of a small project: first compile,
 * an entity change, compiles with nothing to do, a build server, test-only entities.
 */
class MavenLoopTest {
  private static final String MIGRATIONS = "src/main/java/com/example/shop/migrations";
  private static final String SNAPSHOT = "src/main/resources/retort/snapshot.json";
  private static final String CUSTOMER = "src/main/java/com/example/shop/Customer.java";
  private static final Pattern REVISION_ID = Pattern.compile("id = \"([0-9a-f]+)\"");
  private static final Pattern PARENTS = Pattern.compile("parents = \"([0-9a-f]+)\"");

  @Test
  void firstCompileWritesTheInitialMigrationAndTheSnapshotAndSaysSo(@TempDir Path tmp) throws IOException {
    UserProject project = UserProject.copy("shop", tmp);

    UserProject.Run run = project.mvn("compile");

    assertThat(run.succeeded()).as(run.output()).isTrue();
    assertThat(migrations(project)).containsExactly("V0001_Initial.java");
    String initial = project.read(MIGRATIONS + "/V0001_Initial.java");
    assertThat(initial)
        .contains("public final class V0001_Initial extends Migration")
        .contains("op.createTable(table(\"Customer\")")
        .contains("op.createTable(table(\"Purchase\")")
        .contains("col(\"name\", varchar(80)).notNull()")
        .contains("col(\"total\", decimal(10, 2))")
        .contains("op.addForeignKey(\"Purchase\"")
        .doesNotContain("TestOnlyFixture");
    assertThat(project.read(SNAPSHOT)).contains("\"Customer\"").contains("\"Purchase\"");
    assertThat(run.output())
        .contains("[retort:wrote] Wrote migration " + project.file(MIGRATIONS + "/V0001_Initial.java"))
        .contains("[retort:wrote] Wrote snapshot " + project.file(SNAPSHOT));
    // the index is build output, never a file in the source tree
    assertThat(project.read("target/classes/META-INF/services/dev.retort.Migration").lines().filter(l -> !l.startsWith("#")))
        .containsExactly("com.example.shop.migrations.V0001_Initial");
    // the only generated source is the new migration, compiled in this same build
    try (var generated = Files.list(project.file("target/generated-sources/annotations/com/example/shop/migrations"))) {
      assertThat(generated.map(f -> f.getFileName().toString())).containsExactly("V0001_Initial.java");
    }
  }

  @Test
  void anEntityChangeGivesExactlyOneMigrationThatTheSameBuildApplies(@TempDir Path tmp) throws IOException {
    UserProject project = UserProject.copy("shop", tmp);
    assertSucceeded(project.mvn("compile"));
    String initialId = revisionId(project.read(MIGRATIONS + "/V0001_Initial.java"));
    project.commitAll("initial migration");

    // nothing changed: nothing written, no duplicate class, with and without clean
    assertSucceeded(project.mvn("compile"));
    assertThat(project.status()).isEmpty();
    assertSucceeded(project.mvn("clean", "compile"));
    assertThat(project.status()).isEmpty();

    // one field added, then straight to mvn test: the test migrates H2 and finds the column
    addPhone(project);
    UserProject.Run test = project.mvn("test", "-Dexpect.columns=CUSTOMER.PHONE,CUSTOMER.NAME,PURCHASE.CUSTOMER_ID");
    assertSucceeded(test);
    assertThat(test.output()).contains("Tests run: 1, Failures: 0, Errors: 0");

    assertThat(project.status().lines().sorted().toList()).containsExactly(
        "?? " + MIGRATIONS + "/V0002_AddCustomerPhone.java",
        "M " + CUSTOMER,
        "M " + SNAPSHOT);
    String second = project.read(MIGRATIONS + "/V0002_AddCustomerPhone.java");
    assertThat(parent(second)).isEqualTo(initialId);
    assertThat(second).contains("op.addColumn(\"Customer\", col(\"phone\", varchar(255)));");
    assertThat(project.read(SNAPSHOT)).contains("\"revision\": \"" + revisionId(second) + "\"");

    // test-only entities never reach src/main
    assertThat(migrations(project)).containsExactly("V0001_Initial.java", "V0002_AddCustomerPhone.java");
    assertThat(project.read(SNAPSHOT)).doesNotContain("TestOnlyFixture");

    // the next builds, incremental and clean, find everything in place
    project.commitAll("add phone");
    assertSucceeded(project.mvn("compile"));
    assertThat(project.status()).isEmpty();
    assertSucceeded(project.mvn("clean", "test", "-Dexpect.columns=CUSTOMER.PHONE"));
    assertThat(project.status()).isEmpty();
  }

  @Test
  void aBuildServerFailsOnDriftAndWritesNothing(@TempDir Path tmp) throws IOException {
    UserProject project = UserProject.copy("shop", tmp);
    assertSucceeded(project.mvn("compile"));
    project.commitAll("initial migration");
    addPhone(project);

    for (UserProject.Run run : List.of(
        project.mvn(Map.of("CI", "true"), "compile"),
        project.mvn("-Pcheck", "compile"))) {
      assertThat(run.succeeded()).as(run.output()).isFalse();
      assertThat(run.output())
          .contains("[retort:drift] The entities differ from the snapshot")
          .contains("add column Customer.phone")
          .contains("review the generated migration and snapshot, and commit them");
      assertThat(project.status()).isEqualTo("M " + CUSTOMER);
    }
  }

  @Test
  void theSameEntitiesAndSnapshotGiveTheSameBytes(@TempDir Path tmp) throws IOException {
    UserProject first = UserProject.copy("shop", tmp.resolve("first"));
    UserProject second = UserProject.copy("shop", tmp.resolve("second"));
    Map<String, String> fixedClock = Map.of("SOURCE_DATE_EPOCH", "1767225600");

    assertSucceeded(first.mvn(fixedClock, "compile"));
    assertSucceeded(second.mvn(fixedClock, "compile"));

    for (String file : List.of(MIGRATIONS + "/V0001_Initial.java", SNAPSHOT)) {
      assertThat(Files.readAllBytes(first.file(file))).isEqualTo(Files.readAllBytes(second.file(file)));
    }
    assertThat(first.read(MIGRATIONS + "/V0001_Initial.java")).contains("created = \"2026-01-01T00:00:00Z\"");
  }

  /**
   * JDK 23 changed annotation-processing defaults: the processor must still run from Maven's
   * processor path and write the same files. Uses the JDK named by RETORT_TEST_NEWER_JDK, or
   * Temurin 25 where it is installed; skips with the reason otherwise.
   */
  @Test
  void aNewerJdkWritesTheSameMigration(@TempDir Path tmp) throws IOException {
    String home = System.getenv().getOrDefault("RETORT_TEST_NEWER_JDK", "/usr/lib/jvm/temurin-25-jdk-amd64");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of(home, "bin", "javac")),
        "no newer JDK at " + home + ": set RETORT_TEST_NEWER_JDK to a JDK 23+ home to run this test");
    UserProject onJdk17 = UserProject.copy("shop", tmp.resolve("jdk17"));
    UserProject onNewer = UserProject.copy("shop", tmp.resolve("newer"));
    Map<String, String> fixedClock = Map.of("SOURCE_DATE_EPOCH", "1767225600");

    assertSucceeded(onJdk17.mvn(fixedClock, "compile"));
    UserProject.Run newer = onNewer.mvn(Map.of("SOURCE_DATE_EPOCH", "1767225600", "JAVA_HOME", home), "-V", "compile");
    assertSucceeded(newer);
    assertThat(newer.output()).contains("[retort:wrote] Wrote migration");

    for (String file : List.of(MIGRATIONS + "/V0001_Initial.java", SNAPSHOT)) {
      assertThat(onNewer.read(file)).isEqualTo(onJdk17.read(file));
    }
    assertSucceeded(onNewer.mvn(Map.of("JAVA_HOME", home), "compile"));
    assertThat(onNewer.status()).isEqualTo("?? " + MIGRATIONS + "/V0001_Initial.java\n?? " + SNAPSHOT);
  }

  /** The developer's edit: one more field on Customer. */
  private static void addPhone(UserProject project) throws IOException {
    String source = project.read(CUSTOMER).stripTrailing();
    project.write(CUSTOMER, source.substring(0, source.length() - 1) + "\n  private String phone;\n}\n");
  }

  private static void assertSucceeded(UserProject.Run run) {
    assertThat(run.succeeded()).as(run.output()).isTrue();
    assertThat(run.output()).doesNotContain("[ERROR]").doesNotContain("duplicate class");
  }

  private static List<String> migrations(UserProject project) throws IOException {
    try (Stream<Path> files = Files.list(project.file(MIGRATIONS))) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String revisionId(String source) {
    Matcher m = REVISION_ID.matcher(source);
    assertThat(m.find()).as(source).isTrue();
    return m.group(1);
  }

  private static String parent(String source) {
    Matcher m = PARENTS.matcher(source);
    assertThat(m.find()).as(source).isTrue();
    return m.group(1);
  }
}
