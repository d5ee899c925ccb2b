package dev.retort.lock;

import dev.retort.RetortException;
import java.time.Duration;

/** The end of a bounded wait for the migration lock, or none for a wait as long as it takes. */
final class Deadline {
  private final Duration wait;
  private final long end;

  /** Longer than this is as long as it takes (and would overflow the nanosecond clock). */
  private static final Duration FOREVER = Duration.ofDays(365L * 100);

  private Deadline(Duration wait) {
    this.wait = wait == null || wait.compareTo(FOREVER) > 0 ? null : wait;
    this.end = this.wait == null ? Long.MAX_VALUE : System.nanoTime() + this.wait.toNanos();
  }

  /** @param wait how long to wait at most, or null to wait as long as it takes */
  static Deadline after(Duration wait) {
    return new Deadline(wait);
  }

  boolean bounded() {
    return wait != null;
  }

  boolean passed() {
    return wait != null && System.nanoTime() - end >= 0;
  }

  /** What is left, capped at {@code max}; {@code max} when unbounded. */
  Duration remaining(Duration max) {
    if (wait == null) {
      return max;
    }
    long left = Math.max(0, end - System.nanoTime());
    return Duration.ofNanos(Math.min(left, max.toNanos()));
  }

  /** Sleeps a little (at most 100 ms, never past the deadline) between two tries of a lock. */
  void pause() {
    long millis = Math.max(1, remaining(Duration.ofMillis(100)).toMillis());
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw interrupted(e);
    }
  }

  static RetortException interrupted(InterruptedException e) {
    return new RetortException("Interrupted while waiting for the migration lock; nothing was changed.", e);
  }
}
