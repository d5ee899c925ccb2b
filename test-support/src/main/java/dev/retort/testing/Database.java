package dev.retort.testing;

import java.util.Locale;

/**
 * The databases Retort's tests run on. H2 and SQLite are embedded and always there; the servers
 * come from an environment variable holding a JDBC URL (credentials included, of a user that may
 * create schemas and databases), or from Testcontainers when the variable is unset and Docker
 * answers. A system property of the same name overrides the environment.
 */
public enum Database {
  H2("H2", null, null),
  POSTGRESQL("PostgreSQL", "RETORT_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"),
  MARIADB("MariaDB", "RETORT_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root"),
  SQLITE("SQLite", null, null),
  SQLSERVER("SQL Server", "RETORT_TEST_SQLSERVER_URL",
      "jdbc:sqlserver://127.0.0.1:1433;user=sa;password=...;encrypt=false");

  private final String displayName;
  private final String variable;
  private final String example;

  Database(String displayName, String variable, String example) {
    this.displayName = displayName;
    this.variable = variable;
    this.example = example;
  }

  /** The name messages show. */
  public String displayName() {
    return displayName;
  }

  /** The environment variable that holds the server's JDBC URL; null for an embedded database. */
  public String variable() {
    return variable;
  }

  /** An example value of {@link #variable()}, for skip messages. */
  String example() {
    return example;
  }

  /** Whether the database runs inside the test's JVM. */
  public boolean embedded() {
    return variable == null;
  }

  /** The name {@code RETORT_REQUIRE_DATABASES} lists this database by. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return displayName;
  }
}
