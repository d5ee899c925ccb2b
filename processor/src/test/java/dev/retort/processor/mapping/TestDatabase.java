package dev.retort.processor.mapping;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A database server the oracle runs on. Each {@link #fresh} call gives a new, empty database, so
 * that Retort's migrations and Hibernate's own DDL land side by side without meeting.
 *
 * <p>H2 is always there. PostgreSQL and MariaDB come from the environment
 * ({@code RETORT_TEST_POSTGRES_URL}, {@code RETORT_TEST_MARIADB_URL}: a JDBC URL, user and password
 * included, of a server where the user may create databases); without them those runs are
 * skipped.
 */
abstract class TestDatabase {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  /** An empty database; closing it drops it. */
  interface Instance extends AutoCloseable {
    DataSource dataSource();

    @Override
    void close();
  }

  abstract String name();

  /** Whether the server is configured here. */
  abstract boolean available();

  abstract Instance fresh(String label);

  @Override
  public String toString() {
    return name();
  }

  static String uniqueName(String label) {
    return ("retort_" + label + "_" + COUNTER.incrementAndGet()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
  }

  static List<TestDatabase> all() {
    List<TestDatabase> all = new ArrayList<>();
    all.add(new H2());
    all.add(new Server("PostgreSQL", "RETORT_TEST_POSTGRES_URL"));
    all.add(new Server("MariaDB", "RETORT_TEST_MARIADB_URL"));
    return all;
  }

  static TestDatabase h2() {
    return new H2();
  }

  /** In-memory H2, one database per name, dropped on close. */
  static final class H2 extends TestDatabase {
    @Override
    String name() {
      return "H2";
    }

    @Override
    boolean available() {
      return true;
    }

    @Override
    Instance fresh(String label) {
      JdbcDataSource ds = new JdbcDataSource();
      ds.setURL("jdbc:h2:mem:" + uniqueName(label) + ";DB_CLOSE_DELAY=-1");
      return new Instance() {
        @Override
        public DataSource dataSource() {
          return ds;
        }

        @Override
        public void close() {
          execute(ds, "SHUTDOWN");
        }
      };
    }
  }

  /**
   * A server reached through a JDBC URL in an environment variable: each fresh database is created
   * with {@code CREATE DATABASE} and reached through the same URL with its name in place of the
   * URL's own database.
   */
  static final class Server extends TestDatabase {
    private final String name;
    private final String url;

    Server(String name, String variable) {
      this.name = name;
      this.url = System.getenv(variable);
    }

    @Override
    String name() {
      return name;
    }

    @Override
    boolean available() {
      return url != null && !url.isBlank();
    }

    @Override
    Instance fresh(String label) {
      String database = uniqueName(label);
      DataSource admin = dataSource(url);
      execute(admin, "CREATE DATABASE " + database);
      DataSource ds = dataSource(withDatabase(url, database));
      return new Instance() {
        @Override
        public DataSource dataSource() {
          return ds;
        }

        @Override
        public void close() {
          execute(admin, "DROP DATABASE " + database);
        }
      };
    }

    /** {@code jdbc:postgresql://host:port/db?params} with another db. */
    static String withDatabase(String url, String database) {
      int slashes = url.indexOf("//");
      int path = url.indexOf('/', slashes + 2);
      int query = url.indexOf('?', path < 0 ? 0 : path);
      String base = path < 0 ? (query < 0 ? url : url.substring(0, query)) : url.substring(0, path);
      return base + "/" + database + (query < 0 ? "" : url.substring(query));
    }

    private DataSource dataSource(String jdbcUrl) {
      return new DriverManagerDataSource(jdbcUrl);
    }
  }

  static void execute(DataSource ds, String sql) {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
