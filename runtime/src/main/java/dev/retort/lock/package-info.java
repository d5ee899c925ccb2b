/**
 * The migration lock, and the bound on the table locks a migration waits for.
 *
 * <p>The migration lock serializes the commands that change a database (upgrade, downgrade,
 * stamp), so that instances of an application starting at once apply each migration exactly once.
 * A command takes it before it reads the version table and gives it back last, after the commit
 * of its last migration. It is always the database's own session lock, or one that ends with the
 * process, never a row that says "locked": a process killed while it migrates leaves nothing to
 * unlock by hand. It is held on a connection of its own (see {@link
 * dev.retort.lock.MigrationLocks#acquire(javax.sql.DataSource, java.sql.Connection, String,
 * java.time.Duration)}),
 * apart from the one that runs the migrations, in auto-commit mode where the database allows, so
 * it keeps no transaction open that a statement such as PostgreSQL's {@code CREATE INDEX
 * CONCURRENTLY} would wait for.
 *
 * <table>
 *   <caption>Which lock, per database</caption>
 *   <tr><th>Database</th><th>Lock</th><th>Released when the holder dies by</th></tr>
 *   <tr><td>PostgreSQL</td><td>{@code pg_advisory_lock} (session level)</td><td>the session ending</td></tr>
 *   <tr><td>MySQL, MariaDB</td><td>{@code GET_LOCK}</td><td>the session ending</td></tr>
 *   <tr><td>SQL Server</td><td>{@code sp_getapplock}, owner {@code Session}</td><td>the session ending</td></tr>
 *   <tr><td>H2, file or server</td><td>a row lock ({@code SELECT ... FOR UPDATE}) on
 *       {@code <version table>_lock}, held by an open transaction</td><td>the session ending (H2's
 *       server rolls back a client whose socket closed)</td></tr>
 *   <tr><td>SQLite, file</td><td>an operating-system lock on {@code <database>.<version table>.lock}
 *       beside the database file</td><td>the process ending</td></tr>
 *   <tr><td>H2 or SQLite in memory</td><td>a lock inside this JVM</td><td>the process ending</td></tr>
 * </table>
 *
 * <p>A lock is named after the version table, qualified with the connection's schema (PostgreSQL,
 * SQL Server) or database (MySQL, MariaDB): applications in different schemas of one database,
 * or different databases of one server, never wait for each other.
 *
 * <p>The wait is bounded by {@link dev.retort.Migrator#withLockWait}; a {@link
 * dev.retort.lock.LockTimeoutException} then says who holds the lock where the database can tell
 * (PostgreSQL's {@code pg_stat_activity}, MySQL's and MariaDB's process list, H2's sessions, the
 * process the lock file names).
 *
 * <p>{@link dev.retort.lock.TableLockTimeout} is the other bound: how long each statement of a
 * migration waits for the table and row locks it needs.
 */
package dev.retort.lock;
