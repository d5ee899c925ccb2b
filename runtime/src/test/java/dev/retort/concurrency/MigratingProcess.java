package dev.retort.concurrency;

import dev.retort.Migration;
import dev.retort.Migrations;
import dev.retort.UpgradeResult;
import dev.retort.lock.MigrationLock;
import dev.retort.lock.MigrationLocks;
import dev.retort.testing.UrlDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;

/**
 * The main class of the child processes of this package's tests: one instance of an application
 * that migrates its database at start-up. The database's URL comes from the environment
 * ({@value ChildProcess#URL_VARIABLE}). Modes:
 *
 * <ul>
 *   <li>{@code many <go file>}: says {@value #READY}, waits for the go file, runs upgradeToHead
 *       with {@link ManyMigrations}, and says {@code RESULT ok applied=<ids> head=<id> current=<ids>}
 *       or {@code RESULT failed <exception>};
 *   <li>{@code long-data}, {@code long-schema}: runs upgradeToHead with {@link LongMigrations},
 *       which says when it is under way (the test kills it then);
 *   <li>{@code hold-lock}: takes the migration lock, says {@value #LOCKED} and waits to be killed;
 *   <li>{@code leaks <password>}: every path of {@link CredentialsTest}, printing every message.
 * </ul>
 *
 * Every mode ends by itself after a minute at most, should its test be gone.
 */
public final class MigratingProcess {
  static final String READY = "READY";
  static final String LOCKED = "LOCKED";
  static final String RESULT = "RESULT ";

  private MigratingProcess() {}

  public static void main(String[] args) throws Exception {
    Thread watchdog = new Thread(() -> {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        return;
      }
      System.out.println("GAVE UP after a minute");
      System.exit(3);
    });
    watchdog.setDaemon(true);
    watchdog.start();
    DataSource dataSource = new UrlDataSource(System.getenv(ChildProcess.URL_VARIABLE));
    switch (args[0]) {
      case "many" -> many(dataSource, Path.of(args[1]));
      case "long-data" -> upgrade(dataSource, LongMigrations.data());
      case "long-schema" -> upgrade(dataSource, LongMigrations.schema());
      case "hold-lock" -> holdLock(dataSource);
      case "leaks" -> CredentialsTest.leaks(System.getenv(ChildProcess.URL_VARIABLE), args[1]);
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  private static void many(DataSource dataSource, Path go) throws Exception {
    // load what the start-up needs (drivers, Retort's classes) before the race
    try (Connection c = dataSource.getConnection()) {
      c.getMetaData().getDatabaseProductName();
    }
    List<Migration> migrations = ManyMigrations.all();
    System.out.println(READY);
    System.out.flush();
    while (!Files.exists(go)) {
      Thread.sleep(2);
    }
    try {
      UpgradeResult result = Migrations.using(dataSource).withMigrations(migrations).upgradeToHead();
      String current = String.join(",", Migrations.using(dataSource).withMigrations(migrations).current());
      System.out.println(RESULT + "ok applied=" + String.join(",", result.appliedIds()) + " head=" + result.head()
          + " current=" + current);
    } catch (RuntimeException e) {
      System.out.println(RESULT + "failed " + e);
      e.printStackTrace(System.out);
      System.exit(1);
    }
  }

  private static void upgrade(DataSource dataSource, List<Migration> migrations) {
    UpgradeResult result = Migrations.using(dataSource).withMigrations(migrations).upgradeToHead();
    System.out.println(RESULT + "ok applied=" + String.join(",", result.appliedIds()));
  }

  private static void holdLock(DataSource dataSource) throws Exception {
    try (Connection c = dataSource.getConnection();
        MigrationLock lock = MigrationLocks.acquire(dataSource, c, "retort_version", null)) {
      System.out.println(LOCKED + " " + lock.describe());
      System.out.flush();
      Thread.sleep(60_000);
    }
  }
}
