package dev.retort.concurrency;

import dev.retort.testing.Database;

/**
 * Where the tests of this package run: every database, and for H2 each way several sessions reach
 * one database (an in-memory database inside this JVM, an H2 server, a file shared with
 * {@code AUTO_SERVER}), since each takes a different migration lock.
 */
enum Target {
  /** In memory, in this JVM: the lock inside the JVM. */
  H2_MEMORY(Database.H2, "H2 in memory", false),
  /** Behind an H2 TCP server the test starts: the row lock. */
  H2_SERVER(Database.H2, "H2 server", true),
  /** A file that processes share with AUTO_SERVER: the row lock. */
  H2_FILE(Database.H2, "H2 file", true),
  /** A file: the operating-system lock beside it. */
  SQLITE(Database.SQLITE, "SQLite", true),
  POSTGRESQL(Database.POSTGRESQL, "PostgreSQL", true),
  MARIADB(Database.MARIADB, "MariaDB", true),
  SQLSERVER(Database.SQLSERVER, "SQL Server", true);

  final Database kind;
  private final String displayName;
  /** Whether other processes can reach the database. */
  final boolean shared;

  Target(Database kind, String displayName, boolean shared) {
    this.kind = kind;
    this.displayName = displayName;
    this.shared = shared;
  }

  /** Whether DDL rolls back with its transaction. */
  boolean transactionalDdl() {
    return kind == Database.POSTGRESQL || kind == Database.SQLITE || kind == Database.SQLSERVER;
  }

  @Override
  public String toString() {
    return displayName;
  }
}
