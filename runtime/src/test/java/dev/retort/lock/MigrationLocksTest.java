package dev.retort.lock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Migration;
import dev.retort.Migrations;
import dev.retort.Revision;
import dev.retort.UpgradeResult;
import dev.retort.fixture.AddStock;
import dev.retort.fixture.CreateLibrary;
import dev.retort.op.Operations;
import dev.retort.testing.Database;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class MigrationLocksTest {

  @Revision(id = "0003", parents = "0002", message = "slow")
  public static final class Slow extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.jdbc("take a while", c -> {
        try {
          Thread.sleep(300);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
    }
  }

  @Test
  void instancesStartingTogetherApplyEachMigrationOnce() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    List<Migration> migrations = List.of(new CreateLibrary(), new AddStock(), new Slow());
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<UpgradeResult>> results = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return Migrations.using(h2).withMigrations(migrations).upgradeToHead();
        }));
      }
      start.countDown();
      List<List<String>> applied = new ArrayList<>();
      for (Future<UpgradeResult> result : results) {
        applied.add(result.get(30, TimeUnit.SECONDS).appliedIds());
      }
      assertThat(applied).containsExactlyInAnyOrder(List.of("0001", "0002", "0003"), List.of(), List.of());
    } finally {
      pool.shutdownNow();
    }
    try (Connection c = h2.getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"RETORT_VERSION\"")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(3);
    }
  }

  @Test
  void postgresAdvisoryLockKeepsASecondSessionWaiting() throws Exception {
    secondSessionWaits(Database.POSTGRESQL, "PostgreSQL advisory lock 5245544f");
  }

  @Test
  void mariaDbNamedLockKeepsASecondSessionWaiting() throws Exception {
    secondSessionWaits(Database.MARIADB, "named lock retort:");
  }

  private static void secondSessionWaits(Database kind, String description) throws Exception {
    String table = "lock_test_" + UUID.randomUUID().toString().substring(0, 8);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (TestDatabase db = TestDatabases.fresh(kind, "MigrationLocksTest");
        Connection first = db.connect();
        Connection second = db.connect()) {
      MigrationLock held = MigrationLocks.acquire(first, table);
      assertThat(held.describe()).startsWith(description);
      Future<MigrationLock> waiting = pool.submit(() -> MigrationLocks.acquire(second, table));
      Thread.sleep(500);
      assertThat(waiting.isDone()).as("the second session waits while the first holds the lock").isFalse();

      // another version table has its own lock
      try (MigrationLock other = MigrationLocks.acquire(first, table + "_other")) {
        assertThat(other.describe()).isNotEqualTo(held.describe());
      }

      held.close();
      waiting.get(10, TimeUnit.SECONDS).close();
    } finally {
      pool.shutdownNow();
    }
  }
}
