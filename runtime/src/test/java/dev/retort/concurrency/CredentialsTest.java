package dev.retort.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Migration;
import dev.retort.Migrations;
import dev.retort.Revision;
import dev.retort.fixture.AddStock;
import dev.retort.fixture.CreateLibrary;
import dev.retort.lock.MigrationLock;
import dev.retort.lock.MigrationLocks;
import dev.retort.op.Operations;
import dev.retort.testing.UrlDataSource;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * A password, in the JDBC URL or as a connection property, never shows in what Retort logs (its
 * {@code dev.retort} logger at TRACE) or in the messages and stack traces of its exceptions:
 * through a successful upgrade, history and verify, a failing migration, a lock wait that gives
 * up, and connections the database refuses. Runs in a child JVM, so the logging is configured
 * from the start and everything it writes is read. On the databases that check passwords here:
 * H2 (behind a server), PostgreSQL, MariaDB.
 */
class CredentialsTest {
  static final String SECRET_VARIABLE = "RETORT_CHILD_SECRET";

  @Revision(id = "0003", parents = "0002", message = "fails")
  public static final class Fails extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.sql("UPDATE no_such_table SET x = 1");
    }
  }

  @ParameterizedTest(name = "{0}")
  @RunsOn({Target.H2_SERVER, Target.POSTGRESQL, Target.MARIADB, Target.SQLSERVER})
  void aPasswordNeverAppearsInLogsOrMessages(Target target) throws Exception {
    String secret = "Canary-" + UUID.randomUUID().toString().substring(0, 12);
    try (SharedDatabase db = SharedDatabase.open(target, "Credentials")) {
      String user = "retort_canary_" + UUID.randomUUID().toString().substring(0, 6);
      String url = withPassword(db, user, secret);
      try (ChildProcess child = ChildProcess.start("leaks", url,
          List.of("-Dorg.slf4j.simpleLogger.log.dev.retort=trace", "-Dorg.slf4j.simpleLogger.showThreadName=false"),
          "leaks", secret)) {
        assertThat(child.waitFor(Duration.ofSeconds(120))).as(child.output()).isZero();
        String output = child.output();
        // every path ran and said what it says ...
        assertThat(output)
            .contains("Applied revision 0001", "Applied revision 0002", "Database is up to date")
            .contains("Revision 0003 failed at operation 1 of 1")
            .contains("Retort waited 300 ms for the migration lock")
            .contains("Retort could not")
            .contains("DONE");
        // ... and never the password, as written or URL-encoded
        assertThat(output).doesNotContain(secret).doesNotContain(URLEncoder.encode(secret, StandardCharsets.UTF_8));
      } finally {
        dropUser(db, user);
      }
    }
  }

  /** The database's URL with a user whose password is the secret (created where the database checks it). */
  private static String withPassword(SharedDatabase db, String user, String secret) throws SQLException {
    String url = db.url();
    return switch (db.target) {
      case H2_SERVER -> {
        db.execute("CREATE USER " + user + " PASSWORD '" + secret + "' ADMIN");
        yield url.replace(";USER=sa", ";USER=" + user + ";PASSWORD=" + secret);
      }
      case MARIADB -> {
        String database = url.substring(url.indexOf("//") + 2);
        database = database.substring(database.indexOf('/') + 1, database.indexOf('?'));
        for (String host : List.of("%", "localhost")) {
          db.execute("CREATE USER '" + user + "'@'" + host + "' IDENTIFIED BY '" + secret + "'",
              "GRANT ALL ON `" + database + "`.* TO '" + user + "'@'" + host + "'");
        }
        yield url.substring(0, url.indexOf('?')) + "?user=" + user + "&password=" + secret;
      }
      case SQLSERVER -> url + ";password=" + secret;
      // PostgreSQL as CI runs it trusts local connections, so any password is sent and accepted
      default -> url + "&password=" + secret;
    };
  }

  private static void dropUser(SharedDatabase db, String user) throws SQLException {
    if (db.target == Target.MARIADB) {
      for (String host : List.of("%", "localhost")) {
        db.execute("DROP USER IF EXISTS '" + user + "'@'" + host + "'");
      }
    }
  }

  /** What the child runs: every path, with the password in the URL and as a property. */
  static void leaks(String url, String secret) throws Exception {
    DataSource inUrl = new UrlDataSource(url);
    DataSource asProperty = asProperty(url, secret);
    List<Migration> library = List.of(new CreateLibrary(), new AddStock());
    run(() -> Migrations.using(inUrl).withMigrations(library).upgradeToHead());
    run(() -> Migrations.using(asProperty).withMigrations(library).upgradeToHead());
    run(() -> Migrations.using(asProperty).withMigrations(library).history());
    run(() -> Migrations.using(inUrl).withMigrations(library).verify());
    run(() -> Migrations.using(inUrl).withMigrations(List.of(new CreateLibrary(), new AddStock(), new Fails()))
        .upgradeToHead());
    // a lock wait that gives up, naming the holder (an upgrade that has something to do takes the lock)
    CountDownLatch taken = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread holder = new Thread(() -> {
      try (Connection c = asProperty.getConnection();
          MigrationLock lock = MigrationLocks.acquire(asProperty, c, "retort_version", null)) {
        taken.countDown();
        release.await();
      } catch (Exception e) {
        e.printStackTrace(System.out);
      }
    });
    holder.start();
    taken.await();
    run(() -> Migrations.using(inUrl).withMigrations(List.of(new CreateLibrary(), new AddStock(), new Fails()))
        .withLockWait(Duration.ofMillis(300)).upgradeToHead());
    release.countDown();
    holder.join();
    // connections the database refuses: a wrong password, a port nobody listens on
    String wrong = url.replace(secret, secret + "-wrong");
    run(() -> Migrations.using(new UrlDataSource(wrong)).withMigrations(library).upgradeToHead());
    String noServer = url.replaceFirst("//[^/]+/", "//127.0.0.1:1/");
    run(() -> Migrations.using(new UrlDataSource(noServer)).withMigrations(library).upgradeToHead());
    System.out.println("DONE");
  }

  private interface Step {
    Object run() throws Exception;
  }

  /** Runs a step, printing its result, or its exception with its whole stack trace and causes. */
  private static void run(Step step) {
    try {
      System.out.println("RESULT " + step.run());
    } catch (Exception e) {
      System.out.println("FAILED " + e.getMessage());
      e.printStackTrace(System.out);
    }
  }

  /** The URL without its password, which goes in the connection's properties instead. */
  private static DataSource asProperty(String url, String secret) {
    String bare = url.replace("&password=" + secret, "").replace(";PASSWORD=" + secret, "")
        .replace(";password=" + secret, "");
    Properties properties = new Properties();
    properties.setProperty("password", secret);
    return new DataSource() {
      @Override
      public Connection getConnection() throws SQLException {
        return DriverManager.getConnection(bare, properties);
      }

      @Override
      public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLException("not here");
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
      public Logger getParentLogger() {
        return Logger.getGlobal();
      }

      @Override
      public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
      }

      @Override
      public boolean isWrapperFor(Class<?> type) {
        return false;
      }

      @Override
      public String toString() {
        return "a data source with its password as a property";
      }
    };
  }
}
