package dev.retort.engine;

import dev.retort.RetortException;
import dev.retort.UpgradeResult;
import dev.retort.dialect.AnsiDialect;
import dev.retort.dialect.Capabilities;
import dev.retort.dialect.Dialects;
import dev.retort.dialect.IdentifierCase;
import dev.retort.dialect.QualifiedName;
import dev.retort.history.VersionTable;
import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * What a start needs besides the database, done on a second thread while the first one connects:
 * reading the migration list (and, for a list that does not give the head's id, loading the head's
 * class), and setting up SLF4J. Connecting takes
 * the longest part of an up-to-date start (the driver's classes, the handshake), and the two run
 * side by side on any machine with two cores, so an application's start waits for the slower of
 * them instead of both. Nothing here touches the database.
 */
final class Ahead implements Runnable {
  private final MigrationSource source;
  private final Thread thread;
  // written by the second thread before it ends, read by the first after join(), which orders them
  private Optional<MigrationSource.HeadSummary> summary;
  private Throwable failure;

  private Ahead(MigrationSource source) {
    this.source = source;
    // itself the Runnable, and no FutureTask: the first lambda of a JVM bootstraps the lambda
    // machinery (some milliseconds of class loading), which here would delay connecting
    this.thread = new Thread(this, "retort-start");
  }

  static Ahead start(MigrationSource source) {
    Ahead ahead = new Ahead(source);
    ahead.thread.setDaemon(true);
    ahead.thread.start();
    return ahead;
  }

  @Override
  public void run() {
    try {
      LoggerFactory.getLogger("dev.retort");
      summary = source.summary();
      warmUp();
    } catch (Throwable e) {
      failure = e; // thrown on the first thread, by summary()
    }
  }

  /**
   * Starts loading every migration on a second thread, for a command that is about to need them
   * and has a lock to take and a table to read first. Only for the migration lists and indexes of
   * the class path, whose {@code catalog()} is synchronized: the command's own call waits for this
   * one, or, when it failed, loads again and reports the error itself.
   */
  static void preloadCatalog(MigrationSource source) {
    if (!(source instanceof IndexedMigrations indexed)) {
      return;
    }
    Thread thread = new Thread(() -> {
      try {
        indexed.loadAhead();
      } catch (RuntimeException | LinkageError e) {
        // reported by the command's own call
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "retort-load");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Loads and initialises the classes the check needs once connected, here instead, side by side
   * with connecting. Resolving a class literal only loads a class; initialising it also verifies
   * and links it, which the main thread would otherwise do after connecting. No reflection by
   * name, so nothing for a native image to know about.
   */
  private static void warmUp() {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    for (Class<?> type : List.of(Dialects.class, AnsiDialect.class, Capabilities.class, IdentifierCase.class,
        QualifiedName.class, VersionTable.class, VersionTable.HeadCheck.class, Session.class, UpgradeResult.class)) {
      try {
        lookup.ensureInitialized(type);
      } catch (IllegalAccessException e) {
        // only a warm-up: the main thread loads the class itself when it needs it
      }
    }
  }

  /** The code's head, as {@link MigrationSource#summary()} gives it; its errors are thrown here. */
  Optional<MigrationSource.HeadSummary> summary() {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RetortException("Interrupted while reading the migrations. Nothing was changed.", e);
    }
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    if (failure != null) {
      throw new RetortException("Reading the migrations failed: " + failure, failure);
    }
    return summary;
  }

  /**
   * Waits until the second thread has ended, whatever happened on the first: the source is never
   * still being read when the command returns (a later command reads it too).
   */
  void settle() {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // an error of the second thread is reported by summary() when it was asked; not asked means
    // the connection failed first, and that is the error the command reports
  }
}
