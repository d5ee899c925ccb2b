package dev.retort.engine;

import dev.retort.AppliedMigration;
import dev.retort.DowngradeResult;
import dev.retort.HistoryEntry;
import dev.retort.RetortException;
import dev.retort.Revision;
import dev.retort.UpgradeResult;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.drift.Drift;
import dev.retort.drift.SchemaComparison;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.Targets;
import dev.retort.history.AppliedRevisions;
import dev.retort.history.VersionRow;
import dev.retort.history.VersionTable;
import dev.retort.lock.MigrationLock;
import dev.retort.lock.MigrationLocks;
import dev.retort.op.SchemaReplay;
import dev.retort.op.SchemaReplayException;
import dev.retort.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the commands of {@link dev.retort.Migrator}. Each command that touches the database takes
 * one connection for its whole length; one that changes it also takes the migration lock first,
 * on a second connection (see {@link MigrationLocks}), and gives it back last. It reads the version
 * table, checks the history against the code, plans, prepares every migration of the plan, and
 * only then bounds the table lock waits ({@link TableLockPolicy}) and changes anything.
 *
 * <p>The start-up path, {@link #upgradeToHead()} on an up-to-date database, is one connection and
 * one query of the version table, without the lock, compared with the code's head as {@link
 * MigrationSource#summary()} gives it without loading the migrations (read while connecting, see
 * {@link Ahead}).
 */
public final class Engine {
  /** SLF4J is set up on first use, which an up-to-date start overlaps with connecting (see {@link Ahead}). */
  private static final class Log {
    static final Logger LOG = LoggerFactory.getLogger("dev.retort");
  }

  private final DataSource dataSource;
  private final MigrationSource source;
  private final String versionTable;
  private final Dialect dialect;
  private final Duration lockWait;
  private final TableLockPolicy tableLocks;

  /**
   * @param dataSource the database, or null for an engine that only writes scripts and reads the
   *     code
   * @param source the migrations, loaded when a command needs them
   * @param versionTable the version table's name
   * @param dialect the dialect, or null to detect it from the connection
   */
  public Engine(DataSource dataSource, MigrationSource source, String versionTable, Dialect dialect) {
    this(dataSource, source, versionTable, dialect, null);
  }

  /**
   * @param lockWait how long a changing command waits for the migration lock at most, or null to
   *     wait as long as it takes
   */
  public Engine(DataSource dataSource, MigrationSource source, String versionTable, Dialect dialect, Duration lockWait) {
    this(dataSource, source, versionTable, dialect, lockWait, TableLockPolicy.DEFAULT);
  }

  /**
   * @param lockWait how long a changing command waits for the migration lock at most, or null to
   *     wait as long as it takes
   * @param tableLocks how each migration statement waits for table and row locks, and retries
   */
  public Engine(DataSource dataSource, MigrationSource source, String versionTable, Dialect dialect, Duration lockWait,
      TableLockPolicy tableLocks) {
    this.tableLocks = Objects.requireNonNull(tableLocks, "tableLocks");
    this.dataSource = dataSource;
    this.source = Objects.requireNonNull(source, "source");
    this.versionTable = Objects.requireNonNull(versionTable, "versionTable");
    this.dialect = dialect;
    this.lockWait = lockWait;
  }

  // ---- changing commands ----

  /**
   * Applies every pending revision up to the one head. First, without the migration lock, it asks
   * the version table whether the database is at the code's head: the table only ever shows
   * committed migrations, so when it says so there is nothing to run and nothing to lock, and the
   * start costs one query, in auto-commit mode. Otherwise it takes the lock and does the whole
   * upgrade on the same connection, reading the table again under the lock (another instance may
   * have just finished).
   */
  public UpgradeResult upgradeToHead() {
    if (dataSource == null) {
      return withSession("upgrade", true, s -> upgrade(s, s.table.read(s.connection), Targets.HEAD));
    }
    Ahead ahead = Ahead.start(source);
    try (Connection connection = dataSource.getConnection()) {
      Dialect d = dialect != null ? dialect : Dialects.detect(connection); // once, for the check and the upgrade
      Optional<String> upToDate = readHead(connection, d, ahead);
      if (upToDate.isPresent()) {
        Log.LOG.info("Database is up to date at revision {}", upToDate.get());
        return new UpgradeResult(List.of(), new java.util.TreeSet<>(Set.of(upToDate.get())));
      }
      // something to do, on the same connection: the migration classes load while the lock is
      // taken and the table read
      Ahead.preloadCatalog(source);
      return onConnection(connection, d, "upgrade", true, s -> upgrade(s, s.table.read(s.connection), Targets.HEAD));
    } catch (SQLException e) {
      throw new RetortException("Retort could not upgrade: " + e.getMessage(), e);
    } finally {
      ahead.settle(); // done by now, unless connecting failed first
    }
  }

