package dev.retort.engine;

import dev.retort.AppliedMigration;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.SqlStatement;
import dev.retort.history.VersionRow;
import dev.retort.history.VersionTable;
import dev.retort.lock.TableLockTimeout;
import dev.retort.op.ExecuteSql;
import dev.retort.op.Operation;
import dev.retort.op.RunJdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs prepared migrations over one JDBC connection, each in its own transaction together with
 * its version-table change: an upgrade's row is written, a downgrade's row deleted, only when
 * every statement has run, and commits with them. The other sink of a {@link Plan} is {@link
 * ScriptWriter}.
 *
 * <p>On a database with transactional DDL (PostgreSQL, SQL Server) a failed migration rolls back
 * entirely. On one without (H2, MySQL) each DDL statement commits at once, so a failure can leave
 * the statements before it applied. The executor keeps count of which statements are durable (a
 * DDL statement, and everything before it; a statement run outside the transaction) and which are
 * still undone-able (data changes after the last DDL statement), committing itself just before
 * and after each DDL statement (the database's own commit before DDL does not happen for a
 * statement it cannot parse), rolls back what it can, writes
 * the row with {@code success = false} when anything stayed, and says exactly which statements
 * stayed in the {@link MigrationFailedException}. A migration whose {@link
 * dev.retort.Migration#transactional()} is false runs each statement on its own.
 *
 * <p>JDBC callbacks run on the same connection, inside the migration's transaction. On a
 * database without transactional DDL a callback counts as durable, since it may have run DDL, and
 * is committed once it returns. One that fails may have committed part of its work: when the
 * mark went into the transaction just before it, the mark's fate after the rollback tells whether
 * it did; otherwise it is taken as having done so, and the revision is marked as failed. A raw
 * SQL {@code CALL} of a stored procedure is committed around like DDL, and one that fails is
 * taken as possibly durable the same way: a procedure may run DDL, or commit.
 *
 * <p>A process can also die partway (killed, out of memory, cut off). Where that could leave
 * part of a migration behind, the executor writes the revision's row first, marked as unfinished
 * ({@link VersionRow#UNFINISHED}, {@code success = false}), into the migration's transaction just
 * before its first statement that commits on its own, and commits it before that statement
 * runs, and the mark becomes the real row when the migration ends. A later run that finds
 * the mark refuses, as for a failure, and says how to go on ({@link IncompleteMigrationException}).
 * Where everything rolls back (transactional DDL, data changes) nothing is marked and nothing
 * stays: the next run applies the migration whole.
 *
 * <p>A migration that failed only because a statement waited longer than the table lock timeout,
 * with nothing of it left applied, is tried again as {@link TableLockPolicy} says. Statements
 * that run outside a transaction (every statement of a migration whose {@code transactional()}
 * is false) run with the connection's own lock timeout instead, and are never tried again: they
 * are the kind that waits for other transactions by design without blocking anyone (PostgreSQL's
 * {@code CREATE INDEX CONCURRENTLY}), and a failure can leave something behind (an invalid index).
 */
final class JdbcExecutor {
  private static final Logger LOG = LoggerFactory.getLogger("dev.retort");
  /**
   * The statements that change data only, and so never commit on their own; any other statement
   * is taken for one that does. MySQL's and MariaDB's REPLACE and DO commit nothing (tried on
   * MariaDB 10.11). SET and CALL are left out on purpose: H2 commits before most SET commands, and
   * a procedure may run DDL; taken for ones that commit, they are committed around explicitly, so
   * what is counted durable is.
   */
  private static final Set<String> DATA_STATEMENTS =
      Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "MERGE", "WITH", "VALUES", "TABLE", "REPLACE", "DO");

  /**
   * How many migrations, and about how many statements, go to the database in one batch at most:
   * enough to cut the round trips by as much, few enough that the log's line for each migration
   * comes soon after it committed.
   */
  private static final int BATCH_MIGRATIONS = 50;
  private static final int BATCH_STATEMENTS = 500;

  private final Dialect dialect;
  private final VersionTable versionTable;
  private final String appliedBy;
  private final TableLockPolicy tableLocks;
  private final TableLockTimeout lockTimeout;
  /** The version rows of applied migrations go through one statement for the whole run. */
  private VersionTable.RowWriter rows;

  JdbcExecutor(Dialect dialect, VersionTable versionTable, String appliedBy) {
    this(dialect, versionTable, appliedBy, new TableLockPolicy(java.time.Duration.ZERO, 0, java.time.Duration.ZERO),
        null);
  }

  /**
   * @param lockTimeout the table lock timeout set on the connection, lifted around statements that
   *     run outside a transaction; null when none was set
   */
  JdbcExecutor(Dialect dialect, VersionTable versionTable, String appliedBy, TableLockPolicy tableLocks,
      TableLockTimeout lockTimeout) {
    this.dialect = dialect;
    this.versionTable = versionTable;
    this.appliedBy = appliedBy;
    this.tableLocks = tableLocks;
    this.lockTimeout = lockTimeout;
  }

  /** Runs every migration of the plan in order; returns what ran. */
  List<AppliedMigration> run(Connection connection, Plan plan) throws SQLException {
    List<PreparedMigration> migrations = plan.migrations();
    List<AppliedMigration> done = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    Optional<String> transactionMillis = dialect.transactionMillis();
    try {
      int next = 0;
      while (next < migrations.size()) {
        int end = transactionMillis.isPresent() ? batchEnd(migrations, next) : next;
        boolean waitedInBatch = false;
        if (end > next) {
          Batch batch = applyAsOneBatch(connection, migrations.subList(next, end), transactionMillis.get());
          for (AppliedMigration migration : batch.applied()) {
            done.add(migration);
            ids.add(migration.id());
          }
          next += batch.applied().size();
          if (next == end) {
            continue;
          }
          // the batch stopped at this one: running it on its own says which statement fails and why
          waitedInBatch = batch.failure() != null && TableLockTimeout.isLockTimeout(batch.failure());
        }
        PreparedMigration migration = migrations.get(next++);
        done.add(applyWithRetries(connection, migration, ids, waitedInBatch));
        ids.add(migration.id());
      }
    } finally {
      if (rows != null) {
        rows.close();
        rows = null;
      }
    }
    return done;
  }

  /**
   * The end (exclusive) of the run of migrations from {@code first} that can go to the database
   * together ({@link #batchable}), at most {@link #BATCH_MIGRATIONS} of them and about {@link
   * #BATCH_STATEMENTS} statements; {@code first} itself when it cannot.
   */
  private static int batchEnd(List<PreparedMigration> migrations, int first) {
    int end = first;
    int statements = 0;
    while (end < migrations.size() && end - first < BATCH_MIGRATIONS && statements < BATCH_STATEMENTS
        && batchable(migrations.get(end))) {
      statements += migrations.get(end).statementCount() + 4; // and its BEGIN, commit setting, row and COMMIT
      end++;
    }
    return end;
  }

  private void recordApplied(Connection connection, VersionRow row) throws SQLException {
    if (rows == null) {
      rows = versionTable.rowWriter(connection);
    }
    rows.insert(row);
  }

  /**
   * Applies one migration; when it fails only because a statement waited too long for a table
   * lock, with nothing of it left applied, pauses and tries again, as often as the policy allows.
   *
   * @param waitedInBatch whether the migration's batch stopped at it because a statement waited
   *     too long: that was its first attempt (it rolled back whole), so this run is its first
   *     retry. With no retries allowed it runs once more all the same, to say which statement waits.
   */
  private AppliedMigration applyWithRetries(Connection connection, PreparedMigration migration, List<String> earlier,
      boolean waitedInBatch) throws SQLException {
    int first = 1;
    if (waitedInBatch && tableLocks.retries() > 0) {
      LOG.warn("Revision {} waited longer than the table lock timeout for a lock another transaction holds "
          + "(attempt 1 of {}, in a batch); trying again in {} ms", migration.id(), tableLocks.retries() + 1,
          tableLocks.pause().toMillis());
      try {
        Thread.sleep(tableLocks.pause().toMillis());
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt(); // the attempt runs at once; the caller sees the flag
      }
      first = 2;
    }
    for (int attempt = first; ; attempt++) {
      try {
        return apply(connection, migration, earlier);
      } catch (MigrationFailedException e) {
        if (!TableLockTimeout.isLockTimeout(e.getCause())) {
          LOG.error("{} of revision {} failed: {}", migration.downgrade() ? "The downgrade" : "The upgrade",
              migration.id(), e.getCause().getMessage());
          if (refusedInTransaction(e.getCause()) && migration.migration().transactional()) {
            throw new MigrationFailedException(e.failure(), e.getCause(), "The database refuses to run this statement "
                + "inside a transaction (PostgreSQL's CREATE INDEX CONCURRENTLY, for one). Put it in a migration of "
                + "its own whose transactional() returns false: Retort then runs each of its statements on its own, "
                + "outside a transaction (see Migration.transactional()).");
          }
          throw e;
        }
        boolean retry = attempt <= tableLocks.retries() && e.failure().stayed().isEmpty() && e.failure().callback() == null
            && migration.migration().transactional() && !ranOutsideTransaction(migration, e.failure().statement());
        LOG.warn("Revision {} waited longer than the table lock timeout for a lock another transaction holds "
            + "(attempt {} of {}): {}{}", migration.id(), attempt, tableLocks.retries() + 1, e.getCause().getMessage(),
            retry ? "; trying again in " + tableLocks.pause().toMillis() + " ms" : "");
        if (!retry) {
          throw new TableLockTimeoutException(e.failure(), e.getCause(), attempt, tableLocks);
        }
        try {
          Thread.sleep(tableLocks.pause().toMillis());
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /**
   * Applies (or undoes) one migration and records it. The connection must not be in auto-commit
   * mode; it is left that way.
   *
   * @param appliedEarlier revisions applied before in this run, for the failure message
   */
  AppliedMigration apply(Connection connection, PreparedMigration migration, List<String> appliedEarlier)
      throws SQLException {
    Run run = new Run(connection, migration, appliedEarlier);
    long start = System.nanoTime();
    boolean ownStatements = !migration.migration().transactional();
    ForeignKeyGuard foreignKeys = ForeignKeyGuard.pause(connection, dialect);
    connection.setAutoCommit(ownStatements);
    if (ownStatements && lockTimeout != null) {
      lockTimeout.suspend();
    }
    try {
      for (int i = 0; i < migration.steps().size(); i++) {
        PreparedMigration.Step step = migration.steps().get(i);
        for (SqlStatement statement : step.statements()) {
          run.execute(i + 1, step.operation(), statement);
        }
      }
      if (foreignKeys.checkStatement() != null) {
        run.now(() -> "check the foreign keys of revision " + migration.id(), 0, foreignKeys.checkStatement());
        foreignKeys.check(connection);
      }
      Duration duration;
      connection.setAutoCommit(false); // the version table's change commits as one, in every mode
      if (migration.downgrade()) {
        run.now(() -> "remove revision " + migration.id() + " from " + versionTable.quotedName(), 0, null);
        versionTable.delete(connection, migration.id());
        duration = Duration.ofNanos(System.nanoTime() - start);
      } else {
        run.now(() -> "record revision " + migration.id() + " in " + versionTable.quotedName(), 0, null);
        duration = Duration.ofNanos(System.nanoTime() - start);
        if (run.marked) {
          versionTable.delete(connection, migration.id());
        }
        recordApplied(connection, row(migration, duration, true));
      }
      connection.commit();
      return done(migration, duration);
    } catch (Exception | Error e) {
      // an Error too (a failed assertion, a class that does not load): a migration left with its
      // transaction open would be committed half-done when the connection goes back to auto-commit
      throw run.fail(e, Duration.ofNanos(System.nanoTime() - start));
    } finally {
      foreignKeys.resume(connection);
      if (ownStatements && lockTimeout != null) {
        connection.setAutoCommit(true);
        lockTimeout.resume();
      }
      connection.setAutoCommit(false);
    }
  }

  /**
   * Whether an upgrade can go to the database as one batch with its version row and its commit:
   * it runs in a transaction, and every statement is one of the dialect's own for a typed
   * operation (no raw SQL, whose statements may return rows or end the transaction, no callback).
   */
  private static boolean batchable(PreparedMigration migration) {
    if (migration.downgrade() || !migration.migration().transactional()) {
      return false;
    }
    for (PreparedMigration.Step step : migration.steps()) {
      if (step.operation() instanceof ExecuteSql || step.operation() instanceof RunJdbc) {
        return false;
      }
      for (SqlStatement statement : step.statements()) {
        if (!statement.transactional() || statement.jdbcCallback()) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Sends a run of upgrades as one JDBC batch, which PostgreSQL's driver writes at once and the
   * server answers at once: each migration's statements, its version row and {@code COMMIT}, the
   * next one's {@code BEGIN}, and so on. Every migration is still a transaction of its own with
   * its row, committed on its own, but the run costs a round trip or two where running the
   * statements one by one costs one per statement, one per row and one per commit. Only the
   * last commit waits for the disk ({@link Dialect#asynchronousCommit}): it makes the ones before
   * it durable too, and the batch returns, and its migrations are logged, only after it.
   *
   * <p>When a statement fails the server skips the rest of the batch: the migrations before it
   * are committed, the failing one rolls back whole (every statement is transactional), the ones
   * after it never ran. The version table then tells which committed (their rows are there), and
   * only those are returned, with the failure: the caller runs the next one on its own, one
   * statement at a time, which tells which statement fails and why, as every other migration's
   * failure does (after a lock timeout, as the migration's first retry). A batch
   * whose driver fails after a COMMIT (PgJDBC's savepoint clean-up, say) is read the same way, so
   * a migration that committed is never run twice.
   */
  private Batch applyAsOneBatch(Connection connection, List<PreparedMigration> migrations, String transactionMillis)
      throws SQLException {
    Optional<String> asynchronousCommit = dialect.asynchronousCommit();
    SQLException failure = null;
    try (Statement st = connection.createStatement()) {
      for (PreparedMigration migration : migrations) {
        if (migration != migrations.get(0)) {
          st.addBatch("BEGIN"); // the driver begins the first transaction itself, as the connection is not in auto-commit mode
        }
        if (migration != migrations.get(migrations.size() - 1) && asynchronousCommit.isPresent()) {
          st.addBatch(asynchronousCommit.get());
        }
        for (PreparedMigration.Step step : migration.steps()) {
          for (SqlStatement statement : step.statements()) {
            st.addBatch(statement.sql());
          }
        }
        st.addBatch(versionTable.insertStatementFor(row(migration, 0, true), transactionMillis));
        st.addBatch("COMMIT");
      }
      st.executeBatch();
      connection.commit(); // nothing is left open after the batch's last COMMIT; a driver that disagrees commits here
    } catch (SQLException e) {
      failure = e;
      rollbackQuietly(connection, migrations.get(0).id());
    }
    Map<String, Long> committed = committed(connection, migrations, failure);
    int count = 0;
    while (count < migrations.size() && committed.containsKey(migrations.get(count).id())) {
      count++;
    }
    if (count < migrations.size()) {
      LOG.debug("Revision {} did not commit in one round trip ({}); running its statements one by one",
          migrations.get(count).id(), failure == null ? "its row is missing" : failure.getMessage());
      if (count > 0 && asynchronousCommit.isPresent()) {
        makeDurable(connection, migrations.get(count - 1).id(), failure);
      }
    }
    List<AppliedMigration> applied = new ArrayList<>();
    for (PreparedMigration migration : migrations.subList(0, count)) {
      applied.add(done(migration, Duration.ofMillis(committed.get(migration.id()))));
    }
    if (failure != null && applied.size() == migrations.size()) {
      LOG.warn("Revisions {} to {} were applied and committed, but the driver then reported: {}", migrations.get(0).id(),
          migrations.get(migrations.size() - 1).id(), failure.getMessage());
    }
    return new Batch(applied, failure);
  }

  /**
   * Makes the commits of a batch that stopped early durable before they are reported: the last
   * of them did not wait for the disk ({@link Dialect#asynchronousCommit}), and the batch's own
   * last commit, which would have, never ran. A commit that waits, of a transaction that wrote
   * its log, flushes the log up to it, so one harmless update of the last committed row does.
   * When that fails too, the migration run next reports the connection.
   */
  private void makeDurable(Connection connection, String lastCommitted, SQLException failure) {
    try {
      versionTable.rewrite(connection, lastCommitted);
      connection.commit();
    } catch (SQLException e) {
      if (failure != null) {
        failure.addSuppressed(e);
      }
      LOG.warn("Could not confirm that the revisions up to {} reached the disk: {}", lastCommitted, e.getMessage());
      rollbackQuietly(connection, lastCommitted);
    }
  }

  /** What a batch committed, in order, and what the driver reported when it stopped (null: nothing). */
  private record Batch(List<AppliedMigration> applied, SQLException failure) {}

  /**
   * The execution times, as the database measured them, of the batch's migrations that committed
   * (whose rows are there); none when that cannot be read (a broken connection: running the next
   * migration reports it). A row can only be another's if a process that ignores the migration
   * lock wrote it (the planner, under the lock, runs no revision that has one); the version table
   * is then taken at its word, as every start takes it.
   */
  private Map<String, Long> committed(Connection connection, List<PreparedMigration> migrations,
      SQLException failure) {
    List<String> ids = new ArrayList<>(migrations.size());
    for (PreparedMigration migration : migrations) {
      ids.add(migration.id());
    }
    try {
      Map<String, Long> found = versionTable.executionMillis(connection, ids);
      connection.commit(); // ends the read's transaction
      return found;
    } catch (SQLException e) {
      if (failure != null) {
        failure.addSuppressed(e);
      }
      rollbackQuietly(connection, migrations.get(0).id());
      return Map.of();
    }
  }

  /** Logs a migration applied or undone, and returns it. */
  private static AppliedMigration done(PreparedMigration migration, Duration duration) {
    LOG.info("{} revision {} ({}) in {} ms", migration.downgrade() ? "Downgraded" : "Applied", migration.id(),
        migration.revision().message(), duration.toMillis());
    return new AppliedMigration(migration.id(), migration.revision().message(), duration);
  }

  /** Rolls back whatever is open; a rollback that fails too is only logged (the first failure is the one to report). */
  private static void rollbackQuietly(Connection connection, String revision) {
    try {
      if (!connection.getAutoCommit()) {
        connection.rollback();
      }
    } catch (SQLException e) {
      LOG.warn("Rollback after the failure of revision {} failed too: {}", revision, e.getMessage());
    }
  }

  private VersionRow row(PreparedMigration migration, Duration duration, boolean success) {
    return row(migration, duration.toMillis(), success);
  }

  private VersionRow row(PreparedMigration migration, long executionMs, boolean success) {
    return new VersionRow(migration.id(), List.of(migration.revision().parents()), migration.revision().message(),
        migration.checksum(), Instant.now(), appliedBy, executionMs, success);
  }

  /** Whether the statement is one the migration runs outside its transaction. */
  private static boolean ranOutsideTransaction(PreparedMigration migration, String sql) {
    return migration.steps().stream().flatMap(step -> step.statements().stream())
        .anyMatch(statement -> !statement.transactional() && statement.sql().equals(sql));
  }

  /** Whether the database refused a statement because it cannot run in a transaction (PostgreSQL's 25001). */
  private static boolean refusedInTransaction(Throwable failure) {
    return failure instanceof SQLException e && "25001".equals(e.getSQLState());
  }

  /** Whether a statement that ran inside a transaction is committed by the database at once. */
  private boolean commitsAtOnce(Operation operation, SqlStatement statement) {
    if (dialect.capabilities().transactionalDdl()) {
      return false;
    }
    if (operation instanceof ExecuteSql) {
      return !DATA_STATEMENTS.contains(firstWord(statement.sql()));
    }
    return true;
  }

  /** Whether a statement of raw SQL calls a stored procedure, which may run more than one statement. */
  private static boolean isCall(Operation operation, SqlStatement statement) {
    return operation instanceof ExecuteSql && callsProcedure(statement.sql());
  }

  /** Whether a statement is a {@code CALL}. */
  static boolean callsProcedure(String sql) {
    return "CALL".equals(firstWord(sql));
  }

  /** The first keyword of a statement, after comments and parentheses, in upper case. */
  static String firstWord(String sql) {
    String s = sql.strip();
    while (true) {
      if (s.startsWith("--")) {
        int end = s.indexOf('\n');
        s = end < 0 ? "" : s.substring(end + 1).strip();
      } else if (s.startsWith("/*")) {
        int end = s.indexOf("*/");
        s = end < 0 ? "" : s.substring(end + 2).strip();
      } else if (s.startsWith("(")) {
        s = s.substring(1).strip();
      } else {
        break;
      }
    }
    int end = 0;
    while (end < s.length() && Character.isLetter(s.charAt(end))) {
      end++;
    }
    return s.substring(0, end).toUpperCase(Locale.ROOT);
  }

  /** The state of one migration's run: what ran, what is durable, what runs now. */
  private final class Run {
    private final Connection connection;
    private final PreparedMigration migration;
    private final List<String> appliedEarlier;
    private final List<String> ran = new ArrayList<>();
    private int durable;
    /** Described only when it fails: building the text for every statement is work a thousand migrations pay. */
    private Supplier<String> current = () -> "";
    private int currentNumber;
    private String currentStatement;
    /** Whether the unfinished mark was written (it may have rolled back since, if nothing committed it). */
    boolean marked;
    /** Whether anything may have run in the open transaction since the last explicit commit. */
    private boolean uncommitted;
    /** Whether the mark is known to be committed. */
    private boolean markCommitted;
    /** The JDBC callback running now, described, when a failure of it may leave changes behind; else null. */
    private String callback;

    Run(Connection connection, PreparedMigration migration, List<String> appliedEarlier) {
      this.connection = connection;
      this.migration = migration;
      this.appliedEarlier = appliedEarlier; // copied only for a failure: a run of n migrations stays linear
    }

    /** What runs now, for the message if it fails. */
    void now(Supplier<String> what, int number, String statement) {
      current = what;
      currentNumber = number;
      currentStatement = statement;
    }

    void execute(int number, Operation operation, SqlStatement statement) throws Exception {
      boolean inTransaction = !connection.getAutoCommit();
      if (inTransaction && !statement.transactional()) {
        mark();
        now(operation::describe, number, statement.sql());
        connection.commit();
        uncommitted = false;
        markCommitted = true;
        durable = ran.size();
        connection.setAutoCommit(true);
        if (lockTimeout != null) {
          lockTimeout.suspend();
        }
        run(operation, statement);
        if (lockTimeout != null) {
          lockTimeout.resume();
        }
        connection.setAutoCommit(false);
        durable = ran.size();
        return;
      }
      boolean atOnce = inTransaction && commitsAtOnce(operation, statement);
      if (!inTransaction || atOnce) {
        mark();
      }
      now(operation::describe, number, statement.sql());
      if (atOnce && (!statement.jdbcCallback() || markCommitted)) {
        // commit ourselves what ran before (and the mark): the database commits before a DDL
        // statement only if the statement parses, and what is counted durable must be. Before a
        // callback, only once the mark is durable anyway: until then the uncommitted mark tells
        // afterwards whether the callback committed (see fail), and a killed data callback leaves
        // no mark
        commitPending();
        durable = ran.size();
      }
      // a callback may commit (DDL, or commit()) where it is not undone whole, and so may a
      // procedure (DDL, or a COMMIT of its own): a failure of either is taken as possibly durable
      boolean mayCommit = (statement.jdbcCallback() || isCall(operation, statement)) && (atOnce || !inTransaction);
      callback = mayCommit ? operation.describe() : null;
      run(operation, statement);
      callback = null;
      if (atOnce) {
        commitPending(); // a statement taken for DDL that was not (SET, CALL, a callback) stays as counted
      }
      if (!inTransaction || atOnce) {
        durable = ran.size();
      }
    }

    /** Commits the open transaction when something ran in it since the last commit. */
    private void commitPending() throws SQLException {
      if (uncommitted) {
        connection.commit();
        uncommitted = false;
      }
      markCommitted = marked;
    }

    /**
     * Writes the unfinished mark, once, before the first statement that may commit on its own: into
     * the open transaction, which that statement commits, or at once in auto-commit mode.
     */
    private void mark() throws SQLException {
      if (marked) {
        return;
      }
      now(() -> "mark revision " + migration.id() + " as unfinished in " + versionTable.quotedName(), 0, null);
      if (migration.downgrade()) {
        versionTable.markFailed(connection, migration.id());
      } else {
        versionTable.insert(connection, row(migration, VersionRow.UNFINISHED, false));
      }
      marked = true;
      uncommitted = true;
      markCommitted = connection.getAutoCommit();
    }

    private void run(Operation operation, SqlStatement statement) throws Exception {
      uncommitted = true;
      if (statement.jdbcCallback()) {
        ((RunJdbc) operation).work().run(connection);
      } else {
        try (Statement st = connection.createStatement()) {
          st.execute(statement.sql());
        }
      }
      ran.add(statement.sql());
    }

    MigrationFailedException fail(Throwable cause, Duration duration) {
      rollbackQuietly();
      boolean callbackCommitted = false;
      if (callback != null && !markCommitted) {
        // the mark went into the transaction just before the callback: if it outlived the
        // rollback, the callback committed (DDL, or commit()), and what ran before it with it
        callbackCommitted = markOutlivedRollback(cause);
        if (callbackCommitted) {
          durable = ran.size();
        } else {
          callback = null; // nothing of it committed: rolled back with the rest
        }
      }
      List<String> stayed = List.copyOf(ran.subList(0, durable));
      List<String> rolledBack = List.copyOf(ran.subList(durable, ran.size()));
      boolean recorded = false;
      if (!stayed.isEmpty() || callback != null) {
        try {
          connection.setAutoCommit(false);
          if (migration.downgrade()) {
            versionTable.markFailed(connection, migration.id());
          } else {
            if (marked) {
              versionTable.delete(connection, migration.id());
            }
            versionTable.insert(connection, row(migration, duration, false));
          }
          connection.commit();
          recorded = true;
        } catch (SQLException e) {
          cause.addSuppressed(e);
          rollbackQuietly();
        }
      } else if (marked) {
        // nothing stayed, but the mark may have been committed (before a DDL statement that then failed)
        try {
          connection.setAutoCommit(false);
          if (migration.downgrade()) {
            versionTable.markSucceeded(connection, migration.id());
          } else {
            versionTable.delete(connection, migration.id());
          }
          connection.commit();
        } catch (SQLException e) {
          cause.addSuppressed(e);
          rollbackQuietly();
        }
      }
      MigrationFailedException failure = new MigrationFailedException(new MigrationFailedException.Failure(
          migration.id(), current.get(), currentNumber, migration.operationCount(), currentStatement,
          dialect.databaseName(), !migration.migration().transactional(), stayed, rolledBack, recorded, versionTable.deleteStatementFor(migration.id()),
          List.copyOf(appliedEarlier), migration.downgrade(), callback, callbackCommitted), cause);
      return failure;
    }

    /** Whether the mark is in the version table after the rollback; true when that cannot be told. */
    private boolean markOutlivedRollback(Throwable cause) {
      try {
        Optional<VersionRow> row = versionTable.read(connection).row(migration.id());
        if (!connection.getAutoCommit()) {
          connection.rollback();
        }
        return row.isPresent() && !row.get().success();
      } catch (SQLException e) {
        cause.addSuppressed(e);
        return true;
      }
    }

    private void rollbackQuietly() {
      JdbcExecutor.rollbackQuietly(connection, migration.id());
    }
  }
}
