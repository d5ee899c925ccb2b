package dev.retort;

import dev.retort.dialect.Dialect;
import dev.retort.engine.Engine;
import dev.retort.engine.MigrationCatalog;
import dev.retort.engine.MigrationLoader;
import dev.retort.history.VersionTable;
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
 * back with its auto-commit setting restored. Two processes upgrading one database at the same
 * time are not serialized yet: start one at a time.
 */
public final class Migrator {
  private final DataSource dataSource;
  private final String versionTable;
  private final List<Migration> migrations;
  private final ClassLoader classLoader;
  private final Dialect dialect;

  private Migrator(DataSource dataSource, String versionTable, List<Migration> migrations,
      ClassLoader classLoader, Dialect dialect) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.versionTable = versionTable;
    this.migrations = migrations;
    this.classLoader = classLoader;
    this.dialect = dialect;
  }

  static Migrator of(DataSource dataSource) {
    return new Migrator(dataSource, VersionTable.DEFAULT_NAME, null, null, null);
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
    return new Migrator(dataSource, name, migrations, classLoader, dialect);
  }

  /** Uses exactly these migrations instead of those the generated {@link MigrationIndex} lists. */
  public Migrator withMigrations(List<? extends Migration> migrations) {
    return new Migrator(dataSource, versionTable, List.copyOf(migrations), classLoader, dialect);
  }

  /**
   * Finds the {@link MigrationIndex} through this class loader; by default the thread's context
   * class loader, or Retort's own when there is none.
   */
  public Migrator withClassLoader(ClassLoader classLoader) {
    return new Migrator(dataSource, versionTable, migrations, Objects.requireNonNull(classLoader), dialect);
  }

  /** Uses this dialect instead of detecting one from the connection. */
  public Migrator withDialect(Dialect dialect) {
    return new Migrator(dataSource, versionTable, migrations, classLoader, Objects.requireNonNull(dialect));
  }

  /**
   * Applies every pending migration, in dependency order, each in its own transaction with its
   * version-table row, and returns what it did; does nothing when the database is at head.
   *
   * <p>Before changing anything it refuses a database it cannot safely continue: one at a
   * revision the code does not know, one whose applied migrations changed since (checksums), one
   * a failed migration left half-applied, and code with two heads.
   *
   * @throws RetortException saying what is wrong, what was left unchanged and what to do
   */
  public UpgradeResult upgradeToHead() {
    return engine().upgradeToHead();
  }

  /** The code's revisions from base to head, with when each was applied and which is current. */
  public List<HistoryEntry> history() {
    return engine().history();
  }

  /** The revisions the database is at (sorted; empty at base), read from the version table only. */
  public SortedSet<String> current() {
    return engine().current();
  }

  private Engine engine() {
    return new Engine(dataSource, this::catalog, versionTable, dialect);
  }

  private MigrationCatalog catalog() {
    if (migrations != null) {
      return MigrationCatalog.of(migrations);
    }
    ClassLoader loader = classLoader;
    if (loader == null) {
      loader = Thread.currentThread().getContextClassLoader();
    }
    if (loader == null) {
      loader = Migrator.class.getClassLoader();
    }
    return MigrationCatalog.of(MigrationLoader.load(loader));
  }
}
