package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code retort.target} and {@code retort.validate-only} in a real application context on H2. */
class RetortTargetAndValidateOnlyTest {
  private static final String FIRST = "a1b2c3d4e5f6";
  private static final String SECOND = "b2c3d4e5f6a7";

  @Test
  void targetStopsAtThatRevision() throws SQLException {
    String url = ShopContexts.newH2Url();
    ShopContexts.start(url, "retort.target=" + FIRST, "spring.jpa.hibernate.ddl-auto=none").close();
    assertThat(revisions(url)).containsExactly(FIRST);
    assertThat(columns(url, "CUSTOMER")).containsExactly("ID", "NAME");
  }

  @Test
  void targetMayBeAPrefixOfTheId() throws SQLException {
    String url = ShopContexts.newH2Url();
    ShopContexts.start(url, "retort.target=a1b2", "spring.jpa.hibernate.ddl-auto=none").close();
    assertThat(revisions(url)).containsExactly(FIRST);
  }

  @Test
  void aTargetBelowTheDatabaseNeverDowngrades() throws SQLException {
    String url = ShopContexts.newH2Url();
    ShopContexts.start(url).close();
    ShopContexts.start(url, "retort.target=" + FIRST, "spring.jpa.hibernate.ddl-auto=validate").close();
    assertThat(revisions(url)).containsExactly(FIRST, SECOND);
  }

  @Test
  void validateOnlyRefusesADatabaseBehindAndChangesNothing() throws SQLException {
    String url = ShopContexts.newH2Url();
    assertThatThrownBy(() -> ShopContexts.start(url, "retort.validate-only=true"))
        .hasStackTraceContaining("[retort:validate] retort.validate-only is set and the database is not at 'head'")
        .hasStackTraceContaining("2 revision(s) are not applied: a1b2c3d4e5f6 (create_customer), b2c3d4e5f6a7 (add_customer_email_address)")
        .hasStackTraceContaining("Nothing was changed");
    assertThat(tables(url)).isEmpty();
  }

  @Test
  void validateOnlyStartsOnAnUpToDateDatabase() throws SQLException {
    String url = ShopContexts.newH2Url();
    ShopContexts.start(url).close();
    try (ConfigurableApplicationContext context =
        ShopContexts.start(url, "retort.validate-only=true", "spring.jpa.hibernate.ddl-auto=validate")) {
      assertThat(context.isRunning()).isTrue();
    }
    assertThat(revisions(url)).containsExactly(FIRST, SECOND);
  }

  @Test
  void validateOnlyHonoursTheTarget() throws SQLException {
    String url = ShopContexts.newH2Url();
    ShopContexts.start(url, "retort.target=" + FIRST, "spring.jpa.hibernate.ddl-auto=none").close();
    ShopContexts.start(url, "retort.validate-only=true", "retort.target=" + FIRST, "spring.jpa.hibernate.ddl-auto=none").close();
    assertThatThrownBy(() -> ShopContexts.start(url, "retort.validate-only=true", "spring.jpa.hibernate.ddl-auto=none"))
        .hasStackTraceContaining("1 revision(s) are not applied: b2c3d4e5f6a7");
    assertThat(revisions(url)).containsExactly(FIRST);
  }

  @Test
  void validateOnlyRefusesAHistoryTheCodeDoesNotKnow() throws SQLException {
    String url = ShopContexts.newH2Url();
    ShopContexts.start(url).close();
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      c.createStatement().execute("UPDATE RETORT_VERSION SET REVISION = 'ffffffffffff' WHERE REVISION = '" + SECOND + "'");
    }
    assertThatThrownBy(() -> ShopContexts.start(url, "retort.validate-only=true", "spring.jpa.hibernate.ddl-auto=none"))
        .hasStackTraceContaining("ffffffffffff");
  }

  static List<String> revisions(String url) throws SQLException {
    return strings(url, "SELECT REVISION FROM RETORT_VERSION ORDER BY REVISION");
  }

  private static List<String> columns(String url, String table) throws SQLException {
    return strings(url, "SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = '" + table + "' ORDER BY ORDINAL_POSITION");
  }

  private static List<String> tables(String url) throws SQLException {
    return strings(url, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'");
  }

  private static List<String> strings(String url, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, "sa", ""); ResultSet rs = c.createStatement().executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    }
  }
}
