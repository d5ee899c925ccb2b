package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The verbs against an H2 database, through {@link Main} as a script calls it: output, exit status
 * and what the database holds afterwards. The migrations are the fixture's, found through its
 * index on the class path as an application's would be.
 */
class CommandLineTest {
  private static final List<String> VERBS =
      List.of("upgrade", "downgrade", "current", "history", "heads", "stamp", "check", "revision", "merge");

  private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

  private Cli.Result retort(String... args) {
    return Cli.run(args);
  }

  private List<String> query(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
      return rows;
    }
  }

  private void execute(String... sql) throws Exception {
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      for (String s : sql) {
        st.execute(s);
      }
    }
  }

  /** The verb's usage line, its continuation lines joined. */
  private String synopsis(String verb) {
    return retort(verb, "--help").out().split("\n(?! )")[0].replaceAll("\\s+", " ").strip();
  }

  private List<String> revisions() throws Exception {
    return query("SELECT \"REVISION\" FROM \"RETORT_VERSION\" ORDER BY 1");
  }

  // ---- help and usage ----

  @Test
  void helpListsTheVerbsAndTheExitCodes() {
    Cli.Result help = retort("--help");

    assertThat(help.exitCode()).isZero();
    assertThat(help.out())
        .contains("Usage: retort [-hV] <verb>")
        .contains("upgrade", "downgrade", "current", "history", "heads", "stamp", "check", "revision", "merge")
        .contains("Exit codes:")
        .contains("0   success")
        .contains("1   check found pending migrations or drift")
        .contains("2   usage error")
        .contains("3   Retort refused or failed");
    assertThat(retort("upgrade", "--help").out()).contains("--url=JDBC-URL", "--password-env=VAR", "--sql", "TARGET");
    // upgrade's target defaults to head: optional in the synopsis; downgrade's is required
    assertThat(synopsis("upgrade")).endsWith(" [TARGET]");
    assertThat(synopsis("downgrade")).endsWith(" TARGET").doesNotContain("[TARGET]");
  }

  @Test
  void everyVerbPrintsTheVersion() {
    Cli.Result version = retort("--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("retort ");
    for (String verb : VERBS) {
      Cli.Result verbVersion = retort(verb, "-V");
      assertThat(verbVersion.exitCode()).as(verb).isZero();
      assertThat(verbVersion.out()).as(verb).isEqualTo(version.out());
    }
  }

  @Test
  void everyVerbsHelpListsTheExitCodes() {
    for (String verb : VERBS) {
      Cli.Result help = retort(verb, "--help");
      assertThat(help.exitCode()).as(verb).isZero();
      assertThat(help.out()).as(verb).contains("Usage: retort " + verb)
          .contains("Exit codes:\n  0   success\n  1   check found pending migrations or drift\n  2   usage error")
          .contains("3   Retort refused or failed").contains("4   unexpected internal error");
    }
  }

  @Test
  void aMissingVerbOrAnUnknownOptionIsAUsageError() {
    Cli.Result none = retort();
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("Missing verb.").contains("Usage: retort");

    Cli.Result unknown = retort("upgrade", "--url", url, "--frobnicate");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unknown option: '--frobnicate'");

    Cli.Result noUrl = retort("current");
    assertThat(noUrl.exitCode()).isEqualTo(2);
    assertThat(noUrl.err()).contains("Missing required option: '--url=JDBC-URL'");
  }

  // ---- up, down, current, history, heads ----

  @Test
  void upgradeDowngradeAndCurrentMoveTheDatabaseAndSaySo() throws Exception {
    Cli.Result empty = retort("current", "--url", url);
    assertThat(empty.exitCode()).isZero();
    assertThat(empty.out()).isEmpty();

    Cli.Result up = retort("upgrade", "--url", url);
    assertThat(up.exitCode()).isZero();
    assertThat(up.out())
        .containsPattern("Applied 1a0001 \\(create_author\\) in \\d+ ms\n")
        .containsPattern("Applied 2b0002 \\(add_author_born\\) in \\d+ ms\n")
        .containsPattern("Applied 3c0003 \\(index_author_name\\) in \\d+ ms\n")
        .containsPattern("The database is at revision 3c0003 \\(3 applied in \\d+ ms\\)\\.\n$");
    assertThat(up.log()).containsPattern("Applied 3 migration\\(s\\) in \\d+ ms; the database is at revision 3c0003");
    assertThat(revisions()).containsExactly("1a0001", "2b0002", "3c0003");
    assertThat(retort("current", "--url", url).out()).isEqualTo("3c0003 (head)\n");
    assertThat(retort("upgrade", "--url", url).out()).isEqualTo("Nothing to apply: the database is at revision 3c0003.\n");

    Cli.Result down = retort("downgrade", "-1", "--url", url);
    assertThat(down.exitCode()).isZero();
    assertThat(down.out()).containsPattern("Undid 3c0003 \\(index_author_name\\) in \\d+ ms\n")
        .contains("The database is at revision 2b0002");
    assertThat(query("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE INDEX_NAME = 'IX_AUTHOR_NAME'")).isEmpty();

    assertThat(retort("downgrade", "1a", "--url", url).out()).contains("Undid 2b0002").contains("at revision 1a0001");
    assertThat(retort("current", "--url", url).out()).isEqualTo("1a0001\n");
    assertThat(retort("upgrade", "+1", "--url", url).out()).contains("Applied 2b0002").doesNotContain("3c0003 (");
    assertThat(retort("downgrade", "base", "--url", url).out()).contains("The database is at revision base");
    assertThat(query("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'AUTHOR'")).containsExactly("0");
    assertThat(revisions()).isEmpty();
  }

  @Test
  void historyListsNewestFirstWithStatusAndMarksTheCurrentRevision() {
    retort("upgrade", "2b0002", "--url", url, "--user", "sa");

    Cli.Result history = retort("history", "--url", url, "--user", "sa", "--indicate-current");

    assertThat(history.exitCode()).isZero();
    List<String> lines = history.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("2b0002 -> 3c0003 (head), index_author_name").endsWith("pending");
    assertThat(lines.get(1)).startsWith("1a0001 -> 2b0002 (current), add_author_born").containsPattern("applied \\d{4}-\\d\\d-\\d\\dT");
    assertThat(lines.get(2)).startsWith("<base> -> 1a0001, create_author").contains("applied ");
    assertThat(retort("history", "--url", url, "--user", "sa").out()).doesNotContain("(current)");

    Cli.Result verbose = retort("history", "--url", url, "--user", "sa", "--verbose", "-i");
    assertThat(verbose.out())
        .contains("Rev: 3c0003 (head)\nParent: 2b0002\nCreated: 2026-01-03T10:00:00Z\nApplied: pending\n\n    index_author_name\n")
        .contains("Rev: 2b0002 (current)\nParent: 1a0001\n")
        .containsPattern("Applied: \\S+ by SA in \\d+ ms\n");
    assertThat(retort("current", "--url", url, "--user", "sa", "--verbose").out()).startsWith("Rev: 2b0002 (current)\n");
  }

  /** A newer build applied 9z9999: current and history show it and say so, where upgrade refuses. */
  @Test
  void currentAndHistoryShowARevisionTheCodeDoesNotKnowAndSaySo() throws Exception {
    retort("upgrade", "--url", url);
    execute("INSERT INTO \"RETORT_VERSION\" VALUES ('9z9999', '3c0003', 'newer', 'v1:0', CURRENT_TIMESTAMP, 'SA', 1, TRUE)");
    String note = "The database is at revision 9z9999, unknown to this code: its migrations do not include it; "
        + "their head is 3c0003. upgrade, downgrade, stamp (without --purge) and check refuse this database";

    Cli.Result current = retort("current", "--url", url);
    assertThat(current.exitCode()).isZero();
    assertThat(current.out()).isEqualTo("9z9999 (unknown to this code)\n");
    assertThat(current.err()).startsWith("retort current: " + note);

    Cli.Result verbose = retort("current", "--url", url, "--verbose");
    assertThat(verbose.exitCode()).isZero();
    assertThat(verbose.out()).isEqualTo("Rev: 9z9999 (current) (unknown to this code)\n\n");
    assertThat(verbose.err()).startsWith("retort current: " + note);

    Cli.Result history = retort("history", "--url", url, "-i");
    assertThat(history.exitCode()).isZero();
    assertThat(history.out()).startsWith("2b0002 -> 3c0003 (head), index_author_name");
    assertThat(history.err()).startsWith("retort history: " + note);
    assertThat(retort("history", "--url", url, "--graph").err()).startsWith("retort history: " + note);

    assertThat(retort("upgrade", "--url", url).exitCode()).isEqualTo(3);
  }

  @Test
  void headsReadsTheClassPathOnly() {
    Cli.Result heads = retort("heads");
    assertThat(heads.exitCode()).isZero();
    assertThat(heads.out()).isEqualTo("3c0003 (head)\n");
    assertThat(retort("heads", "--verbose").out())
        .isEqualTo("3c0003 (head)\n  Parent: 2b0002\n  Message: index_author_name\n  Created: 2026-01-03T10:00:00Z\n");
  }

  // ---- stamp and check ----

  @Test
  void stampAdoptsAnExistingSchemaAndCheckReportsPendingMigrationsAndDrift() throws Exception {
    execute("CREATE TABLE author (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, name VARCHAR(100) NOT NULL)");

    Cli.Result stamp = retort("stamp", "1a0001", "--url", url);
    assertThat(stamp.exitCode()).isZero();
    assertThat(stamp.out()).isEqualTo("Stamped the database at revision 1a0001; no migration ran.\n");
    assertThat(query("SELECT \"EXECUTION_MS\" FROM \"RETORT_VERSION\"")).containsExactly("-1");

    Cli.Result behind = retort("check", "--url", url);
    assertThat(behind.exitCode()).isEqualTo(1);
    assertThat(behind.out()).contains("2 pending migration(s): 2b0002, 3c0003. Run upgrade.")
        .contains("The database matches its migrations at revision 1a0001.");

    retort("upgrade", "--url", url);
    Cli.Result clean = retort("check", "--url", url);
    assertThat(clean.exitCode()).isZero();
    assertThat(clean.out()).isEqualTo("No pending migrations.\nThe database matches its migrations at revision 3c0003.\n");

    execute("ALTER TABLE author ALTER COLUMN name SET DATA TYPE VARCHAR(50)", "DROP INDEX ix_author_name");
    Cli.Result drift = retort("check", "--url", url);
    assertThat(drift.exitCode()).isEqualTo(1);
    assertThat(drift.out())
        .contains("The database differs from its migrations at revision 3c0003 in 2 places:")
        .contains("column type author.name: the migrations say CHARACTER VARYING(100), the database has CHARACTER VARYING(50)")
        .contains("missing index ix_author_name");
  }

  // ---- refusals ----

  @Test
  void whatRetortRefusesIsExitStatus3WithItsMessage() throws Exception {
    Cli.Result unknown = retort("upgrade", "nope", "--url", url);
    assertThat(unknown.exitCode()).isEqualTo(3);
    assertThat(unknown.err()).startsWith("retort upgrade: No revision matches 'nope'");
    assertThat(unknown.out()).isEmpty();

    retort("upgrade", "--url", url);
    execute("INSERT INTO \"RETORT_VERSION\" VALUES ('9z9999', '3c0003', 'newer', 'v1:0', CURRENT_TIMESTAMP, 'SA', 1, TRUE)");
    Cli.Result ahead = retort("upgrade", "--url", url);
    assertThat(ahead.exitCode()).isEqualTo(3);
    assertThat(ahead.err()).contains("The database has applied revision 9z9999")
        .contains("their head is 3c0003").contains("Nothing was changed.");
    execute("DELETE FROM \"RETORT_VERSION\" WHERE \"REVISION\" = '9z9999'",
        "UPDATE \"RETORT_VERSION\" SET \"CHECKSUM\" = 'v1:0000' WHERE \"REVISION\" = '2b0002'");
    Cli.Result changed = retort("check", "--url", url);
    assertThat(changed.exitCode()).isEqualTo(3);
    assertThat(changed.err()).contains("Revision 2b0002 (dev.retort.cli.fixture.V0002_AddAuthorBorn) was applied with checksum v1:0000");

    Cli.Result notBelow = retort("downgrade", "2b0002", "--url", url, "--version-table", "other_version");
    assertThat(notBelow.exitCode()).isEqualTo(3);
    assertThat(notBelow.err()).contains("Cannot downgrade to 2b0002: the database has not applied 1a0001, 2b0002");
  }

  // ---- offline SQL ----

  @Test
  void upgradeSqlPrintsTheScriptWithoutConnecting() {
    Cli.Result script = retort("upgrade", "--sql", "--dialect", "h2");
    assertThat(script.exitCode()).isZero();
    assertThat(script.out())
        .startsWith("-- Retort: upgrade from base to 3c0003 on H2\n")
        .contains("CREATE TABLE \"RETORT_VERSION\"")
        .contains("CREATE TABLE \"AUTHOR\"")
        .contains("INSERT INTO \"RETORT_VERSION\"");

    // the dialect comes from the URL, which is never connected to (there is no such host)
    Cli.Result range = retort("upgrade", "1a0001:head", "--sql", "--url", "jdbc:postgresql://no-such-host.invalid/app");
    assertThat(range.exitCode()).isZero();
    assertThat(range.out()).startsWith("-- Retort: upgrade from 1a0001 to 3c0003 on PostgreSQL\n")
        .contains("ALTER TABLE \"author\" ADD COLUMN \"born\" DATE;")
        .doesNotContain("CREATE TABLE \"retort_version\"");

    Cli.Result down = retort("downgrade", "head:base", "--sql", "--dialect", "h2");
    assertThat(down.out()).startsWith("-- Retort: downgrade from 3c0003 to base on H2\n")
        .contains("DROP TABLE \"AUTHOR\";")
        .contains("DELETE FROM \"RETORT_VERSION\" WHERE \"REVISION\" = '1a0001';");

    assertThat(retort("downgrade", "base", "--sql", "--dialect", "h2").exitCode()).isEqualTo(2);
    assertThat(retort("upgrade", "--sql").exitCode()).isEqualTo(2);
    assertThat(retort("upgrade", "base:head", "--url", url).exitCode()).isEqualTo(2);
    assertThat(retort("upgrade", "--sql", "--dialect", "oracle").err()).contains("No dialect named 'oracle'");
  }

  // ---- credentials ----

  @Test
  void thePasswordComesFromTheEnvironmentAndIsNeverPrinted() throws Exception {
    Map<String, String> env = Map.of("DB_PASSWORD", "s3cret-pw");
    Cli.Result up = Cli.run(env, "upgrade", "--url", url, "--user", "sa", "--password-env", "DB_PASSWORD");
    assertThat(up.exitCode()).isZero();
    assertThat(up.out() + up.err() + up.log()).doesNotContain("s3cret-pw");

    Cli.Result wrong = Cli.run(env, "current", "--url", "jdbc:nosuchdb://host/app?user=me&password=s3cret-pw",
        "--password-env", "DB_PASSWORD");
    assertThat(wrong.exitCode()).isEqualTo(3);
    assertThat(wrong.err()).contains("No suitable driver").contains("password=****")
        .doesNotContain("s3cret-pw");

    Cli.Result unset = Cli.run(Map.of(), "current", "--url", url, "--password-env", "NOT_SET");
    assertThat(unset.exitCode()).isEqualTo(2);
    assertThat(unset.err()).contains("--password-env names the environment variable NOT_SET, which is not set.");
  }

  @Test
  void usageErrorsMaskThePasswordInTheArgumentsTheyQuote() {
    Cli.Result typo = retort("current", "--urll=jdbc:postgresql://h/db?user=u&password=Sekr3tPw");
    assertThat(typo.exitCode()).isEqualTo(2);
    assertThat(typo.err()).contains("Unknown option: '--urll=jdbc:postgresql://h/db?user=u&password=****'")
        .contains("Possible solutions: --url").doesNotContain("Sekr3tPw");

    Cli.Result unmatched = retort("current", "--url", url, "jdbc:mysql://me:Sekr3tPw@db/app");
    assertThat(unmatched.exitCode()).isEqualTo(2);
    assertThat(unmatched.err()).contains("Unmatched argument at index 3: 'jdbc:mysql://me:****@db/app'")
        .contains("Usage: retort current").doesNotContain("Sekr3tPw");

    Cli.Result value = retort("history", "--url=jdbc:h2:mem:x;PASSWORD=Sekr3tPw", "--format");
    assertThat(value.exitCode()).isEqualTo(2);
    assertThat(value.out() + value.err()).doesNotContain("Sekr3tPw");
  }

  /** MariaDB's driver reads user:password@ as host and port, and says "Incorrect port value : Sekr3tPw@127.0.0.1". */
  @Test
  void aPasswordInTheUrlIsMaskedWhereADriverQuotesOnlyPartOfTheUrl() {
    Cli.Result port = retort("current", "--url", "jdbc:mariadb://root:Sekr3tPw@127.0.0.1:3306/x");
    assertThat(port.exitCode()).isEqualTo(3);
    assertThat(port.err()).contains("****@127.0.0.1").doesNotContain("Sekr3tPw");
    assertThat(port.out() + port.log()).doesNotContain("Sekr3tPw");
  }

  @Test
  void theSecretsOfAUrlAreItsUserInfoPasswordAndEveryPasswordProperty() {
    assertThat(DatabaseOptions.secrets("jdbc:mariadb://root:Sekr3t%21Pw@127.0.0.1:3306/x"))
        .containsExactlyInAnyOrder("Sekr3t%21Pw", "Sekr3t!Pw");
    assertThat(DatabaseOptions.secrets("jdbc:postgresql://h/db?user=u&password=a1&sslpassword=b2&ssl=true"))
        .containsExactlyInAnyOrder("a1", "b2");
    assertThat(DatabaseOptions.secrets("jdbc:mysql://h/db?pwd=c3&trustCertificateKeyStorePassword=d4&user=pwd"))
        .containsExactlyInAnyOrder("c3", "d4");
    assertThat(DatabaseOptions.secrets("jdbc:sqlserver://h:1433;user=u;password={e5;f6};encrypt=true"))
        .containsExactlyInAnyOrder("{e5;f6}", "e5;f6");
    assertThat(DatabaseOptions.secrets("jdbc:h2:tcp://h/db;USER=sa;PASSWORD=g7")).containsExactly("g7");
    assertThat(DatabaseOptions.secrets("--urll=jdbc:mysql://me:h8@db/app")).containsExactly("h8");
    assertThat(DatabaseOptions.secrets("--password-env=DB_PASSWORD")).isEmpty();
    assertThat(DatabaseOptions.secrets("jdbc:postgresql://db/app?user=me")).isEmpty();

    DatabaseOptions options = new DatabaseOptions();
    options.url = "jdbc:sqlserver://h:1433;user=u;password={e5;f6}";
    assertThat(options.redact("Login failed: e5;f6 is wrong for jdbc:sqlserver://h:1433;user=u;password={e5;f6}", Map.of()))
        .isEqualTo("Login failed: **** is wrong for jdbc:sqlserver://h:1433;user=u;password=****");
  }

  @Test
  void redactUrlMasksCredentials() {
    assertThat(DatabaseOptions.redactUrl("jdbc:postgresql://db/app?user=me&password=x&ssl=true"))
        .isEqualTo("jdbc:postgresql://db/app?user=me&password=****&ssl=true");
    assertThat(DatabaseOptions.redactUrl("jdbc:mysql://me:x@db/app")).isEqualTo("jdbc:mysql://me:****@db/app");
    assertThat(DatabaseOptions.redactUrl("jdbc:h2:mem:x;USER=sa;PASSWORD=x")).isEqualTo("jdbc:h2:mem:x;USER=sa;PASSWORD=****");
    assertThat(DatabaseOptions.redactUrl("jdbc:mysql://me:p@ss@db/app?trustStorePassword=y"))
        .isEqualTo("jdbc:mysql://me:****@db/app?trustStorePassword=****");
  }
}