  /**
   * The code's head when the version table shows the database at it, asked in one query in
   * auto-commit mode, without the migration lock; empty when not known to be up to date.
   */
  private Optional<String> readHead(Connection connection, Dialect dialect, Ahead ahead) throws SQLException {
    try (Session s = Session.openAutoCommit(connection, dialect, versionTable)) {
      Optional<MigrationSource.HeadSummary> summary = ahead.summary();
      if (summary.isEmpty()) {
        return Optional.empty();
      }
      String head = summary.get().head();
      try {
        return atHead(s.table.queryHead(s.connection, head), summary.get()) ? Optional.of(head) : Optional.empty();
      } catch (SQLException e) {
        // no table yet (a new database: nothing is asked to tell, so the migrations start loading
        // at once), or another instance is creating it or migrating: not known to be up to date;
        // a real error shows again under the lock
        Log.LOG.debug("The version table could not be read without the lock (it may not exist yet); taking the lock", e);
        return Optional.empty();
      }
    }
  }

  /**
   * Whether the database holds exactly the code's revisions, judged from the head alone and from
   * one row the database computes (so the cost does not grow with the number of revisions): it
   * has the code's head with the same parents, no row lists the head as a parent (it is current),
   * it holds as many revisions as the code, and none failed. Every revision of a one-headed graph
   * is an ancestor of the head, and the rows' own parents lead from the head to every row, so the
   * two sets are equal. Checksums are checked whenever something is about to run, not here.
   */
  private static boolean atHead(VersionTable.HeadCheck check, MigrationSource.HeadSummary code) {
    return check.unsuccessful() == 0
        && check.headChildren() == 0
        && check.revisions() == code.revisions()
        && String.join(",", code.parents()).equals(check.headParents());
  }

  /** Applies what the target needs: {@code head}, {@code heads}, an id or prefix, {@code +N}. */
  public UpgradeResult upgrade(String target) {
    return withSession("upgrade", true, s -> upgrade(s, s.table.read(s.connection), target));
  }

  private UpgradeResult upgrade(Session s, AppliedRevisions applied, String target) throws SQLException {
    MigrationCatalog catalog = source.catalog();
    HistoryCheck.check(catalog, applied, s.table);
    SortedSet<String> targets = Targets.resolve(catalog.graph(), target, applied.current());
    Plan plan = Planner.upgrade(catalog, applied.ids(), targets, s.dialect);
    if (plan.isEmpty()) {
      Log.LOG.info("Database is up to date at revision {}", Planner.describe(plan.to().isEmpty()
          ? Set.of("base (there are no migrations)") : plan.to()));
      return new UpgradeResult(List.of(), applied.current());
    }
    Log.LOG.debug("{} pending revision(s) on {}: {}", plan.migrations().size(), s.dialect.databaseName(), plan.ids());
    if (s.table.createIfMissing(s.connection)) {
      s.connection.commit();
      Log.LOG.info("Created the version table {}", s.table.quotedName());
    }
    s.boundTableLockWaits(tableLocks.timeout());
    List<AppliedMigration> done = executor(s).run(s.connection, plan);
    UpgradeResult result = new UpgradeResult(done, plan.to());
    Log.LOG.info("Applied {} migration(s) in {} ms; the database is at revision {}",
        done.size(), result.duration().toMillis(), Planner.describe(plan.to()));
    return result;
  }

  /**
   * Undoes every applied revision that is not the target or one of its ancestors, children first.
   * Every migration to undo is recorded and rendered before the first one runs, so one that
   * cannot be undone stops the downgrade with nothing changed.
   */
  public DowngradeResult downgrade(String target) {
    return withSession("downgrade", true, s -> {
      AppliedRevisions applied = s.table.read(s.connection);
      MigrationCatalog catalog = source.catalog();
      HistoryCheck.check(catalog, applied, s.table);
      SortedSet<String> targets = Targets.resolve(catalog.graph(), target, applied.current());
      Plan plan = Planner.downgrade(catalog, applied.ids(), targets, s.dialect);
      if (plan.isEmpty()) {
        Log.LOG.info("Nothing to downgrade: the database is at revision {}", Planner.describe(applied.current()));
        return new DowngradeResult(List.of(), applied.current());
      }
      s.boundTableLockWaits(tableLocks.timeout());
      List<AppliedMigration> done = executor(s).run(s.connection, plan);
      DowngradeResult result = new DowngradeResult(done, plan.to());
      Log.LOG.info("Downgraded {} migration(s) in {} ms; the database is at revision {}",
          done.size(), result.duration().toMillis(), Planner.describe(plan.to()));
      return result;
    });
  }

