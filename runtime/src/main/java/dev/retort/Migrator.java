package dev.retort;

import dev.retort.dialect.Dialect;
import dev.retort.drift.Drift;
import dev.retort.engine.Engine;
import dev.retort.engine.MigrationSource;
import dev.retort.engine.TableLockPolicy;
import dev.retort.history.VersionTable;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import javax.sql.DataSource;

/**
 * Migrations against one data source, with options. Immutable: each {@code with...} method
 * returns a changed copy, so a configured migrator can be kept and shared.
 *
 * <pre>{@code
 * Migrator migrator = Migrations.using(dataSource).withVersionTable("schema_history");
 * UpgradeResult result = migrator.upgradeToHead();
 * Set<String> at = migrator.current();
 * }</pre>
 *
 * <p>Each command takes one connection from the data source for its whole length and gives it
 * back with its auto-commit setting restored. The commands that change the database (upgrade,
 * downgrade, stamp) hold the migration lock while they run (see {@link dev.retort.lock}), so
 * instances of an application starting together apply each migration once.
 *
 * <p>Targets are written as in Alembic: {@code head}, {@code heads}, {@code base}, a revision id
 * or a unique prefix of one, {@code +N} and {@code -N} relative to the current revision. A
 * target that names no revision, or more than one, is an error that lists the candidates.
 */
public final class Migrator {
  private final DataSource dataSource;
  private final String versionTable;
  private final List<Migration> migrations;
  private final ClassLoader classLoader;
  private final Dialect dialect;
  private final Duration lockWait;
  private final TableLockPolicy tableLocks;

  private Migrator(DataSource dataSource, String versionTable, List<Migration> migrations,
      ClassLoader classLoader, Dialect dialect, Duration lockWait) {
    this(dataSource, versionTable, migrations, classLoader, dialect, lockWait, TableLockPolicy.DEFAULT);
  }

  private Migrator(DataSource dataSource, String versionTable, List<Migration> migrations,
      ClassLoader classLoader, Dialect dialect, Duration lockWait, TableLockPolicy tableLocks) {
    this.dataSource = dataSource;
    this.versionTable = versionTable;
    this.migrations = migrations;
    this.classLoader = classLoader;
    this.dialect = dialect;
    this.lockWait = lockWait;
    this.tableLocks = tableLocks;
  }

  /** How long a changing command waits for the migration lock unless told otherwise. */
  public static final Duration DEFAULT_LOCK_WAIT = Duration.ofMinutes(10);

  static Migrator of(DataSource dataSource) {
    return new Migrator(Objects.requireNonNull(dataSource, "dataSource"), VersionTable.DEFAULT_NAME, null, null, null,
        DEFAULT_LOCK_WAIT);
  }

  static Migrator offline(Dialect dialect) {
    return new Migrator(null, VersionTable.DEFAULT_NAME, null, null, Objects.requireNonNull(dialect, "dialect"), null);
  }

