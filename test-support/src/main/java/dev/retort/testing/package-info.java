/**
 * Real databases for Retort's tests: {@link dev.retort.testing.TestDatabases#fresh} gives a new,
 * empty schema or database on H2, SQLite, PostgreSQL, MariaDB or SQL Server, from environment
 * variables, Testcontainers, or a visible skip; {@link dev.retort.testing.TestDatabase} reads
 * back what a test made. {@link dev.retort.testing.AllDatabases} parameterizes a test class over
 * every database.
 */
package dev.retort.testing;
