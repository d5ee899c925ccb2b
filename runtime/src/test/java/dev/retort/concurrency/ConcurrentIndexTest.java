package dev.retort.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Migration;
import dev.retort.Migrations;
import dev.retort.Revision;
import dev.retort.UpgradeResult;
import dev.retort.engine.MigrationFailedException;
import dev.retort.op.Operations;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL's {@code CREATE INDEX CONCURRENTLY}, which cannot run in a transaction and waits for
 * every transaction open when it starts: it runs in a migration whose {@link
 * Migration#transactional()} is false, while other instances wait for the migration lock, without
 * waiting for the lock's own connection (Flyway's known deadlock, when the lock's session keeps a
 * transaction open); in a transactional migration the message says how to write it.
 */
class ConcurrentIndexTest {

  @Revision(id = "c2", parents = "l1", message = "index quantities concurrently")
  public static final class IndexConcurrently extends Migration {
    @Override
    public boolean transactional() {
      return false;
    }

    @Override
    public void upgrade(Operations op) {
      op.sql("CREATE INDEX CONCURRENTLY ix_item_qty ON item (qty)", "DROP INDEX CONCURRENTLY ix_item_qty");
    }
  }

  @Revision(id = "c2", parents = "l1", message = "index quantities concurrently, in a transaction")
  public static final class IndexConcurrentlyInATransaction extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.sql("CREATE INDEX CONCURRENTLY ix_item_qty ON item (qty)", "DROP INDEX CONCURRENTLY ix_item_qty");
    }
  }

  private static final String INDEX_COUNT =
      "SELECT COUNT(*) FROM pg_class WHERE relname = 'ix_item_qty' AND relnamespace = current_schema()::regnamespace";

  private static List<Migration> migrations() {
    return List.of(new LongMigrations.CreateItems(), new IndexConcurrently());
  }

  @Test
  void aNonTransactionalMigrationBuildsTheIndexWhileOtherInstancesWait() throws Exception {
    try (SharedDatabase db = SharedDatabase.open(Target.POSTGRESQL, "ConcurrentIndex")) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      CountDownLatch go = new CountDownLatch(1);
      List<UpgradeResult> results = new ArrayList<>();
      try {
        List<Future<UpgradeResult>> futures = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          futures.add(pool.submit(() -> {
            go.await();
            return Migrations.using(db.dataSource()).withMigrations(migrations()).upgradeToHead();
          }));
        }
        go.countDown();
        for (Future<UpgradeResult> future : futures) {
          // a lock connection with an open transaction would make the index build wait forever
          results.add(future.get(60, TimeUnit.SECONDS));
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(results.stream().flatMap(r -> r.appliedIds().stream()).sorted()).containsExactly("c2", "l1");
      assertThat(results).allSatisfy(r -> assertThat(r.head()).isEqualTo("c2"));
      assertThat(db.rows("SELECT c.relname, i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
          + "WHERE c.relname = 'ix_item_qty' AND c.relnamespace = current_schema()::regnamespace"))
          .containsExactly("ix_item_qty|t");
      assertThat(db.versionRows()).containsExactly("c2:ok", "l1:ok");

      Migrations.using(db.dataSource()).withMigrations(migrations()).downgrade("l1");
      assertThat(db.number(INDEX_COUNT)).isZero();
      assertThat(db.versionRows()).containsExactly("l1:ok");
    }
  }

  @Test
  void inATransactionalMigrationTheMessageSaysToMakeItNonTransactional() throws Exception {
    try (SharedDatabase db = SharedDatabase.open(Target.POSTGRESQL, "ConcurrentIndexTx")) {
      assertThatThrownBy(() -> Migrations.using(db.dataSource())
              .withMigrations(List.of(new LongMigrations.CreateItems(), new IndexConcurrentlyInATransaction()))
              .upgradeToHead())
          .isInstanceOf(MigrationFailedException.class)
          .hasMessageContaining("Revision c2 failed at operation 1 of 1, 'sql: CREATE INDEX CONCURRENTLY ix_item_qty")
          .hasMessageContaining("CREATE INDEX CONCURRENTLY cannot run inside a transaction block")
          .hasMessageContaining("the database is as it was before revision c2")
          .hasMessageContaining("Put it in a migration of its own whose transactional() returns false");
      assertThat(db.versionRows()).containsExactly("l1:ok");
      assertThat(db.number(INDEX_COUNT)).isZero();
    }
  }
}
