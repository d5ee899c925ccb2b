package dev.retort.dialect;

/**
 * What a database can do, as far as migrations care.
 *
 * @param transactionalDdl whether DDL statements take part in a transaction and roll back with
 *     it (PostgreSQL, SQL Server, SQLite); when false, each DDL statement commits at once (H2,
 *     MySQL, MariaDB, Oracle) and a failed migration can leave part of its work done
 * @param sequences whether the database has native sequences; without them (MySQL, SQLite) a
 *     sequence is the one-row table Hibernate's sequence emulation reads
 * @param identityColumns whether the database generates column values (identity, auto-increment)
 * @param renameColumn whether a column can be renamed in place
 * @param maxIdentifierLength the longest name the database accepts; a longer name is shortened
 *     deterministically (see {@link AnsiDialect#storedName})
 */
public record Capabilities(
    boolean transactionalDdl,
    boolean sequences,
    boolean identityColumns,
    boolean renameColumn,
    int maxIdentifierLength) {}
