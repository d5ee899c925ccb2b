/**
 * The version table: which revisions a database has applied, when, by whom, with which checksum,
 * and whether they finished. {@link dev.retort.history.VersionTable} reads and writes it over JDBC;
 * {@link dev.retort.history.VersionRow} is one row and {@link dev.retort.history.AppliedRevisions}
 * answers questions about all of them (which are current, which failed) without a database.
 */
package dev.retort.history;
