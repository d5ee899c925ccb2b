package dev.retort;

import dev.retort.dialect.Dialect;
import dev.retort.drift.Drift;
import javax.sql.DataSource;

/**
 * The entry point. At application start-up:
 *
 * <pre>{@code Migrations.upgradeToHead(dataSource);}</pre>
 *
 * <p>applies every pending migration found through the generated {@link MigrationIndex}, in
 * dependency order, each recorded in the version table, and returns what it did. For options
 * (another version table, explicit migrations) and the other commands, start from {@link
 * #using(DataSource)}.
 */
public final class Migrations {
  private Migrations() {}

  /**
   * Applies every pending migration; does nothing when the database is at head.
   *
   * @see Migrator#upgradeToHead()
   */
  public static UpgradeResult upgradeToHead(DataSource dataSource) {
    return using(dataSource).upgradeToHead();
  }

  /**
   * Compares the live database with the schema its migrations produce at its current revision.
   *
   * @see Migrator#verify()
   */
  public static Drift verify(DataSource dataSource) {
    return using(dataSource).verify();
  }

  /** A {@link Migrator} for this data source, with the default options. */
  public static Migrator using(DataSource dataSource) {
    return Migrator.of(dataSource);
  }

  /**
   * A {@link Migrator} without a database, for what needs none: {@link Migrator#script offline
   * scripts} in this dialect, and {@link Migrator#heads()}.
   *
   * @see dev.retort.dialect.Dialects#detect
   */
  public static Migrator offline(Dialect dialect) {
    return Migrator.offline(dialect);
  }
}