  /**
   * The version table's name, {@value VersionTable#DEFAULT_NAME} by default; may be qualified
   * with an existing schema ({@code "audit.retort_version"}).
   */
  public Migrator withVersionTable(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("the version table name must not be blank");
    }
    return new Migrator(dataSource, name, migrations, classLoader, dialect, lockWait, tableLocks);
  }

  /** Uses exactly these migrations instead of those the generated {@link MigrationIndex} lists. */
  public Migrator withMigrations(List<? extends Migration> migrations) {
    return new Migrator(dataSource, versionTable, List.copyOf(migrations), classLoader, dialect, lockWait, tableLocks);
  }

  /**
   * Finds the {@link MigrationIndex} through this class loader; by default the thread's context
   * class loader, or Retort's own when there is none.
   */
  public Migrator withClassLoader(ClassLoader classLoader) {
    return new Migrator(dataSource, versionTable, migrations, Objects.requireNonNull(classLoader), dialect, lockWait,
        tableLocks);
  }

  /** Uses this dialect instead of detecting one from the connection. */
  public Migrator withDialect(Dialect dialect) {
    return new Migrator(dataSource, versionTable, migrations, classLoader, Objects.requireNonNull(dialect), lockWait,
        tableLocks);
  }

  /**
   * Bounds how long a changing command (upgrade, downgrade, stamp) waits for the migration lock
   * while another session holds it, {@link #DEFAULT_LOCK_WAIT 10 minutes} by default: long enough
   * for another instance's long migration, short enough that a start stuck behind something else
   * shows. After the wait it fails with a {@link dev.retort.lock.LockTimeoutException} that says
   * who holds the lock, and changes nothing. A lock whose holder died is released by the database
   * (see {@link dev.retort.lock}), so no wait is ever for a lock nobody holds.
   */
  public Migrator withLockWait(Duration wait) {
    Objects.requireNonNull(wait, "wait");
    if (wait.isNegative()) {
      throw new IllegalArgumentException("the lock wait must not be negative: " + wait);
    }
    return new Migrator(dataSource, versionTable, migrations, classLoader, dialect, wait, tableLocks);
  }

  /**
   * Bounds how long each statement of a migration waits for the table and row locks it needs,
   * 5 seconds by default: PostgreSQL's {@code lock_timeout}, MySQL's and MariaDB's {@code
   * lock_wait_timeout} and {@code innodb_lock_wait_timeout} (whole seconds), H2's {@code
   * LOCK_TIMEOUT}, SQLite's {@code busy_timeout}, SQL Server's {@code LOCK_TIMEOUT}, set on the
   * migration's connection while migrations run and put back afterwards. A migration queued
   * behind a long transaction then gives up quickly instead of blocking, as long as it waits,
   * every query queued behind its own lock request; it is tried again as {@link
   * #withTableLockRetries} says, and fails with a {@link dev.retort.engine.TableLockTimeoutException}
   * that says how to find the transaction in the way. {@link Duration#ZERO} leaves the
   * database's own setting (on MySQL and MariaDB, a day by default).
   */
  public Migrator withTableLockTimeout(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("the table lock timeout must not be negative: " + timeout);
    }
    return new Migrator(dataSource, versionTable, migrations, classLoader, dialect, lockWait,
        tableLocks.withTimeout(timeout));
  }

  /**
   * How many more times a migration that failed only because a statement waited longer than the
   * table lock timeout is tried, and the pause before each try (3 times, 5 seconds apart, by
   * default). Only a migration of which nothing stayed applied is tried again: on a database
   * with transactional DDL always, on MySQL and MariaDB when its first DDL statement is the one
   * that waited. 0 fails at once.
   */
  public Migrator withTableLockRetries(int retries, Duration pause) {
    Objects.requireNonNull(pause, "pause");
    if (retries < 0 || pause.isNegative()) {
      throw new IllegalArgumentException("the retries and their pause must not be negative: " + retries + ", " + pause);
    }
    return new Migrator(dataSource, versionTable, migrations, classLoader, dialect, lockWait,
        tableLocks.withRetries(retries, pause));
  }

  /**
   * Applies every pending migration, in dependency order, each in its own transaction with its
   * version-table row, and returns what it did; does nothing when the database is at head.
   *
   * <p>On an up-to-date database it costs one query of the version table, whatever the number of
   * migrations, and takes no lock: it compares one row the database computes with the code's
   * head, which the generated index gives without loading the migration classes. Otherwise it
   * takes the migration lock and, before changing
   * anything, it refuses a database it cannot safely continue: one at a revision the code does
   * not know, one whose applied migrations changed since (checksums), one a failed migration
   * left half-applied, and code with two heads.
   *
   * @throws RetortException saying what is wrong, what was left unchanged and what to do
   */
  public UpgradeResult upgradeToHead() {
    return engine().upgradeToHead();
  }

  /**
   * Applies what a target needs: {@code head}, {@code heads} (every head of unmerged branches), a
   * revision id or a unique prefix of one, or {@code +N} (N revisions above the current one).
   * Branches and merges are applied in dependency order, each revision after its parents.
   *
   * @throws dev.retort.graph.RevisionGraphException when the target names no revision, or more
   *     than one
   */
  public UpgradeResult upgrade(String target) {
    return engine().upgrade(target);
  }

  /**
   * Undoes revisions until the database holds exactly the target and its ancestors: {@code base}
   * (nothing), a revision id or a unique prefix of one, or {@code -N} (N revisions below the
   * current one). Children are undone before their parents, each in its own transaction with the
   * removal of its row. Every migration to undo is prepared first, so one that cannot be undone
   * (raw SQL without its undo, a JDBC callback, and no {@code downgrade} written) stops the
   * downgrade before anything runs.
   *
   * @throws dev.retort.IrreversibleMigrationException naming the revision that cannot be undone
   */
  public DowngradeResult downgrade(String target) {
    return engine().downgrade(target);
  }

  /**
   * Records the target and its ancestors as applied, and removes every other revision from the
   * version table, without running any migration. How a team adopts Retort on a database whose
   * schema already matches a revision (a baseline: {@code stamp("head")} or the id of the
   * revision that describes it), and how a failed revision is resolved after the schema was put
   * right by hand. Revisions the code does not know are refused; see {@link #stamp(String,
   * boolean)}.
   *
   * @return the revisions the database is at now
   */
  public SortedSet<String> stamp(String target) {
    return engine().stamp(target, false);
  }

  /**
   * Like {@link #stamp(String)}; with {@code purge}, every row of the version table is removed
   * first, those of revisions the code does not know included.
   */
  public SortedSet<String> stamp(String target, boolean purge) {
    return engine().stamp(target, purge);
  }

  /**
   * The code's revisions from base to head (each after its parents), with when and by whom each
   * was applied, and which are current.
   */
  public List<HistoryEntry> history() {
    return engine().history();
  }

  /** The revisions the database is at (sorted; empty at base), read from the version table only. */
  public SortedSet<String> current() {
    return engine().current();
  }

  /** The code's heads: the revisions no other revision follows. Needs no database. */
  public SortedSet<String> heads() {
    return engine().heads();
  }

  /**
   * The revisions {@link #upgradeToHead()} would apply, in the order it would apply them, after
   * the same checks of the history. Changes nothing.
   */
  public List<String> pending() {
    return engine().pending();
  }

  /**
   * Compares the live database (through JDBC metadata) with the schema its migrations produce at
   * the revision it is at, and returns every difference: a column changed by hand in production,
   * a missing index, a table nobody declared. Changes nothing. See {@link dev.retort.drift} for
   * what is compared.
   */
  public Drift verify() {
    return engine().verify();
  }

  /**
   * The SQL script that takes a database from one revision to another, for a DBA to review and
   * run: {@code script("base", "head")}, {@code script("ae1027a6acf", "head")}, or a downgrade
   * such as {@code script("head", "-1")}. It is the plan an online run would execute, with the
   * version-table statements, rendered for this migrator's dialect ({@link #withDialect} or {@link
   * Migrations#offline}) without opening a connection.
   */
  public String script(String from, String to) {
    return engine().script(from, to);
  }

  private Engine engine() {
    return new Engine(dataSource, source(), versionTable, dialect, lockWait, tableLocks);
  }

  private MigrationSource source() {
    if (migrations != null) {
      return MigrationSource.of(migrations);
    }
    ClassLoader loader = classLoader;
    if (loader == null) {
      loader = Thread.currentThread().getContextClassLoader();
    }
    if (loader == null) {
      loader = Migrator.class.getClassLoader();
    }
    return MigrationSource.indexed(loader);
  }
}
