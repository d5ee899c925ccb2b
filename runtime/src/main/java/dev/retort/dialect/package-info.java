/**
 * Dialects: how each database spells an {@link dev.retort.op.Operation} in SQL, and what it can
 * do. A dialect renders, it never executes; the engine decides when statements run and in which
 * transaction.
 *
 * <p>{@link dev.retort.dialect.AnsiDialect} renders standard SQL and holds the shared rules (one
 * method per operation, always-quoted identifiers, column definitions); each database is a small
 * subclass that overrides only where it differs ({@link dev.retort.dialect.H2Dialect}).
 * {@link dev.retort.dialect.Dialects#detect} picks the dialect from a live connection.
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
 */
package dev.retort.dialect;
