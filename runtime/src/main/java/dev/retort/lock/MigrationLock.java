package dev.retort.lock;

import java.sql.SQLException;

/** A held migration lock; {@link #close()} gives it back. */
public interface MigrationLock extends AutoCloseable {

  /** What the lock is, for logs: {@code "PostgreSQL advisory lock 5245544f0001e240"}. */
  String describe();

  /** Gives the lock back, on the connection that took it. */
  @Override
  void close() throws SQLException;
}
