package dev.retort;

import java.time.Duration;

/**
 * A migration this command ran: applied by an upgrade, or undone by a downgrade.
 *
 * @param id its revision id
 * @param message its message
 * @param duration how long it took, its version-table change included
 */
public record AppliedMigration(String id, String message, Duration duration) {}
