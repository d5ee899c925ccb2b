package dev.retort;

import javax.sql.DataSource;

/**
 * The entry point. At application start-up:
 *
 * <pre>{@code Migrations.upgradeToHead(dataSource);}</pre>
 *
 * <p>applies every pending migration found through the generated {@link MigrationIndex}, in
 * dependency order, each recorded in the version table, and returns what it did.
 */
public final class Migrations {
  private Migrations() {}

  /** Applies every pending migration; does nothing when the database is at head. */
  public static void upgradeToHead(DataSource dataSource) {
    throw new UnsupportedOperationException("TODO");
  }
}
