package dev.retort.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Migrations;
import dev.retort.Migrator;
import dev.retort.fixture.AddStock;
import dev.retort.fixture.CreateLibrary;
import dev.retort.testing.Database;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link Migrator#withLockWait}: while another session holds the migration lock, a changing
 * command gives up after the wait, changes nothing, and says what to do; once the lock is free
 * it runs as usual. On each kind of lock: the JVM's (H2), PostgreSQL's advisory lock, MariaDB's
 * named lock.
 */
class LockWaitTest {
  private static final Duration WAIT = Duration.ofMillis(1500);
  /** A version table of this test's own: the lock is per database and table, and other runs may share the server. */
  private static final String TABLE = "lock_wait_history";

  @ParameterizedTest
  @EnumSource(value = Database.class, names = {"H2", "POSTGRESQL", "MARIADB"})
  void aBoundedWaitGivesUpAndChangesNothing(Database kind) throws Exception {
    try (TestDatabase db = TestDatabases.fresh(kind, "LockWaitTest")) {
      Migrator migrator = Migrations.using(db.dataSource())
          .withMigrations(List.of(new CreateLibrary(), new AddStock()))
          .withVersionTable(TABLE)
          .withLockWait(WAIT);
      // another session (on H2: another thread, since the JVM's lock is reentrant) holds the lock
      CountDownLatch taken = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      ExecutorService other = Executors.newSingleThreadExecutor();
      try {
        Future<String> holder = other.submit(() -> {
          try (Connection c = db.connect(); MigrationLock held = MigrationLocks.acquire(c, TABLE)) {
            taken.countDown();
            release.await();
            return held.describe();
          }
        });
        assertThat(taken.await(30, TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();
        assertThatThrownBy(migrator::upgradeToHead)
            .isInstanceOf(LockTimeoutException.class)
            .hasMessageContaining("Retort waited 1500 ms for the migration lock (")
            .hasMessageContaining("nothing was changed")
            .hasMessageContaining("retort.lock-wait");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).isGreaterThanOrEqualTo(WAIT.minusMillis(50)).isLessThan(WAIT.plusSeconds(5));
        assertThat(db.tables()).isEmpty();
        release.countDown();
        holder.get(30, TimeUnit.SECONDS);
      } finally {
        release.countDown();
        other.shutdownNow();
      }
      assertThat(migrator.upgradeToHead().appliedIds()).containsExactly("0001", "0002");
    }
  }
}
