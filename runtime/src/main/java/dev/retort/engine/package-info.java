/**
 * The engine: loads the migrations, checks the database's history against them, plans which
 * revisions to apply, and executes the plan over JDBC. The public API is {@link
 * dev.retort.Migrations} and {@link dev.retort.Migrator}; the public classes here are what those
 * build on and may change between versions.
 *
 * <p>One job per class: {@link dev.retort.engine.MigrationLoader} finds migrations through
 * {@link java.util.ServiceLoader} (never by scanning the class path); {@link
 * dev.retort.engine.MigrationCatalog} holds them with their revision graph; {@link
 * dev.retort.engine.HistoryCheck} refuses a database whose history the code cannot continue;
 * {@link dev.retort.engine.Planner} lists the pending revisions; {@link
 * dev.retort.engine.PreparedMigration} records, checksums and renders one migration before
 * anything runs; {@link dev.retort.engine.JdbcExecutor} runs them, each in its own transaction
 * with its version-table row; {@link dev.retort.engine.Checksum} fingerprints a migration's
 * operations.
 *
 * <p>Rendering happens for the whole plan before the first statement runs, so a migration the
 * dialect cannot express stops the upgrade with nothing changed, and the same rendered plan can
 * later be written to a script instead of executed.
 */
package dev.retort.engine;
