package dev.retort.dialect;

/**
 * How to pause a database's foreign-key enforcement around a migration, for a database whose table
 * rebuild would otherwise fire the foreign keys of other tables (SQLite: dropping the old table
 * deletes its rows first, cascading to children). The engine runs {@code off} and {@code on}
 * outside the migration's transaction, only when {@code query} says enforcement is on, and runs
 * {@code check} inside the transaction before committing: any row it returns is a broken
 * reference, and the migration rolls back.
 *
 * @param query a query whose first column of the first row is 1 when enforcement is on
 * @param off the statement that turns enforcement off
 * @param on the statement that turns it back on
 * @param check a query that returns one row per broken reference
 */
public record ForeignKeyPause(String query, String off, String on, String check) {}