  /**
   * Makes the version table say the database is at the target, running no migration: rows are
   * added for the target and its ancestors (marked as stamped) and removed for every other
   * revision. How a database whose schema was built another way adopts Retort (a baseline), and
   * how a failed revision's row is resolved once the schema was put right by hand.
   *
   * @param purge whether to remove every row first, revisions the code does not know included
   *     (otherwise such revisions are refused, as by every other command)
   * @return the revisions the database is at now
   */
  public SortedSet<String> stamp(String target, boolean purge) {
    return withSession("stamp", true, s -> {
      AppliedRevisions applied = s.table.read(s.connection);
      MigrationCatalog catalog = source.catalog();
      RevisionGraph graph = catalog.graph();
      if (!purge) {
        HistoryCheck.checkKnown(catalog, applied, s.table);
      }
      SortedSet<String> targets = Targets.resolve(graph, target, purge ? Set.of() : applied.current());
      Set<String> wanted = graph.withAncestors(targets);
      s.table.createIfMissing(s.connection);
      List<String> removed = new ArrayList<>();
      for (VersionRow row : applied.rows()) {
        if (purge || !wanted.contains(row.revision()) || !row.success()) {
          s.table.delete(s.connection, row.revision());
          if (!wanted.contains(row.revision())) {
            removed.add(row.revision());
          }
        }
      }
      List<String> added = new ArrayList<>();
      String user = s.user();
      for (String id : graph.inOrder(wanted)) {
        VersionRow row = applied.row(id).orElse(null);
        if (purge || row == null || !row.success()) {
          Revision revision = catalog.revision(id);
          String checksum = Checksum.of(PreparedMigration.operations(id, catalog.migration(id)));
          s.table.insert(s.connection, new VersionRow(id, graph.parents(id), revision.message(), checksum,
              Instant.now(), user, VersionRow.STAMPED, true));
          if (row == null || !row.success()) {
            added.add(id);
          }
        }
      }
      SortedSet<String> now = graph.headsOf(wanted);
      Log.LOG.info("Stamped the database at revision {} without running anything; recorded {}, removed {}",
          Planner.describe(now), added.isEmpty() ? "none" : String.join(", ", added),
          removed.isEmpty() ? "none" : String.join(", ", removed));
      return now;
    });
  }

  private JdbcExecutor executor(Session s) throws SQLException {
    return new JdbcExecutor(s.dialect, s.table, s.user(), tableLocks, s.lockTimeout());
  }

  // ---- reading commands ----

  /** The revisions the database is at, from the version table alone; empty at base. */
  public SortedSet<String> current() {
    return withSession("read the current revision", false, s -> s.table.read(s.connection)).current();
  }

  /**
   * The code's revisions from base to head, each with whether and when the database applied it.
   * Only the code's: a revision the database has and the code does not know is in
   * {@link #current()} (and refused by every command that changes something), not here.
   */
  public List<HistoryEntry> history() {
    MigrationCatalog migrations = source.catalog();
    AppliedRevisions applied = withSession("read the history", false, s -> s.table.read(s.connection));
    SortedSet<String> current = applied.current();
    RevisionGraph graph = migrations.graph();
    List<HistoryEntry> entries = new ArrayList<>();
    for (String id : graph.topologicalOrder()) {
      Revision revision = migrations.revision(id);
      Optional<VersionRow> any = applied.row(id);
      Optional<VersionRow> row = any.filter(VersionRow::success);
      entries.add(new HistoryEntry(id, graph.parents(id), revision.message(), instant(revision.created()),
          row.map(VersionRow::appliedAt).orElse(null),
          row.map(VersionRow::appliedBy).orElse(null),
          row.filter(r -> !r.stamped()).map(r -> Duration.ofMillis(r.executionMs())).orElse(null),
          row.map(VersionRow::stamped).orElse(false),
          current.contains(id),
          any.isPresent() && !any.get().success()));
    }
    return entries;
  }

  /** The code's heads: revisions no other revision follows. Reads no database. */
  public SortedSet<String> heads() {
    return source.catalog().graph().heads();
  }

  /**
   * The revisions {@link #upgradeToHead()} would apply, in order, after the same checks (so a
   * changed or unknown revision is an error here too). Changes nothing.
   */
  public List<String> pending() {
    MigrationCatalog catalog = source.catalog();
    return withSession("list the pending revisions", false, s -> {
      AppliedRevisions applied = s.table.read(s.connection);
      HistoryCheck.check(catalog, applied, s.table);
      return Planner.upgradePath(catalog.graph(), applied.ids(), Targets.head(catalog.graph()));
    });
  }

