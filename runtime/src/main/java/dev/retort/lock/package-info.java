/**
 * The migration lock: serializes the commands that change a database (upgrade, downgrade, stamp),
 * so that several instances of an application starting at once apply each migration exactly
 * once. The lock belongs to the database session and is held for a whole command, across the
 * commit of each migration; it is the first thing a changing command takes and the last it
 * gives back.
 *
 * <p>{@link dev.retort.lock.MigrationLocks#acquire} picks the database's own session lock:
 * PostgreSQL's advisory lock, MySQL's and MariaDB's {@code GET_LOCK}. Other databases (H2, and any
 * Retort has no session lock for yet) get a lock inside this JVM, which serializes the threads of
 * one process but not separate processes; an embedded H2 database belongs to one process anyway.
 * On a free lock each costs one round trip to take and one to give back.
 */
package dev.retort.lock;
