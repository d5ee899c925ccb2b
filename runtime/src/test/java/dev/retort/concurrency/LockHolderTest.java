package dev.retort.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Migration;
import dev.retort.Migrations;
import dev.retort.Revision;
import dev.retort.UpgradeResult;
import dev.retort.fixture.CreateLibrary;
import dev.retort.lock.LockTimeoutException;
import dev.retort.lock.MigrationLock;
import dev.retort.lock.MigrationLocks;
import dev.retort.op.Operations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The migration lock itself, on every database: a bounded wait says who holds the lock, as far as
 * the database can tell; a holder killed with {@code kill -9} leaves nothing locked; and on the
 * servers the lock lives on a connection of its own, apart from the migration's, with no
 * transaction open.
 */
class LockHolderTest {
  private static final Duration WAIT = Duration.ofMillis(1500);

  @ParameterizedTest(name = "{0}")
  @RunsOn(except = Target.H2_MEMORY)
  void aWaitThatGivesUpSaysWhoHoldsTheLockAndAKilledHolderLeavesNothingLocked(Target target) throws Exception {
    try (SharedDatabase db = SharedDatabase.open(target, "LockHolder");
        ChildProcess holder = ChildProcess.start("holder", db.url(), "hold-lock")) {
      holder.awaitLine(MigratingProcess.LOCKED, Duration.ofSeconds(60));

      assertThatThrownBy(() -> Migrations.using(db.dataSource()).withMigrations(List.of(new CreateLibrary()))
              .withLockWait(WAIT).upgradeToHead())
          .isInstanceOfSatisfying(LockTimeoutException.class, e -> {
            assertThat(e.holder()).as("who holds the lock").isNotNull().contains(expectedHolder(target, holder));
            assertThat(e.getMessage()).contains("which another session holds (" + e.holder() + ")")
                .contains("nothing was changed").contains("nothing has to be unlocked by hand");
          });
      assertThat(db.tables()).doesNotContain("RETORT_VERSION", "AUTHOR");

      // without a bound, a start waits, longer than the database's own lock timeout (H2's is 2 s) ...
      ExecutorService thread = Executors.newSingleThreadExecutor();
      try {
        Future<UpgradeResult> waiting = thread.submit(
            () -> Migrations.using(db.dataSource()).withMigrations(List.of(new CreateLibrary())).upgradeToHead());
        Thread.sleep(2500);
        assertThat(waiting.isDone()).as("still waiting for the lock").isFalse();
        // ... until the holder dies: kill -9 leaves nothing locked, and the waiting start goes on
        assertThat(holder.kill()).isEqualTo(137);
        assertThat(waiting.get(30, TimeUnit.SECONDS).appliedIds()).containsExactly("0001");
      } finally {
        thread.shutdownNow();
      }
      KillTest.assertLockFreeSoon(db);
    }
  }

  /** What the database tells of the child that holds the lock. */
  private static String expectedHolder(Target target, ChildProcess holder) {
    return switch (target) {
      case POSTGRESQL -> "PostgreSQL backend ";
      case MARIADB -> "user root";
      case SQLSERVER -> "session ";
      case SQLITE -> "process " + holder.pid() + " on ";
      default -> "H2 session ";
    };
  }

  @Test
  void inOneProcessTheWaitNamesTheThreadThatHoldsTheLock() throws Exception {
    try (SharedDatabase db = SharedDatabase.open(Target.H2_MEMORY, "LockHolderThread")) {
      CountDownLatch taken = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "the holder"));
      try {
        Future<?> held = thread.submit(() -> {
          try (Connection c = db.connect();
              MigrationLock lock = MigrationLocks.acquire(db.dataSource(), c, "retort_version", null)) {
            taken.countDown();
            release.await();
          }
          return null;
        });
        assertThat(taken.await(30, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> Migrations.using(db.dataSource()).withMigrations(List.of(new CreateLibrary()))
                .withLockWait(Duration.ofMillis(300)).upgradeToHead())
            .isInstanceOfSatisfying(LockTimeoutException.class,
                e -> assertThat(e.holder()).startsWith("thread 'the holder' of this process, since "));
        release.countDown();
        held.get(30, TimeUnit.SECONDS);
      } finally {
        release.countDown();
        thread.shutdownNow();
      }
    }
  }

  @Revision(id = "0002", parents = "0001", message = "look at the lock")
  public static final class LooksAtTheLock extends Migration {
    static final Map<String, String> SEEN = new ConcurrentHashMap<>();
    static volatile String lock;

    @Override
    public void upgrade(Operations op) {
      op.jdbc("look at the lock from the migration's connection", c -> SEEN.putAll(inspect(c, lock)));
    }
  }

  /**
   * From inside a migration: the session that holds the lock is not the migration's own, and it
   * keeps no transaction open (PostgreSQL: {@code idle}, not {@code idle in transaction}; MariaDB:
   * no InnoDB transaction), so nothing the migration runs can wait for it.
   */
  @ParameterizedTest(name = "{0}")
  @RunsOn({Target.POSTGRESQL, Target.MARIADB})
  void theLockLivesOnAConnectionOfItsOwnWithNoTransactionOpen(Target target) throws Exception {
    try (SharedDatabase db = SharedDatabase.open(target, "LockConnection")) {
      try (Connection c = db.connect();
          MigrationLock probe = MigrationLocks.acquire(db.dataSource(), c, "retort_version", Duration.ZERO)) {
        LooksAtTheLock.lock = probe.describe();
      }
      LooksAtTheLock.SEEN.clear();
      Migrations.using(db.dataSource()).withMigrations(List.of(new CreateLibrary(), new LooksAtTheLock()))
          .upgradeToHead();
      Map<String, String> seen = LooksAtTheLock.SEEN;
      assertThat(seen.get("holders")).as("sessions holding the lock").isEqualTo("1");
      assertThat(seen.get("holder")).isNotEqualTo(seen.get("self"));
      assertThat(seen.get("holder transaction")).isEqualTo("none");
    }
  }

  private static Map<String, String> inspect(Connection c, String lock) throws SQLException {
    Map<String, String> seen = new ConcurrentHashMap<>();
    if (c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
      long key = Long.parseUnsignedLong(lock.substring(lock.lastIndexOf(' ') + 1), 16);
      try (PreparedStatement ps = c.prepareStatement("SELECT l.pid, a.state, pg_backend_pid() FROM pg_locks l"
          + " JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted"
          + " AND l.classid::bigint = ? AND l.objid::bigint = ? AND l.objsubid = 1")) {
        ps.setLong(1, key >>> 32);
        ps.setLong(2, key & 0xffffffffL);
        int holders = 0;
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            holders++;
            seen.put("holder", rs.getString(1));
            seen.put("holder transaction", "idle".equals(rs.getString(2)) ? "none" : rs.getString(2));
            seen.put("self", rs.getString(3));
          }
        }
        seen.put("holders", Integer.toString(holders));
      }
    } else {
      String name = lock.substring("named lock ".length());
      try (PreparedStatement ps = c.prepareStatement("SELECT IS_USED_LOCK(?), CONNECTION_ID(),"
          + " (SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_mysql_thread_id = IS_USED_LOCK(?))")) {
        ps.setString(1, name);
        ps.setString(2, name);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          seen.put("holders", rs.getString(1) == null ? "0" : "1");
          seen.put("holder", String.valueOf(rs.getString(1)));
          seen.put("self", rs.getString(2));
          seen.put("holder transaction", rs.getLong(3) == 0 ? "none" : "open");
        }
      }
    }
    return seen;
  }
}
