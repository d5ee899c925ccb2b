package dev.retort;

import java.time.Duration;

/**
 * A migration applied by this run.
 *
 * @param id its revision id
 * @param message its message
 * @param duration how long it took, its version-table row included
 */
public record AppliedMigration(String id, String message, Duration duration) {}
