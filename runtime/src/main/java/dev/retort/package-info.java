/**
 * Retort's public API: {@link dev.retort.Migrations} (the one-liner for start-up), {@link
 * dev.retort.Migrator} (the same with options, and the read-only commands), {@link
 * dev.retort.Migration} and {@link dev.retort.Revision} (what a migration is), {@link
 * dev.retort.MigrationIndex} (how the runtime finds them), the results {@link
 * dev.retort.UpgradeResult}, {@link dev.retort.AppliedMigration} and {@link
 * dev.retort.HistoryEntry}, and {@link dev.retort.RetortException}, the root of every error a
 * user can act on.
 */
package dev.retort;
