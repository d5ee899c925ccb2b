/**
 * Dialects: how each database spells an {@link dev.retort.op.Operation} in SQL, and what it can
 * do. A dialect renders, it never executes; the engine decides when statements run and in which
 * transaction.
 *
 * <p>{@link dev.retort.dialect.AnsiDialect} renders standard SQL and holds the shared rules (one
 * method per operation, always-quoted identifiers, column definitions); each database is a small
 * subclass that overrides only where it differs: {@link dev.retort.dialect.H2Dialect},
 * {@link dev.retort.dialect.PostgresDialect}, {@link dev.retort.dialect.MySqlDialect} and its
 * {@link dev.retort.dialect.MariaDbDialect}, {@link dev.retort.dialect.SqliteDialect} (which
 * rebuilds tables for the changes SQLite's ALTER TABLE cannot make, from the schema a
 * {@link dev.retort.dialect.RenderContext} gives it) and {@link dev.retort.dialect.SqlServerDialect}.
 * {@link dev.retort.dialect.Dialects#detect} picks the dialect from a live connection;
 * {@link dev.retort.dialect.Dialects#named} by name. Column types follow what Hibernate 7 creates
 * on each database, so {@code hbm2ddl.auto=validate} accepts Retort's tables.
 *
 * <h2>Identifiers</h2>
 *
 * Every identifier is quoted, with embedded quote characters doubled, so no name can carry SQL.
 * Before quoting, a <em>regular</em> name (a letter or underscore, then letters, digits and
 * underscores) is folded to the case the database gives unquoted names (upper case on H2, lower
 * case on PostgreSQL), so a quoted {@code "MEMBER"} is the very table that Hibernate's unquoted
 * {@code member} names, and {@code hbm2ddl.auto=validate} finds it. Any other name (one with a
 * space, a quote, a semicolon, ...) is kept exactly as written. A dialect narrows the rule where
 * Hibernate quotes more on its database: on H2, a name starting with an underscore keeps its case.
 * A name longer than the database allows (63 bytes on PostgreSQL, 64 characters on MySQL and
 * MariaDB, 128 on SQL Server) is shortened deterministically: its longest prefix that fits with
 * {@code _} and 8 hex digits of its SHA-256.
 */
package dev.retort.dialect;
