package dev.retort.bench;

import dev.retort.Migrations;
import dev.retort.UpgradeResult;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The main classes the benchmark starts, one JVM each: {@code java -cp ... Contenders$Retort URL}.
 * Each does what an application does at start-up with its tool, and nothing else; each prints one
 * line saying what it did, which the benchmark checks.
 */
final class Contenders {
  private Contenders() {}

  /** The floor: a new JVM that connects and runs one SELECT. */
  static final class Floor {
    public static void main(String[] args) throws Exception {
      try (Connection c = DriverManager.getConnection(args[0]); Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT 1")) {
        rs.next();
        System.out.println("selected " + rs.getInt(1));
      }
    }
  }

  /**
   * The floor, after setting up SLF4J (with the benchmark's no-op provider) as an application with
   * logging has done before it migrates: not a target, but it shows how much of an up-to-date
   * start in a bare JVM is SLF4J's own start (two class-path scans), which the floor does not pay.
   */
  static final class FloorWithLogging {
    public static void main(String[] args) throws Exception {
      org.slf4j.LoggerFactory.getLogger("bench").info("connecting");
      Floor.main(args);
    }
  }

  /**
   * The floor through PgJDBC's own {@code PGSimpleDataSource}: not a target, but with {@link
   * RetortThroughPgDataSource} it shows what that class costs a cold JVM, which connecting through
   * the driver manager does not pay.
   */
  static final class FloorThroughPgDataSource {
    public static void main(String[] args) throws Exception {
      try (Connection c = pgDataSource(args[0]).getConnection(); Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT 1")) {
        rs.next();
        System.out.println("selected " + rs.getInt(1));
      }
    }
  }

  /**
   * Retort's one-liner, given a data source over the driver manager: like the floor, Flyway
   * ({@code dataSource(url, ...)}, its own data source over the driver) and Liquibase, it connects
   * without PgJDBC's data source classes. So the difference to the floor is what Retort does, not
   * what a data source class costs.
   */
  static final class Retort {
    public static void main(String[] args) {
      UpgradeResult result = Migrations.upgradeToHead(new DriverManagerDataSource(args[0]));
      System.out.println("applied " + result.applied().size());
    }
  }

  /** Retort's one-liner through PgJDBC's {@code PGSimpleDataSource}, for comparison. */
  static final class RetortThroughPgDataSource {
    public static void main(String[] args) {
      UpgradeResult result = Migrations.upgradeToHead(pgDataSource(args[0]));
      System.out.println("applied " + result.applied().size());
    }
  }

  private static PGSimpleDataSource pgDataSource(String url) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    return dataSource;
  }

  /**
   * The thinnest data source: every connection from {@link DriverManager}, as the floor makes its
   * own. The same as test-support's {@code UrlDataSource}, written again here: that module would
   * put four more JDBC drivers and JUnit on every contender's class path, which the driver
   * manager loads at each start.
   */
  static final class DriverManagerDataSource implements DataSource {
    private final String url;

    DriverManagerDataSource(String url) {
      this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return DriverManager.getConnection(url);
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("Not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }

  /** Flyway's migrate(), with its default location, classpath:db/migration. */
  static final class FlywayMigrate {
    public static void main(String[] args) {
      int applied = Flyway.configure().dataSource(args[0], null, null).load().migrate().migrationsExecuted;
      System.out.println("applied " + applied);
    }
  }

  /**
   * Liquibase's update() of a formatted-SQL changelog on the class path. Liquibase logs through
   * java.util.logging, at WARNING here like the others' logs (SLF4J's no-op provider).
   */
  static final class LiquibaseUpdate {
    @SuppressWarnings("deprecation")
    public static void main(String[] args) throws Exception {
      java.util.logging.Logger.getLogger("liquibase").setLevel(java.util.logging.Level.WARNING);
      Connection c = DriverManager.getConnection(args[0]);
      Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
      try (Liquibase liquibase = new Liquibase(Fixture.LIQUIBASE_CHANGELOG, new ClassLoaderResourceAccessor(), database)) {
        liquibase.update("");
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM databasechangelog")) {
          rs.next();
          System.out.println("applied " + rs.getInt(1));
        }
      }
    }
  }

  /**
   * The same statements over plain JDBC in auto-commit mode, each migration followed by an insert
   * into a version table: two commits per migration.
   */
  static final class PlainJdbc {
    public static void main(String[] args) throws Exception {
      List<List<String>> migrations = read();
      try (Connection c = DriverManager.getConnection(args[0]); Statement st = c.createStatement()) {
        st.execute("CREATE TABLE IF NOT EXISTS jdbc_version (revision VARCHAR(128) PRIMARY KEY, "
            + "applied_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())");
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO jdbc_version (revision) VALUES (?)")) {
          for (int i = 0; i < migrations.size(); i++) {
            for (String sql : migrations.get(i)) {
              st.execute(sql);
            }
            insert.setString(1, "V" + (i + 1));
            insert.executeUpdate();
          }
        }
      }
      System.out.println("applied " + migrations.size());
    }

    /** The statements of each migration: a line per statement, a blank line between migrations. */
    static List<List<String>> read() throws Exception {
      List<List<String>> migrations = new ArrayList<>();
      try (BufferedReader in = new BufferedReader(new InputStreamReader(
          PlainJdbc.class.getClassLoader().getResourceAsStream(Fixture.JDBC_STATEMENTS), StandardCharsets.UTF_8))) {
        List<String> current = new ArrayList<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (line.isEmpty()) {
            migrations.add(current);
            current = new ArrayList<>();
          } else {
            current.add(line);
          }
        }
      }
      return migrations;
    }
  }

  /**
   * What the issue asks Retort to do, by hand over plain JDBC: each migration's statements and a
   * version row like Retort's (eight columns, the time set by the client) in one transaction, one
   * {@code commit()} each. Its time against {@link PlainJdbc}'s is what that way of working costs
   * on the database; Retort's against it, what Retort itself costs.
   */
  static final class PlainJdbcTransactions {
    /** A checksum as long as Retort's. */
    private static final String CHECKSUM = "v1:" + "0".repeat(64);

    public static void main(String[] args) throws Exception {
      List<List<String>> migrations = PlainJdbc.read();
      try (Connection c = DriverManager.getConnection(args[0])) {
        try (Statement st = c.createStatement()) {
          for (String sql : lines(Fixture.JDBC_VERSION_TABLE)) {
            st.execute(sql);
          }
        }
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + Fixture.JDBC_VERSION_TABLE_NAME
            + " (revision, parents, message, checksum, applied_at, applied_by, execution_ms, success)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
          for (int i = 0; i < migrations.size(); i++) {
            long start = System.nanoTime();
            for (String sql : migrations.get(i)) {
              try (Statement st = c.createStatement()) {
                st.execute(sql);
              }
            }
            insert.setString(1, "r" + (i + 1));
            insert.setString(2, i == 0 ? "" : "r" + i);
            insert.setString(3, "step_" + (i + 1));
            insert.setString(4, CHECKSUM);
            insert.setObject(5, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
            insert.setString(6, "bench");
            insert.setLong(7, (System.nanoTime() - start) / 1_000_000);
            insert.setBoolean(8, true);
            insert.executeUpdate();
            c.commit();
          }
        }
      }
      System.out.println("applied " + migrations.size());
    }
  }

  /** The lines of a class-path resource. */
  private static List<String> lines(String resource) throws Exception {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        Contenders.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      return in.lines().toList();
    }
  }
}
