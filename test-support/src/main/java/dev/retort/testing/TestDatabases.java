package dev.retort.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.opentest4j.TestAbortedException;

/**
 * Fresh, empty databases for tests, on every {@link Database}: each {@link #fresh} call gives a
 * new schema (PostgreSQL) or database (MariaDB, SQL Server), a new in-memory H2 database or a new
 * SQLite file, so tests never meet; {@link TestDatabase#close()} drops it.
 *
 * <h2>Where the servers come from</h2>
 *
 * <ol>
 *   <li>the JDBC URL in the server's variable ({@code RETORT_TEST_POSTGRES_URL},
 *       {@code RETORT_TEST_MARIADB_URL}, {@code RETORT_TEST_SQLSERVER_URL}), credentials included,
 *       of a user that may create schemas and databases; a URL that is set but does not answer
 *       fails the test;
 *   <li>otherwise a Testcontainers container, when Docker answers;
 *   <li>otherwise the test is skipped, with a message naming the variable to set; unless
 *       {@code RETORT_REQUIRE_DATABASES} requires the server, and then the test fails.
 * </ol>
 *
 * {@code RETORT_REQUIRE_DATABASES=true} requires the servers this repository's CI runs
 * (PostgreSQL and MariaDB); {@code all} requires SQL Server too; a comma-separated list
 * ({@code postgresql,sqlserver}) requires those. {@code .ci/run} sets it to {@code true}.
 */
public final class TestDatabases {
  private TestDatabases() {}

  public static final String REQUIRE_VARIABLE = "RETORT_REQUIRE_DATABASES";

  /** The servers CI starts, which {@code RETORT_REQUIRE_DATABASES=true} requires. */
  public static final Set<Database> CI_SERVERS = EnumSet.of(Database.POSTGRESQL, Database.MARIADB);

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final String RUN = Long.toString(ProcessHandle.current().pid(), 36);
  private static final Map<Database, Object> SERVERS = new EnumMap<>(Database.class);
  /** The servers {@link #here()} has named as absent, each once. */
  private static final Set<Database> NOT_HERE = ConcurrentHashMap.newKeySet();

  /** Every database, embedded first; {@link #here()} gives those a test runs on here. */
  public static List<Database> all() {
    return List.of(Database.H2, Database.SQLITE, Database.POSTGRESQL, Database.MARIADB, Database.SQLSERVER);
  }

  /**
   * The databases tests run on here: the embedded ones; the servers CI runs (PostgreSQL, MariaDB),
   * whose tests fail on CI without them and skip, saying which variable to set, elsewhere; and any
   * other server that is configured, reachable through Docker or required (SQL Server). A server
   * outside CI's set that this machine does not have gives no test cases at all, instead of cases
   * that are all skipped, and is named once on standard error.
   */
  public static List<Database> here() {
    List<Database> here = new ArrayList<>();
    for (Database kind : all()) {
      if (kind.embedded() || CI_SERVERS.contains(kind) || required(kind) || available(kind)) {
        here.add(kind);
      } else if (NOT_HERE.add(kind)) {
        System.err.println("[retort tests] No " + kind + " cases here: " + notHereBecause(kind));
      }
    }
    return here;
  }

  private static String notHereBecause(Database kind) {
    try {
      server(kind);
      return "it is not configured";
    } catch (RuntimeException e) {
      return e.getMessage();
    }
  }

  /**
   * A new, empty database of the kind, named after {@code label} (a test class's simple name, for
   * instance) so a leftover one can be traced to its test.
   *
   * @throws TestAbortedException (the test is skipped) when the server is not configured here and
   *     not required, with a message naming the variable to set
   * @throws IllegalStateException (the test fails) when the server is required or configured but
   *     cannot be reached
   */
  public static TestDatabase fresh(Database kind, String label) {
    Server server = server(kind);
    String name = name(label);
    try {
      return new TestDatabase(kind, name, server.create(name), server);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the test database " + name + " on " + kind + ": "
          + e.getMessage(), e);
    }
  }

  /** Whether {@link #fresh} would give a database of this kind rather than skip (it may still fail). */
  public static boolean available(Database kind) {
    try {
      server(kind);
      return true;
    } catch (TestAbortedException e) {
      return false;
    }
  }

  /** Whether {@code RETORT_REQUIRE_DATABASES} requires this server. */
  public static boolean required(Database kind) {
    String value = setting(REQUIRE_VARIABLE);
    if (value == null || value.isBlank() || kind.embedded()) {
      return false;
    }
    value = value.trim().toLowerCase(Locale.ROOT);
    return switch (value) {
      case "true", "yes", "1" -> CI_SERVERS.contains(kind);
      case "all" -> true;
      case "false", "no", "0" -> false;
      default -> List.of(value.split("\\s*,\\s*")).contains(kind.key());
    };
  }

  /** The server of a kind, found once per JVM; the skip or failure is remembered too. */
  private static synchronized Server server(Database kind) {
    Object known = SERVERS.computeIfAbsent(kind, TestDatabases::find);
    if (known instanceof RuntimeException e) {
      throw e;
    }
    return (Server) known;
  }

  private static Object find(Database kind) {
    try {
      return switch (kind) {
        case H2 -> new Server.H2();
        case SQLITE -> new Server.Sqlite();
        default -> serverFor(kind, adminUrl(kind));
      };
    } catch (RuntimeException e) {
      return e;
    }
  }

  private static Server serverFor(Database kind, String adminUrl) {
    return switch (kind) {
      case POSTGRESQL -> new Server.Postgres(adminUrl);
      case MARIADB -> new Server.MariaDb(adminUrl);
      case SQLSERVER -> new Server.SqlServer(adminUrl);
      default -> throw new IllegalArgumentException(kind.toString());
    };
  }

  /** The URL from the variable, checked; else a container's; else a skip or a failure. */
  static String adminUrl(Database kind) {
    String url = setting(kind.variable());
    if (url != null && !url.isBlank()) {
      try (Connection c = DriverManager.getConnection(url)) {
        return url;
      } catch (SQLException e) {
        throw new IllegalStateException(kind + " is not reachable at " + kind.variable() + "=" + redact(url) + ": "
            + e.getMessage() + (required(kind) ? " (" + REQUIRE_VARIABLE + " requires it)" : "")
            + ". Start the server (.ci/run starts the local ones) or unset the variable.", e);
      }
    }
    boolean docker;
    try {
      docker = Containers.dockerAvailable();
    } catch (LinkageError e) {
      docker = false;
    }
    if (docker) {
      return Containers.start(kind);
    }
    String how = "set " + kind.variable() + " to a JDBC URL of a user that may create schemas and databases (for "
        + "example " + kind.variable() + "=" + kind.example() + "), or start Docker for Testcontainers";
    if (required(kind)) {
      throw new IllegalStateException(kind + " is required (" + REQUIRE_VARIABLE + "=" + setting(REQUIRE_VARIABLE)
          + ") but not configured: " + how + ".");
    }
    throw new TestAbortedException("No " + kind + " here: " + how + ".");
  }

  /** A system property, else the environment variable of the same name. */
  static String setting(String name) {
    String property = System.getProperty(name);
    return property != null ? property : System.getenv(name);
  }

  /** {@code retort_<label>_<process>_<n>}, lower case, at most 60 characters. */
  static String name(String label) {
    String suffix = "_" + RUN + "_" + COUNTER.incrementAndGet();
    String clean = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    String name = "retort_" + clean;
    return (name.length() + suffix.length() > 60 ? name.substring(0, 60 - suffix.length()) : name) + suffix;
  }

  /** A JDBC URL with any password hidden. */
  static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }
}
