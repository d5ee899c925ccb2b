package dev.retort;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports how far a long data migration has got, through the log ({@code dev.retort}, INFO): rows
 * done, the rate, and with a known total the share done and the time left. At most one line per
 * interval (ten seconds unless {@link #every} says otherwise), so a loop may call {@link #add} for
 * every batch; {@link #finish} writes the total.
 *
 * <pre>{@code
 * op.jdbc("backfill member status", connection -> {
 *   Progress progress = Progress.of("backfill member status", count(connection, "member"));
 *   int updated;
 *   do {
 *     updated = connection.createStatement().executeUpdate(
 *         "UPDATE member SET status = 'ACTIVE' WHERE id IN (SELECT id FROM member WHERE status IS NULL FETCH FIRST 10000 ROWS ONLY)");
 *     progress.add(updated);
 *   } while (updated > 0);
 *   progress.finish();
 * });
 * }</pre>
 *
 * <p>which logs, for example, {@code backfill member status: 1,200,000 of 5,000,000 rows (24%),
 * 40,000 rows/s, about 1 min 35 s left}. Not thread-safe: one per loop.
 */
public final class Progress {
  private static final Logger LOG = LoggerFactory.getLogger("dev.retort");
  private static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);

  private final String task;
  private final long total;
  private final LongSupplier nanoTime;
  private final Consumer<String> log;
  private final long start;
  private long interval;
  private long lastReport;
  private long done;

  Progress(String task, long total, LongSupplier nanoTime, Consumer<String> log) {
    this.task = Objects.requireNonNull(task, "task");
    this.total = total;
    this.nanoTime = nanoTime;
    this.log = log;
    this.start = nanoTime.getAsLong();
    this.lastReport = start;
    this.interval = DEFAULT_INTERVAL.toNanos();
  }

  /** Progress of a task whose number of rows is not known in advance. */
  public static Progress of(String task) {
    return of(task, -1);
  }

  /** Progress of a task over {@code totalRows} rows (negative: not known). */
  public static Progress of(String task, long totalRows) {
    return new Progress(task, totalRows, System::nanoTime, LOG::info);
  }

  /** Reports at most once per {@code interval} instead of every ten seconds. */
  public Progress every(Duration interval) {
    if (interval.isNegative()) {
      throw new IllegalArgumentException("the interval must not be negative: " + interval);
    }
    this.interval = interval.toNanos();
    return this;
  }

  /** Counts rows done, and reports when the interval since the last report is over. */
  public void add(long rows) {
    done += rows;
    long now = nanoTime.getAsLong();
    if (now - lastReport >= interval) {
      lastReport = now;
      log.accept(line(now));
    }
  }

  /** The rows done so far. */
  public long done() {
    return done;
  }

  /** Reports the total: {@code task: 5,000,000 rows in 2 min 5 s (40,000 rows/s)}. */
  public void finish() {
    long elapsed = nanoTime.getAsLong() - start;
    log.accept(task + ": " + count(done) + " rows in " + duration(elapsed) + " (" + count(rate(elapsed)) + " rows/s)");
  }

  private String line(long now) {
    long elapsed = now - start;
    long rate = rate(elapsed);
    StringBuilder s = new StringBuilder(task).append(": ").append(count(done));
    if (total >= 0) {
      s.append(" of ").append(count(total)).append(" rows (")
          .append(total == 0 ? 100 : Math.min(100, done * 100 / total)).append("%)");
    } else {
      s.append(" rows");
    }
    s.append(", ").append(count(rate)).append(" rows/s");
    if (total >= 0 && rate > 0 && done < total) {
      s.append(", about ").append(duration((total - done) * 1_000_000_000L / rate)).append(" left");
    }
    return s.toString();
  }

  private long rate(long elapsedNanos) {
    return elapsedNanos <= 0 ? 0 : Math.round(done * 1e9 / elapsedNanos);
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** {@code 850 ms}, {@code 12 s}, {@code 1 min 35 s}, {@code 2 h 5 min}. */
  static String duration(long nanos) {
    long millis = nanos / 1_000_000;
    if (millis < 1000) {
      return millis + " ms";
    }
    long seconds = millis / 1000;
    if (seconds < 60) {
      return seconds + " s";
    }
    if (seconds < 3600) {
      return seconds / 60 + " min " + seconds % 60 + " s";
    }
    return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
  }
}