  /**
   * Compares the live database, through JDBC metadata, with the schema its migrations produce at
   * the revisions it is at (replayed from the applied migrations' operations), after the same
   * checks of the history as an upgrade. Changes nothing.
   */
  public Drift verify() {
    MigrationCatalog catalog = source.catalog();
    return withSession("compare the database with its migrations", false, s -> {
      AppliedRevisions applied = s.table.read(s.connection);
      HistoryCheck.check(catalog, applied, s.table);
      Schema expected = Schema.EMPTY;
      for (String id : catalog.graph().inOrder(applied.ids())) {
        try {
          expected = SchemaReplay.apply(expected, PreparedMigration.operations(id, catalog.migration(id)));
        } catch (SchemaReplayException e) {
          throw new RetortException("Revision " + id + " cannot be replayed to compute the expected schema: "
              + e.getMessage(), e);
        }
      }
      Drift drift = new Drift(applied.current(),
          SchemaComparison.compare(s.connection, s.dialect, expected,
              Set.of(versionTable, MigrationLocks.lockTableName(versionTable))));
      if (drift.clean()) {
        Log.LOG.info("{}", drift);
      } else {
        Log.LOG.warn("{}", drift);
      }
      return drift;
    });
  }

  // ---- offline ----

  /**
   * The SQL script that takes a database from {@code from} to {@code to}, upgrading or
   * downgrading, without a connection: the same plan an online run executes, written out with
   * its version-table statements. From {@code base} the script begins by creating the version
   * table.
   *
   * @param from where the database is: {@code base}, a revision id or prefix, {@code head}
   * @param to the target; {@code +N}/{@code -N} count from {@code from}
   */
  public String script(String from, String to) {
    if (dialect == null) {
      throw new RetortException("An offline script is rendered for a named dialect, without a connection: "
          + "give one with withDialect(...) (or the command line's --dialect).");
    }
    MigrationCatalog catalog = source.catalog();
    RevisionGraph graph = catalog.graph();
    SortedSet<String> start = Targets.resolve(graph, from, Set.of());
    Set<String> applied = graph.withAncestors(start);
    SortedSet<String> targets = Targets.resolve(graph, to, graph.headsOf(applied));
    List<String> up = Planner.upgradePath(graph, applied, targets);
    List<String> down = graph.downgradePath(applied, targets);
    if (!up.isEmpty() && !down.isEmpty()) {
      throw new RetortException("From " + Planner.describe(graph.headsOf(applied)) + " to "
          + Planner.describe(targets) + " is neither an upgrade nor a downgrade (it undoes " + String.join(", ", down)
          + " and applies " + String.join(", ", up) + "). Write two scripts, down to a common ancestor and up from it.");
    }
    Plan plan = down.isEmpty()
        ? Planner.upgrade(catalog, applied, targets, dialect)
        : Planner.downgrade(catalog, applied, targets, dialect);
    VersionTable table = new VersionTable(dialect, versionTable);
    return new ScriptWriter(table, dialect.databaseName()).write(plan, applied.isEmpty() && !plan.isEmpty());
  }

  // ---- plumbing ----

  @FunctionalInterface
  private interface Work<T> {
    T run(Session session) throws SQLException;
  }

  /**
   * Runs a command on one connection, out of auto-commit mode, commits it, and gives the
   * connection back as it came; on failure rolls back what is not committed yet. A changing
   * command takes the migration lock before anything is read, on a connection of its own where
   * the lock needs one, and gives it back after everything else.
   */
  private <T> T withSession(String command, boolean locked, Work<T> work) {
    if (dataSource == null) {
      throw new RetortException("Retort cannot " + command + " without a database: this migrator was made "
          + "for offline scripts. Use Migrations.using(dataSource) for commands that read or change a database.");
    }
    try (Connection connection = dataSource.getConnection()) {
      return onConnection(connection, dialect, command, locked, work);
    } catch (SQLException e) {
      throw new RetortException("Retort could not " + command + ": " + e.getMessage(), e);
    }
  }

  /**
   * Like {@link #withSession}, on a connection the caller opened and closes.
   *
   * @param dialect the dialect, or null to detect it
   */
  private <T> T onConnection(Connection connection, Dialect dialect, String command, boolean locked, Work<T> work) {
    try (MigrationLock lock = locked ? MigrationLocks.acquire(dataSource, connection, versionTable, lockWait) : null;
        Session session = Session.open(connection, dialect, versionTable)) {
      try {
        T result = work.run(session);
        connection.commit();
        return result;
      } catch (Throwable e) {
        // an Error as well: nothing of a command that did not end may be committed
        try {
          connection.rollback();
        } catch (SQLException rollback) {
          e.addSuppressed(rollback);
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new RetortException("Retort could not " + command + ": " + e.getMessage(), e);
    }
  }

  private static Instant instant(String created) {
    if (created == null || created.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(created).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
