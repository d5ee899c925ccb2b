package dev.retort;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.lang.reflect.Proxy;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The database servers tests may use, from the environment: {@code RETORT_TEST_POSTGRES_URL} and
 * {@code RETORT_TEST_MARIADB_URL}. Without one the test is skipped, unless {@code
 * RETORT_REQUIRE_DATABASES=true} (as on CI), where it fails.
 */
public final class Servers {
  private Servers() {}

  public static String postgres() {
    return url("RETORT_TEST_POSTGRES_URL");
  }

  public static String mariaDb() {
    return url("RETORT_TEST_MARIADB_URL");
  }

  private static String url(String variable) {
    String url = System.getenv(variable);
    if (url == null || url.isBlank()) {
      if ("true".equals(System.getenv("RETORT_REQUIRE_DATABASES"))) {
        throw new AssertionError(variable + " is not set, and RETORT_REQUIRE_DATABASES is");
      }
      assumeTrue(false, variable + " is not set");
    }
    return url;
  }

  /** A data source that opens connections to the URL through {@link DriverManager}. */
  public static DataSource dataSource(String url) {
    return (DataSource) Proxy.newProxyInstance(Servers.class.getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "getConnection" -> DriverManager.getConnection(url);
          case "toString" -> "DriverManager data source";
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  /** A new, empty PostgreSQL schema; returns the URL that makes it the current one. */
  public static String freshPostgresSchema() throws SQLException {
    String url = postgres();
    String schema = "retort_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
    }
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** A new, empty MariaDB database; returns the URL that connects to it. */
  public static String freshMariaDbDatabase() throws SQLException {
    String url = mariaDb();
    String database = "retort_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + database);
    }
    return url.replaceFirst("(jdbc:mariadb://[^/]+/)[^?]*", "$1" + database);
  }
}
