package dev.retort.lock;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * The migration lock of a SQLite database file: an operating-system lock ({@code fcntl} on Unix,
 * {@code LockFileEx} on Windows, the kind SQLite itself uses) on a file beside the database,
 * {@code <database>.<version table>.lock}. The operating system releases it when the process
 * ends, however it ends, so a killed process never leaves it behind; the file itself stays, empty,
 * and means nothing while nobody holds its lock.
 *
 * <p>A SQLite database has one writer at a time, so the lock cannot be a lock inside the database
 * held on a second connection: it would keep the migration's own connection from writing. The
 * holder writes who it is into the file (its process id, host and since when), which a waiter
 * that gives up shows in its message; the locked region lies far beyond that text, so the text
 * stays readable where locks are mandatory. Threads of one process wait on a {@link JvmLock}
 * first, since a process cannot take the same file lock twice.
 */
final class FileLock implements MigrationLock {
  /** The locked byte: far past the holder's text, as SQLite keeps its own lock bytes apart from the data. */
  private static final long REGION = 1L << 30;

  private final MigrationLock inProcess;
  private final FileChannel channel;
  private final java.nio.channels.FileLock lock;
  private final Path file;

  private FileLock(MigrationLock inProcess, FileChannel channel, java.nio.channels.FileLock lock, Path file) {
    this.inProcess = inProcess;
    this.channel = channel;
    this.lock = lock;
    this.file = file;
  }

  /** The lock file of a version table in the database file {@code database}. */
  static Path lockFile(Path database, String versionTable) {
    String safe = versionTable.replaceAll("[^A-Za-z0-9._-]", "_");
    return database.resolveSibling(database.getFileName() + "." + safe + ".lock");
  }

  /** @param wait how long to wait at most, or null to wait as long as it takes */
  static MigrationLock acquire(Path database, String versionTable, Duration wait) throws SQLException {
    Path file = lockFile(database.toAbsolutePath().normalize(), versionTable);
    String description = "lock file " + file;
    Deadline deadline = Deadline.after(wait);
    MigrationLock inProcess = JvmLock.acquire("file|" + file, wait, description);
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      java.nio.channels.FileLock lock = tryLock(channel);
      if (lock == null) {
        MigrationLocks.LOG.info("Waiting for the migration lock ({}), which another process holds ({})",
            description, holder(channel));
        while ((lock = tryLock(channel)) == null) {
          if (deadline.passed()) {
            throw new LockTimeoutException(description, wait, holder(channel));
          }
          deadline.pause();
        }
      }
      writeHolder(channel);
      return new FileLock(inProcess, channel, lock, file);
    } catch (IOException e) {
      close(channel, inProcess);
      throw new SQLException("Could not take the migration lock on " + file + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      close(channel, inProcess);
      throw e;
    }
  }

  private static java.nio.channels.FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock(REGION, 1, false);
    } catch (OverlappingFileLockException e) {
      return null; // this process holds it already, on another channel
    }
  }

  private static void writeHolder(FileChannel channel) throws IOException {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      host = "this host";
    }
    String text = "process " + ProcessHandle.current().pid() + " on " + host + ", since " + Instant.now() + "\n";
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
    channel.force(false);
  }

  /** What the holder wrote into the file, or null. */
  private static String holder(FileChannel channel) {
    try {
      ByteBuffer buffer = ByteBuffer.allocate(512);
      int read = channel.read(buffer, 0);
      String text = read <= 0 ? "" : new String(buffer.array(), 0, read, StandardCharsets.UTF_8).strip();
      return text.isEmpty() ? null : text;
    } catch (IOException e) {
      return null;
    }
  }

  private static void close(FileChannel channel, MigrationLock inProcess) {
    try {
      if (channel != null) {
        channel.close();
      }
    } catch (IOException ignored) {
      // closing releases the lock; nothing else to do
    } finally {
      try {
        inProcess.close();
      } catch (SQLException ignored) {
        // a JVM lock does not throw
      }
    }
  }

  @Override
  public String describe() {
    return "lock file " + file;
  }

  @Override
  public void close() throws SQLException {
    try {
      channel.truncate(0);
      lock.release();
    } catch (IOException e) {
      MigrationLocks.LOG.warn("Could not release the {} cleanly ({}); closing the file releases it", describe(),
          e.getMessage());
    } finally {
      close(channel, inProcess);
    }
  }
}
