package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Maven plugin's goals on a user project, driven by real Maven: the connection from {@code -D}
 * properties, the version table from the plugin's configuration in the POM, the migrations the
 * processor compiled and the H2 driver from the project's dependencies.
 */
class MavenPluginTest {
  private static final String MIGRATIONS = "src/main/java/com/example/crm/migrations";
  private static final Pattern REVISION_ID = Pattern.compile("id = \"([0-9a-f]+)\"");

  @Test
  void everyGoalOnAProjectWithTwoRevisions(@TempDir Path tmp) throws IOException {
    UserProject project = UserProject.copy("plugin-user", tmp);
    String url = "-Dretort.url=jdbc:h2:file:" + tmp.resolve("target/db/crm").toAbsolutePath() + ";DB_CLOSE_DELAY=0";
    String user = "-Dretort.user=sa";
    ok(project.mvn("-q", "compile"));
    String first = revisionId(project, "V0001_");
    project.edit("src/main/java/com/example/crm/Contact.java", "private String name;", "private String name;\n\n  private String email;");
    ok(project.mvn("-q", "compile"));
    String second = revisionId(project, "V0002_");

    // heads needs no database
    assertThat(ok(project.mvn("retort:heads"))).contains("[INFO] " + second + " (head)");

    // upgrade to a target given as -D, then to head
    String upgraded = ok(project.mvn("retort:upgrade", url, user, "-Dretort.target=" + first.substring(0, 6)));
    assertThat(upgraded).contains("[INFO] Applied " + first).doesNotContain("Applied " + second);
    assertThat(ok(project.mvn("retort:current", url, user))).contains("[INFO] " + first).doesNotContain("(head)");
    String check = fails(project.mvn("retort:check", url, user));
    assertThat(check).contains("1 pending migration(s): " + second).contains("retort:check found pending migrations or drift");
    assertThat(ok(project.mvn("retort:upgrade", url, user))).contains("[INFO] Applied " + second);
    assertThat(ok(project.mvn("retort:check", url, user))).contains("[INFO] No pending migrations.");

    // history, newest first, with the current revision marked
    String history = ok(project.mvn("retort:history", url, user));
    assertThat(history).contains("[INFO] " + first + " -> " + second + " (head) (current), ")
        .contains("[INFO] <base> -> " + first + ", ");
    assertThat(history.indexOf(" -> " + second)).isLessThan(history.indexOf("<base> -> " + first));

    assertThat(ok(project.mvn("retort:history", url, user, "-Dretort.graph=true")))
        .contains("[INFO] * " + second + " (head) (current) ").contains("[INFO] * " + first + " ");
    ok(project.mvn("retort:history", url, user, "-Dretort.format=mermaid", "-Dretort.outputFile=target/history.mmd"));
    assertThat(project.read("target/history.mmd")).startsWith("flowchart TD\n")
        .contains("r_" + first + " --> r_" + second);

    // the version table is the one the POM configures
    assertThat(ok(project.mvn("retort:current", url, user, "-Dretort.versionTable=ignored")))
        .contains("[INFO] " + second + " (head)");

    // an offline script for another database, into a file
    ok(project.mvn("retort:sql", "-Dretort.dialect=postgresql", "-Dretort.outputFile=target/upgrade.sql"));
    String script = project.read("target/upgrade.sql");
    assertThat(script).contains("CREATE TABLE \"contact\"").contains("ALTER TABLE \"contact\" ADD COLUMN \"email\"")
        .contains("\"schema_history\"");
    // a downgrade script starts at head unless retort.from says otherwise
    ok(project.mvn("retort:sql", "-Dretort.dialect=postgresql", "-Dretort.downgrade=true", "-Dretort.target=-1",
        "-Dretort.outputFile=target/downgrade.sql"));
    assertThat(project.read("target/downgrade.sql")).startsWith("-- Retort: downgrade from " + second + " to " + first)
        .contains("DROP COLUMN \"email\"");

    // downgrade, then stamp back without running anything
    assertThat(ok(project.mvn("retort:downgrade", url, user, "-Dretort.target=base"))).contains(second).contains(first);
    assertThat(ok(project.mvn("retort:current", url, user))).doesNotContain(first);
    ok(project.mvn("retort:stamp", url, user, "-Dretort.target=head"));
    assertThat(ok(project.mvn("retort:current", url, user))).contains("[INFO] " + second + " (head)");
    // stamped, not run: the table is still missing, which check reports as drift
    assertThat(fails(project.mvn("retort:check", url, user))).containsIgnoringCase("contact");
  }

  @Test
  void aMissingTargetAndAWrongDatabaseAreClearFailures(@TempDir Path tmp) throws IOException {
    UserProject project = UserProject.copy("plugin-user", tmp);
    ok(project.mvn("-q", "compile"));
    assertThat(fails(project.mvn("retort:downgrade", "-Dretort.url=jdbc:h2:mem:x")))
        .contains("The parameters 'target' for goal").contains(":downgrade are missing");
    assertThat(fails(project.mvn("retort:upgrade", "-Dretort.url=jdbc:nosuchdb://localhost/x", "-Dretort.password=s3cret")))
        .contains("retort:upgrade")
        .doesNotContain("s3cret");
    assertThat(ok(project.mvn("retort:upgrade", "-Dretort.skip=true"))).contains("Skipping Retort");
  }

  /** mvn -X prints every goal parameter: passwordEnv's is the variable's name, password's the password. */
  @Test
  void aPasswordFromAnEnvironmentVariableIsNotInMavensDebugOutput(@TempDir Path tmp) throws IOException {
    UserProject project = UserProject.copy("plugin-user", tmp);
    ok(project.mvn("-q", "compile"));
    String url = "-Dretort.url=jdbc:h2:file:" + tmp.resolve("target/db/crm").toAbsolutePath() + ";DB_CLOSE_DELAY=0";
    String user = "-Dretort.user=sa";
    // the first connection creates the database with this password
    String debug = ok(project.mvn(Map.of("CRM_DB_PASSWORD", "s3cret-pw"), "-X", "retort:upgrade", url, user,
        "-Dretort.passwordEnv=CRM_DB_PASSWORD"));
    assertThat(debug).contains("(f) passwordEnv = CRM_DB_PASSWORD").contains("[INFO] Applied ")
        .doesNotContain("s3cret-pw");
    assertThat(ok(project.mvn(Map.of("CRM_DB_PASSWORD", "s3cret-pw"), "retort:current", url, user,
        "-Dretort.passwordEnv=CRM_DB_PASSWORD"))).contains("(head)");
    // as the README says: -Dretort.password works, and mvn -X shows it
    assertThat(ok(project.mvn("-X", "retort:current", url, user, "-Dretort.password=s3cret-pw")))
        .contains("(f) password = s3cret-pw");
    assertThat(fails(project.mvn("retort:current", url, user, "-Dretort.passwordEnv=CRM_DB_PASSWORD")))
        .contains("passwordEnv (retort.passwordEnv) names the environment variable CRM_DB_PASSWORD, which is not set");
  }

  private static String ok(UserProject.Run run) {
    assertThat(run.succeeded()).as(run.output()).isTrue();
    return run.output();
  }

  private static String fails(UserProject.Run run) {
    assertThat(run.succeeded()).as(run.output()).isFalse();
    return run.output();
  }

  private static String revisionId(UserProject project, String prefix) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(project.file(MIGRATIONS))) {
      list.filter(f -> f.getFileName().toString().startsWith(prefix)).forEach(files::add);
    }
    assertThat(files).hasSize(1);
    Matcher m = REVISION_ID.matcher(Files.readString(files.get(0)));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }
}
