package dev.retort.engine;

import dev.retort.AppliedMigration;
import dev.retort.HistoryEntry;
import dev.retort.RetortException;
import dev.retort.Revision;
import dev.retort.UpgradeResult;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.Targets;
import dev.retort.history.AppliedRevisions;
import dev.retort.history.VersionRow;
import dev.retort.history.VersionTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the commands of {@link dev.retort.Migrator} against one data source: each command takes
 * one connection for its whole length, reads the history, checks it, plans, prepares every
 * migration, and only then changes anything.
 */
public final class Engine {
  private static final Logger LOG = LoggerFactory.getLogger("dev.retort");

  private final DataSource dataSource;
  private final Supplier<MigrationCatalog> catalog;
  private final String versionTable;
  private final Dialect dialect;

  /**
   * @param catalog the migrations, loaded when a command needs them
   * @param versionTable the version table's name
   * @param dialect the dialect, or null to detect it from the connection
   */
  public Engine(DataSource dataSource, Supplier<MigrationCatalog> catalog, String versionTable, Dialect dialect) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.versionTable = Objects.requireNonNull(versionTable, "versionTable");
    this.dialect = dialect;
  }

  /** Applies every pending revision up to the one head. */
  public UpgradeResult upgradeToHead() {
    MigrationCatalog migrations = catalog.get();
    return withConnection("upgrade", connection -> {
      Session session = session(connection);
      AppliedRevisions applied = session.table.read(connection);
      HistoryCheck.check(migrations, applied, session.table);
      SortedSet<String> target = Targets.head(migrations.graph());
      String head = target.isEmpty() ? null : target.first();
      List<PreparedMigration> plan = new ArrayList<>();
      for (String id : Planner.upgrade(migrations.graph(), applied, target)) {
        plan.add(PreparedMigration.prepare(id, migrations.migration(id), session.dialect));
      }
      if (plan.isEmpty()) {
        LOG.info("Database is up to date at revision {}", head == null ? "base (there are no migrations)" : head);
        return new UpgradeResult(List.of(), head);
      }
      LOG.debug("{} pending revision(s) on {}: {}", plan.size(), session.dialect.databaseName(),
          plan.stream().map(PreparedMigration::id).toList());
      if (session.table.createIfMissing(connection)) {
        connection.commit();
        LOG.info("Created the version table {}", session.table.quotedName());
      }
      JdbcExecutor executor = new JdbcExecutor(session.dialect, session.table, connection.getMetaData().getUserName());
      List<AppliedMigration> done = new ArrayList<>();
      for (PreparedMigration migration : plan) {
        done.add(executor.apply(connection, migration, done.stream().map(AppliedMigration::id).toList()));
      }
      UpgradeResult result = new UpgradeResult(done, head);
      LOG.info("Applied {} migration(s) in {} ms; the database is at revision {}",
          done.size(), result.duration().toMillis(), head);
      return result;
    });
  }

  /** The code's revisions from base to head, each with whether and when the database applied it. */
  public List<HistoryEntry> history() {
    MigrationCatalog migrations = catalog.get();
    AppliedRevisions applied = withConnection("read the history", c -> session(c).table.read(c));
    SortedSet<String> current = applied.current();
    RevisionGraph graph = migrations.graph();
    List<HistoryEntry> entries = new ArrayList<>();
    for (String id : graph.topologicalOrder()) {
      Revision revision = migrations.revision(id);
      Instant appliedAt = applied.row(id).filter(VersionRow::success).map(VersionRow::appliedAt).orElse(null);
      entries.add(new HistoryEntry(id, graph.parents(id), revision.message(), instant(revision.created()),
          appliedAt, current.contains(id)));
    }
    return entries;
  }

  /** The revisions the database is at, from the version table alone; empty at base. */
  public SortedSet<String> current() {
    return withConnection("read the current revision", c -> session(c).table.read(c)).current();
  }

  private record Session(Dialect dialect, VersionTable table) {}

  private Session session(Connection connection) {
    Dialect d = dialect != null ? dialect : Dialects.detect(connection);
    return new Session(d, new VersionTable(d, versionTable));
  }

  @FunctionalInterface
  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs a command on one connection, out of auto-commit mode, and gives the connection back as it
   * came (auto-commit restored).
   */
  private <T> T withConnection(String command, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (RuntimeException | SQLException e) {
        try {
          connection.rollback();
        } catch (SQLException rollback) {
          e.addSuppressed(rollback);
        }
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
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
