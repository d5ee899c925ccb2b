package dev.retort.engine;

import dev.retort.RetortException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * The migrations of an upgrade, prepared in order on a thread of their own while the executor
 * runs the ones before: loading a migration's class, recording, checksumming and rendering it
 * takes a fraction of the time its statements take on the database, so after the first one the
 * executor never waits, and an upgrade from an empty database starts its first statement before
 * the thousandth class is loaded.
 *
 * <p>The price: a migration that cannot be prepared (its {@code upgrade()} throws, the dialect
 * cannot render one of its operations, its class is missing) is found when its turn comes, after
 * the migrations before it were applied and committed, each in its own transaction. The executor
 * then stops before anything of it runs and says so ({@link #next()}). The first migration is
 * always prepared before anything is changed ({@link #first()}), and {@code upgrade --sql}
 * renders every migration without a connection, for those who want to know before a deploy.
 */
final class PreparedAhead implements Iterator<PreparedMigration>, AutoCloseable {
  /** What the preparing thread hands over: a prepared migration, or why the next one is not. */
  private record Item(PreparedMigration migration, Throwable failure) {}

  private final List<String> ids;
  private final BlockingQueue<Item> ready = new LinkedBlockingQueue<>();
  private final Thread thread;
  /** Set when the command is done: the thread stops before the next migration (not
   * interrupted: class loading need not survive an interrupt). */
  private volatile boolean stopped;
  private int taken;
  private Item peeked;

  private PreparedAhead(List<String> ids, Function<String, PreparedMigration> prepare) {
    this.ids = List.copyOf(ids);
    this.thread = new Thread(() -> {
      for (String id : this.ids) {
        if (stopped) {
          return;
        }
        try {
          ready.add(new Item(prepare.apply(id), null));
        } catch (RuntimeException | Error e) {
          ready.add(new Item(null, e));
          return;
        }
      }
    }, "retort-prepare");
    thread.setDaemon(true);
  }

  /** Starts preparing the migrations of these revisions, in this order, with {@code prepare}. */
  static PreparedAhead start(List<String> ids, Function<String, PreparedMigration> prepare) {
    PreparedAhead ahead = new PreparedAhead(ids, prepare);
    ahead.thread.start();
    return ahead;
  }

  /**
   * Waits for the first migration to be prepared, so that one that cannot be stops the upgrade
   * before anything is changed (the version table is not even created).
   *
   * @throws RuntimeException what preparing it threw
   */
  void first() {
    if (taken == 0 && peeked == null && !ids.isEmpty()) {
      peeked = take();
    }
    if (peeked != null && peeked.failure() != null) {
      throw rethrow(peeked.failure());
    }
  }

  @Override
  public boolean hasNext() {
    return taken < ids.size();
  }

  /**
   * The next migration, once prepared.
   *
   * @throws RuntimeException what preparing it threw; the migrations taken before it ran
   */
  @Override
  public PreparedMigration next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Item item = peeked != null ? peeked : take();
    peeked = null;
    if (item.failure() != null) {
      throw rethrow(item.failure());
    }
    taken++;
    return item.migration();
  }

  /** The id of the migration {@link #next()} gives. */
  String nextId() {
    return ids.get(taken);
  }

  private Item take() {
    try {
      return ready.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RetortException("Interrupted while waiting for revision " + nextId()
          + " to be prepared; it did not run.", e);
    }
  }

  private static RuntimeException rethrow(Throwable failure) {
    if (failure instanceof Error error) {
      throw error;
    }
    return (RuntimeException) failure;
  }

  /** Stops preparing and waits for the thread, so nothing still reads the migrations when the command returns. */
  @Override
  public void close() {
    stopped = true;
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
