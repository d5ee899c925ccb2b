package dev.retort.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Migrations;
import dev.retort.Migrator;
import dev.retort.UpgradeResult;
import dev.retort.lock.MigrationLock;
import dev.retort.lock.MigrationLocks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Many instances of an application start at the same moment on an empty database and each calls
 * upgradeToHead with the same 24 migrations: 16 threads of one JVM, and separately 4 JVM
 * processes. Each migration is applied exactly once (once in the version table, once in the
 * ledger each migration writes, by the caller whose result lists it), every caller returns
 * success at the head, and the lock is free afterwards. On every database, and on H2 in each way
 * several sessions share one database.
 */
class ManyInstancesTest {
  private static final int THREADS = 16;
  private static final int PROCESSES = 4;
  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  /** One caller's view: what it applied, where it says the database is. */
  record Outcome(String caller, List<String> applied, String head, List<String> current) {}

  @ParameterizedTest(name = "{0}")
  @RunsOn
  void sixteenThreadsApplyEachMigrationExactlyOnce(Target target) throws Exception {
    try (SharedDatabase db = SharedDatabase.open(target, "ManyThreads")) {
      CountDownLatch ready = new CountDownLatch(THREADS);
      CountDownLatch go = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> new Thread(r, "instance-" + r.hashCode()));
      List<Outcome> outcomes = new ArrayList<>();
      try {
        List<Future<Outcome>> futures = new ArrayList<>();
        for (int i = 1; i <= THREADS; i++) {
          String name = "instance-" + i;
          futures.add(pool.submit(() -> {
            Thread.currentThread().setName(name);
            Migrator migrator = Migrations.using(db.dataSource()).withMigrations(ManyMigrations.all());
            ready.countDown();
            go.await();
            UpgradeResult result = migrator.upgradeToHead();
            return new Outcome(name, result.appliedIds(), result.head(), List.copyOf(migrator.current()));
          }));
        }
        assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        for (Future<Outcome> future : futures) {
          outcomes.add(future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        }
      } finally {
        pool.shutdownNow();
      }
      assertExactlyOnce(db, outcomes);
    }
  }

  @ParameterizedTest(name = "{0}")
  @RunsOn(except = Target.H2_MEMORY)
  void fourProcessesApplyEachMigrationExactlyOnce(Target target, @TempDir Path dir) throws Exception {
    try (SharedDatabase db = SharedDatabase.open(target, "ManyProcesses")) {
      Path go = dir.resolve("go");
      List<ChildProcess> children = new ArrayList<>();
      try {
        for (int i = 1; i <= PROCESSES; i++) {
          children.add(ChildProcess.start("process-" + i, db.url(), "many", go.toString()));
        }
        ChildProcess.releaseTogether(children, go, Duration.ofSeconds(60));
        List<Outcome> outcomes = new ArrayList<>();
        for (ChildProcess child : children) {
          String result = child.awaitLine(MigratingProcess.RESULT, TIMEOUT);
          assertThat(child.waitFor(TIMEOUT)).as(child.name() + ":\n" + child.output()).isZero();
          outcomes.add(parse(child.name(), result));
        }
        assertExactlyOnce(db, outcomes);
      } finally {
        for (ChildProcess child : children) {
          child.close();
        }
        Files.deleteIfExists(go);
      }
    }
  }

  /** {@code RESULT ok applied=r01,r02 head=r24 current=r24}. */
  private static Outcome parse(String caller, String line) {
    assertThat(line).as(caller).startsWith(MigratingProcess.RESULT + "ok ");
    Map<String, String> fields = new HashMap<>();
    for (String field : line.substring((MigratingProcess.RESULT + "ok ").length()).split(" ")) {
      int eq = field.indexOf('=');
      fields.put(field.substring(0, eq), field.substring(eq + 1));
    }
    String applied = fields.get("applied");
    return new Outcome(caller, applied.isEmpty() ? List.of() : List.of(applied.split(",")), fields.get("head"),
        List.of(fields.get("current").split(",")));
  }

  static void assertExactlyOnce(SharedDatabase db, List<Outcome> outcomes) throws Exception {
    List<String> all = IntStream.rangeClosed(1, ManyMigrations.COUNT).mapToObj(n -> String.format("r%02d", n)).toList();
    // every caller succeeded and sees the head
    assertThat(outcomes).allSatisfy(o -> {
      assertThat(o.head()).as(o.caller()).isEqualTo(ManyMigrations.HEAD);
      assertThat(o.current()).as(o.caller()).containsExactly(ManyMigrations.HEAD);
    });
    // between them they applied each migration once
    assertThat(outcomes.stream().flatMap(o -> o.applied().stream()).sorted().toList()).isEqualTo(all);
    // the version table records each once, applied to the end
    assertThat(db.versionRows()).isEqualTo(all.stream().map(id -> id + ":ok").toList());
    // each migration's own work ran once, by the caller that reports it
    Map<String, String> appliedBy = new HashMap<>();
    for (String row : db.rows("SELECT revision, applied_by FROM ledger ORDER BY revision")) {
      String[] parts = row.split("\\|");
      assertThat(appliedBy.put(parts[0], parts[1])).as("ledger row of " + parts[0]).isNull();
    }
    assertThat(appliedBy.keySet()).containsExactlyInAnyOrderElementsOf(all);
    for (Outcome o : outcomes) {
      for (String id : o.applied()) {
        assertThat(List.of(appliedBy.get(id).split(" / "))).as("who applied " + id).contains(o.caller());
      }
    }
    assertThat(db.tables()).contains("T01", "T12", "T24", "LEDGER");
    assertLockFree(db);
  }

  /** The lock is free: taking it without waiting succeeds. */
  static void assertLockFree(SharedDatabase db) throws Exception {
    try (Connection c = db.connect();
        MigrationLock lock = MigrationLocks.acquire(db.dataSource(), c, "retort_version", Duration.ZERO)) {
      assertThat(lock.describe()).isNotBlank();
    }
  }
}
