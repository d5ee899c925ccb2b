package dev.retort.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/**
 * When a server is missing, a test is skipped with a message naming the variable to set, unless
 * {@code RETORT_REQUIRE_DATABASES} requires the server: then it fails. System properties stand in
 * for the environment here (they override it).
 */
class TestDatabasesTest {

  @AfterEach
  void clear() {
    System.clearProperty(TestDatabases.REQUIRE_VARIABLE);
    System.clearProperty(Database.SQLSERVER.variable());
  }

  @Test
  void whatIsRequired() {
    System.setProperty(TestDatabases.REQUIRE_VARIABLE, "true");
    assertThat(TestDatabases.required(Database.POSTGRESQL)).isTrue();
    assertThat(TestDatabases.required(Database.MARIADB)).isTrue();
    assertThat(TestDatabases.required(Database.SQLSERVER)).isFalse();
    assertThat(TestDatabases.required(Database.H2)).isFalse();
    System.setProperty(TestDatabases.REQUIRE_VARIABLE, "sqlserver, mariadb");
    assertThat(TestDatabases.required(Database.SQLSERVER)).isTrue();
    assertThat(TestDatabases.required(Database.POSTGRESQL)).isFalse();
    System.setProperty(TestDatabases.REQUIRE_VARIABLE, "all");
    assertThat(TestDatabases.required(Database.SQLSERVER)).isTrue();
  }

  @Test
  void theDatabasesHereAreTheEmbeddedOnesTheServersOfCiAndAnyOtherThatIsThereOrRequired() {
    System.setProperty(TestDatabases.REQUIRE_VARIABLE, "true");
    List<Database> here = TestDatabases.here();
    assertThat(here).startsWith(Database.H2, Database.SQLITE, Database.POSTGRESQL, Database.MARIADB);
    assertThat(here.contains(Database.SQLSERVER)).isEqualTo(TestDatabases.available(Database.SQLSERVER));
    System.setProperty(TestDatabases.REQUIRE_VARIABLE, "all");
    assertThat(TestDatabases.here()).contains(Database.SQLSERVER);
  }

  @Test
  void aMissingServerIsSkippedNamingItsVariable() {
    System.setProperty(Database.SQLSERVER.variable(), "");
    System.setProperty(TestDatabases.REQUIRE_VARIABLE, "false");
    org.junit.jupiter.api.Assumptions.assumeFalse(dockerHere(), "Docker would give a container");
    assertThatThrownBy(() -> TestDatabases.adminUrl(Database.SQLSERVER))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("No SQL Server here: set RETORT_TEST_SQLSERVER_URL");
  }

  @Test
  void aMissingRequiredServerFails() {
    System.setProperty(Database.SQLSERVER.variable(), "");
    System.setProperty(TestDatabases.REQUIRE_VARIABLE, "sqlserver");
    org.junit.jupiter.api.Assumptions.assumeFalse(dockerHere(), "Docker would give a container");
    assertThatThrownBy(() -> TestDatabases.adminUrl(Database.SQLSERVER))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SQL Server is required (RETORT_REQUIRE_DATABASES=sqlserver) but not configured")
        .hasMessageContaining("RETORT_TEST_SQLSERVER_URL");
  }

  @Test
  void aConfiguredServerThatDoesNotAnswerFails() {
    System.setProperty(Database.SQLSERVER.variable(), "jdbc:sqlserver://127.0.0.1:1;user=sa;password=secret;loginTimeout=1");
    assertThatThrownBy(() -> TestDatabases.adminUrl(Database.SQLSERVER))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SQL Server is not reachable at RETORT_TEST_SQLSERVER_URL=")
        .hasMessageContaining("password=***")
        .hasMessageNotContaining("secret");
  }

  @Test
  void freshDatabasesAreEmptyAndApart() throws Exception {
    for (Database kind : new Database[] {Database.H2, Database.SQLITE}) {
      try (TestDatabase a = TestDatabases.fresh(kind, "TestDatabasesTest"); TestDatabase b = TestDatabases.fresh(kind, "TestDatabasesTest")) {
        a.execute("CREATE TABLE book (id INTEGER PRIMARY KEY, title VARCHAR(20) NOT NULL)");
        assertThat(a.tables()).containsExactly(a.stored("book"));
        assertThat(a.columnNames("book")).containsExactly("ID", "TITLE");
        assertThat(a.primaryKey("book")).containsExactly("ID");
        assertThat(b.tables()).isEmpty();
        assertThat(a.name()).startsWith("retort_testdatabasestest_").isNotEqualTo(b.name());
      }
    }
  }

  @Test
  void namesFitEveryServer() {
    assertThat(TestDatabases.name("A".repeat(100))).hasSizeLessThanOrEqualTo(60).matches("[a-z0-9_]+");
  }

  private static boolean dockerHere() {
    return Containers.dockerAvailable();
  }
}
