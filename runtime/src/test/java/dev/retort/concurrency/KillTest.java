package dev.retort.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Migration;
import dev.retort.Migrations;
import dev.retort.UpgradeResult;
import dev.retort.engine.IncompleteMigrationException;
import dev.retort.lock.MigrationLock;
import dev.retort.lock.MigrationLocks;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * {@code kill -9} of a process in the middle of a long migration (a data migration in Java over
 * 200,000 rows by default, batch by batch; see {@link LongMigrations}), on every
 * database another process can reach. The lock does not outlive the process, and the next start
 * completes the migration: a data migration rolls back whole everywhere; a migration that also
 * changes the schema rolls back whole where DDL is transactional (PostgreSQL, SQLite), and where
 * DDL commits at once (MariaDB, H2) the mark written before its first DDL statement makes the
 * next start refuse and say exactly how to go on, which done, it completes.
 */
class KillTest {
  private static final Duration LOCK_FREE_WITHIN = Duration.ofSeconds(15);

  @ParameterizedTest(name = "{0}")
  @RunsOn({Target.H2_SERVER, Target.SQLITE, Target.POSTGRESQL, Target.MARIADB, Target.SQLSERVER})
  void aKilledDataMigrationLeavesNothingAndTheNextStartCompletesIt(Target target) throws Exception {
    try (SharedDatabase db = SharedDatabase.open(target, "KillData")) {
      Migrations.using(db.dataSource()).withMigrations(List.of(new LongMigrations.CreateItems())).upgradeToHead();
      long sum = db.number("SELECT SUM(qty) FROM item");

      killMidway(db, "long-data");

      // nothing of the killed migration is left: not a row changed, no row in the version table
      assertThat(db.number("SELECT SUM(qty) FROM item")).isEqualTo(sum);
      assertThat(db.versionRows()).containsExactly("l1:ok");
      assertLockFreeSoon(db);

      UpgradeResult next = Migrations.using(db.dataSource()).withMigrations(LongMigrations.data()).upgradeToHead();
      assertThat(next.appliedIds()).containsExactly("l2");
      assertThat(db.number("SELECT SUM(qty) FROM item")).isEqualTo(sum + 1000L * LongMigrations.ROWS);
      assertThat(db.versionRows()).containsExactly("l1:ok", "l2:ok");
    }
  }

  @ParameterizedTest(name = "{0}")
  @RunsOn({Target.H2_SERVER, Target.SQLITE, Target.POSTGRESQL, Target.MARIADB, Target.SQLSERVER})
  void aKilledSchemaMigrationIsRolledBackOrMarkedAndTheNextStartCompletesIt(Target target) throws Exception {
    try (SharedDatabase db = SharedDatabase.open(target, "KillSchema")) {
      List<Migration> migrations = LongMigrations.schema();
      Migrations.using(db.dataSource()).withMigrations(migrations.subList(0, 1)).upgradeToHead();
      List<String> schemaBefore = db.schema();

      killMidway(db, "long-schema");
      assertLockFreeSoon(db);

      if (target.transactionalDdl()) {
        // no partial state: the schema and the version table are as before the migration
        assertThat(db.schema()).isEqualTo(schemaBefore);
        assertThat(db.versionRows()).containsExactly("l1:ok");
      } else {
        // the column committed at once, and so did the mark written just before it
        assertThat(db.schema()).isNotEqualTo(schemaBefore);
        assertThat(db.versionRows()).containsExactly("l1:ok", "l2:unfinished");
        String delete = "DELETE FROM " + db.dialect().quoteTable("retort_version") + " WHERE " + db.q("revision")
            + " = 'l2'";
        assertThatThrownBy(() -> Migrations.using(db.dataSource()).withMigrations(migrations).upgradeToHead())
            .isInstanceOfSatisfying(IncompleteMigrationException.class, e -> {
              assertThat(e.revision()).isEqualTo("l2");
              assertThat(e.interrupted()).isTrue();
            })
            .hasMessageContaining("Revision l2 started at ")
            .hasMessageContaining("and never finished: the process that ran it stopped")
            .hasMessageContaining("Nothing was changed")
            .hasMessageContaining("then delete its row (" + delete + ") and start again");
        assertThat(db.versionRows()).containsExactly("l1:ok", "l2:unfinished");
        // what the message says: undo what ran, delete the row
        db.execute("ALTER TABLE item DROP COLUMN total", delete);
        assertThat(db.schema()).isEqualTo(schemaBefore);
      }

      UpgradeResult next = Migrations.using(db.dataSource()).withMigrations(migrations).upgradeToHead();
      assertThat(next.appliedIds()).containsExactly("l2");
      assertThat(db.number("SELECT COUNT(*) FROM item WHERE total = qty * 2")).isEqualTo(LongMigrations.ROWS);
      assertThat(db.versionRows()).containsExactly("l1:ok", "l2:ok");
    }
  }

  /** Starts a child that runs the long migration, and kills it with SIGKILL once it is under way. */
  private static void killMidway(SharedDatabase db, String mode) throws Exception {
    try (ChildProcess child = ChildProcess.start("killed", db.url(), mode)) {
      child.awaitLine(LongMigrations.UNDER_WAY, Duration.ofSeconds(60));
      assertThat(child.alive()).as("still migrating when killed:\n" + child.output()).isTrue();
      int exit = child.kill();
      assertThat(exit).as("killed by SIGKILL").isEqualTo(137);
      assertThat(child.output()).doesNotContain(MigratingProcess.RESULT);
    }
  }

  /**
   * The lock the killed process held is released without anyone's help: taking it succeeds
   * within a few seconds (the database notices the dead client when its current statement ends).
   */
  static void assertLockFreeSoon(SharedDatabase db) throws Exception {
    long start = System.nanoTime();
    try (Connection c = db.connect();
        MigrationLock lock = MigrationLocks.acquire(db.dataSource(), c, "retort_version", LOCK_FREE_WITHIN)) {
      assertThat(lock.describe()).isNotBlank();
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(LOCK_FREE_WITHIN);
  }
}
