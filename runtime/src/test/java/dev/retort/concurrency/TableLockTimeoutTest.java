package dev.retort.concurrency;

import static dev.retort.schema.Column.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Migration;
import dev.retort.Migrations;
import dev.retort.Migrator;
import dev.retort.Revision;
import dev.retort.SpyDataSource;
import dev.retort.UpgradeResult;
import dev.retort.engine.TableLockTimeoutException;
import dev.retort.fixture.AddStock;
import dev.retort.fixture.CreateLibrary;
import dev.retort.op.Operations;
import dev.retort.schema.ColumnType;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * A migration queued behind a long transaction: its statements wait for table locks at most the
 * table lock timeout (PostgreSQL's {@code lock_timeout}, MariaDB's {@code lock_wait_timeout}, H2's
 * {@code LOCK_TIMEOUT}, SQLite's {@code busy_timeout}), it is tried again a bounded number of
 * times, and then fails with a message that says so and changes nothing; the queries queued
 * behind its lock request wait only that long; when the transaction ends during the retries, the
 * migration goes through; and the connection's own setting is put back afterwards.
 */
class TableLockTimeoutTest {
  private static final List<Migration> LIBRARY = List.of(new CreateLibrary(), new AddStock());

  /** Opens a transaction that holds a lock the migration's ALTER TABLE on {@code book} must wait for. */
  private static Connection blocker(SharedDatabase db) throws SQLException {
    Connection c = db.connect();
    c.setAutoCommit(false);
    try (Statement st = c.createStatement()) {
      switch (db.kind()) {
        // a reader holds a shared lock on the table (a metadata lock on MariaDB) until it commits
        case POSTGRESQL, MARIADB -> st.executeQuery("SELECT COUNT(*) FROM book").close();
        // H2 locks a table for readers only when they write; SQLite has one writer at a time
        default -> {
          st.executeUpdate("INSERT INTO author (name) VALUES ('blocker')");
          st.executeUpdate("INSERT INTO book (title, author_id) SELECT 'blocked', id FROM author WHERE name = 'blocker'");
        }
      }
    }
    return c;
  }

  private static Migrator migrator(SharedDatabase db) {
    return Migrations.using(db.dataSource()).withMigrations(LIBRARY);
  }

  @ParameterizedTest(name = "{0}")
  @RunsOn({Target.H2_MEMORY, Target.SQLITE, Target.POSTGRESQL, Target.MARIADB, Target.SQLSERVER})
  void behindALongTransactionItGivesUpAfterTheRetriesAndChangesNothing(Target target) throws Exception {
    try (SharedDatabase db = SharedDatabase.open(target, "TableLockTimeout")) {
      migrator(db).withMigrations(LIBRARY.subList(0, 1)).upgradeToHead();
      List<String> schema = db.schema();
      try (Connection blocker = blocker(db)) {
        long start = System.nanoTime();
        assertThatThrownBy(() -> migrator(db).withTableLockTimeout(Duration.ofMillis(300))
                .withTableLockRetries(2, Duration.ofMillis(100)).upgradeToHead())
            .isInstanceOfSatisfying(TableLockTimeoutException.class, e -> {
              assertThat(e.attempts()).isEqualTo(3);
              assertThat(e.failure().revision()).isEqualTo("0002");
              assertThat(e.failure().stayed()).isEmpty();
            })
            .hasMessageContaining("Revision 0002 failed at operation 1 of 4, 'add column book.isbn")
            .hasMessageContaining(databaseMessage(target))
            .hasMessageContaining("Its transaction was rolled back: the database is as it was before revision 0002.")
            .hasMessageContaining("A statement waited longer than the table lock timeout of 300 ms for a lock that "
                + "another transaction holds on the table")
            .hasMessageContaining("It was tried 3 times, 100 ms apart")
            .hasMessageContaining("Find the transaction in the way");
        // three tries of at most 300 ms each (a whole second each on MariaDB, which counts in seconds)
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        blocker.rollback();
      }
      assertThat(db.schema()).isEqualTo(schema);
      assertThat(db.versionRows()).containsExactly("0001:ok");
    }
  }

  @ParameterizedTest(name = "{0}")
  @RunsOn({Target.H2_MEMORY, Target.SQLITE, Target.POSTGRESQL, Target.MARIADB, Target.SQLSERVER})
  void whenTheTransactionEndsDuringTheRetriesTheMigrationGoesThrough(Target target) throws Exception {
    try (SharedDatabase db = SharedDatabase.open(target, "TableLockRetry")) {
      migrator(db).withMigrations(LIBRARY.subList(0, 1)).upgradeToHead();
      ExecutorService thread = Executors.newSingleThreadExecutor();
      try (Connection blocker = blocker(db)) {
        Future<UpgradeResult> upgrade = thread.submit(() -> migrator(db).withTableLockTimeout(Duration.ofMillis(200))
            .withTableLockRetries(20, Duration.ofMillis(100)).upgradeToHead());
        Thread.sleep(1000);
        assertThat(upgrade.isDone()).as("waiting behind the transaction").isFalse();
        blocker.rollback();
        assertThat(upgrade.get(30, TimeUnit.SECONDS).appliedIds()).containsExactly("0002");
      } finally {
        thread.shutdownNow();
      }
      assertThat(db.versionRows()).containsExactly("0001:ok", "0002:ok");
    }
  }

  /**
   * The point of the bound: on PostgreSQL and MariaDB a DDL statement's pending lock request makes
   * every later query of the table wait behind it. With the bound they wait that long, not for as
   * long as the long transaction lasts.
   */
  @ParameterizedTest(name = "{0}")
  @RunsOn({Target.POSTGRESQL, Target.MARIADB})
  void queriesQueuedBehindTheMigrationWaitOnlyTheTimeout(Target target) throws Exception {
    try (SharedDatabase db = SharedDatabase.open(target, "TableLockQueue")) {
      migrator(db).withMigrations(LIBRARY.subList(0, 1)).upgradeToHead();
      ExecutorService threads = Executors.newFixedThreadPool(2);
      try (Connection blocker = blocker(db)) {
        Future<?> upgrade = threads.submit(() -> migrator(db).withTableLockTimeout(Duration.ofSeconds(2))
            .withTableLockRetries(0, Duration.ZERO).upgradeToHead());
        Thread.sleep(500); // the migration's ALTER TABLE is queued now
        long start = System.nanoTime();
        Future<Long> reader = threads.submit(() -> db.number("SELECT COUNT(*) FROM book"));
        assertThat(reader.get(20, TimeUnit.SECONDS)).isZero();
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        assertThat(waited).as("the reader waited behind the migration only until it gave up").isLessThan(Duration.ofSeconds(6));
        assertThatThrownBy(() -> upgrade.get(20, TimeUnit.SECONDS)).hasCauseInstanceOf(TableLockTimeoutException.class);
        blocker.rollback();
      } finally {
        threads.shutdownNow();
      }
    }
  }

  /** Typed operations only, so that on PostgreSQL it goes to the database in a batch first. */
  @Revision(id = "0002", parents = "0001", message = "add isbn")
  public static final class AddIsbn extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.addColumn("book", col("isbn", ColumnType.character(13)));
    }
  }

  /**
   * On PostgreSQL a migration of typed operations goes to the database in a batch first. When its
   * statement waits too long there, that was its first attempt: it is tried as often as the
   * policy says in all, not once more.
   */
  @ParameterizedTest(name = "{0}")
  @RunsOn(Target.POSTGRESQL)
  void aLockTimeoutInABatchIsTheMigrationsFirstAttempt(Target target) throws Exception {
    try (SharedDatabase db = SharedDatabase.open(target, "TableLockBatch")) {
      migrator(db).withMigrations(LIBRARY.subList(0, 1)).upgradeToHead();
      SpyDataSource spy = new SpyDataSource(db.dataSource());
      try (Connection blocker = blocker(db)) {
        assertThatThrownBy(() -> Migrations.using(spy.dataSource()).withMigrations(List.of(new CreateLibrary(), new AddIsbn()))
                .withTableLockTimeout(Duration.ofMillis(200)).withTableLockRetries(2, Duration.ofMillis(50)).upgradeToHead())
            .isInstanceOfSatisfying(TableLockTimeoutException.class, e -> assertThat(e.attempts()).isEqualTo(3))
            .hasMessageContaining("It was tried 3 times, 50 ms apart");
        blocker.rollback();
      }
      List<String> tries = spy.executed().stream().filter(sql -> sql.contains("isbn")).toList();
      assertThat(tries).as("the batch, then two retries on their own").hasSize(3);
      assertThat(tries.get(0)).startsWith("batch: ");
      assertThat(tries.subList(1, 3)).allSatisfy(sql -> assertThat(sql).doesNotStartWith("batch: "));
      assertThat(db.versionRows()).containsExactly("0001:ok");
    }
  }

  @Revision(id = "0002", parents = "0001", message = "read the lock timeout")
  public static final class ReadsTheTimeout extends Migration {
    static final Map<String, String> SEEN = new ConcurrentHashMap<>();

    @Override
    public void upgrade(Operations op) {
      op.jdbc("read the lock timeout", c -> SEEN.put("during", setting(c)));
    }
  }

  /** The default is 5 seconds, set while migrations run, and every connection gets its own setting back. */
  @ParameterizedTest(name = "{0}")
  @RunsOn({Target.H2_MEMORY, Target.SQLITE, Target.POSTGRESQL, Target.MARIADB, Target.SQLSERVER})
  void theDefaultIsFiveSecondsAndTheConnectionsGetTheirSettingBack(Target target) throws Exception {
    try (SharedDatabase db = SharedDatabase.open(target, "TableLockSetting"); Pool pool = new Pool(db.dataSource())) {
      Migrations.using(pool).withMigrations(List.of(new CreateLibrary())).upgradeToHead();
      List<String> before = pool.settings();
      Migrations.using(pool).withMigrations(List.of(new CreateLibrary(), new ReadsTheTimeout())).upgradeToHead();
      assertThat(ReadsTheTimeout.SEEN.get("during")).isEqualTo(switch (db.kind()) {
        case POSTGRESQL -> "5s";
        case MARIADB -> "5/5";
        default -> "5000";
      });
      assertThat(pool.settings()).isEqualTo(before).doesNotContain(ReadsTheTimeout.SEEN.get("during"));
    }
  }

  /** The connection's lock timeout, as the database reports it. */
  static String setting(Connection c) throws SQLException {
    String product = c.getMetaData().getDatabaseProductName();
    String sql = switch (product) {
      case "PostgreSQL" -> "SHOW lock_timeout";
      case "MariaDB", "MySQL" -> "SELECT CONCAT(@@SESSION.lock_wait_timeout, '/', @@SESSION.innodb_lock_wait_timeout)";
      case "H2" -> "CALL LOCK_TIMEOUT()";
      case "SQLite" -> "PRAGMA busy_timeout";
      default -> "SELECT @@LOCK_TIMEOUT";
    };
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static String databaseMessage(Target target) {
    return switch (target.kind) {
      case POSTGRESQL -> "canceling statement due to lock timeout";
      case MARIADB -> "Lock wait timeout exceeded";
      case H2 -> "Timeout trying to lock table";
      case SQLITE -> "database is locked";
      default -> "Lock request time out period exceeded";
    };
  }

  /**
   * The smallest connection pool: physical connections kept open and handed out again, their
   * {@code close()} giving them back, as a real pool does. What one command sets on a connection
   * and does not put back, the next borrower gets.
   */
  static final class Pool implements DataSource, AutoCloseable {
    private final DataSource target;
    private final List<Connection> all = new ArrayList<>();
    private final List<Connection> idle = new ArrayList<>();

    Pool(DataSource target) {
      this.target = target;
    }

    /** Every physical connection's lock timeout, in the order they were opened. */
    synchronized List<String> settings() throws SQLException {
      List<String> out = new ArrayList<>();
      for (Connection c : all) {
        out.add(setting(c));
      }
      return out;
    }

    @Override
    public synchronized Connection getConnection() throws SQLException {
      Connection physical = idle.isEmpty() ? open() : idle.remove(0);
      return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
          (proxy, method, args) -> {
            if (method.getName().equals("close")) {
              synchronized (this) {
                if (!idle.contains(physical)) {
                  idle.add(physical);
                }
              }
              return null;
            }
            try {
              return method.invoke(physical, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }

    private Connection open() throws SQLException {
      Connection c = target.getConnection();
      all.add(c);
      return c;
    }

    @Override
    public synchronized void close() throws SQLException {
      for (Connection c : all) {
        c.close();
      }
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
  }
}
