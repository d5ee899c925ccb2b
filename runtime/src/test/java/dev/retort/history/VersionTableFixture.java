package dev.retort.history;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.testing.Database;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.sql.Connection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;

/**
 * A fresh database of the class's parameter for each test, with a connection, its dialect and the
 * default version table (not created): what the version table's test classes share.
 */
abstract class VersionTableFixture {
  @Parameter
  Database kind;

  TestDatabase db;
  Connection connection;
  Dialect dialect;
  VersionTable table;

  @BeforeEach
  void open() throws Exception {
    db = TestDatabases.fresh(kind, getClass().getSimpleName());
    connection = db.connect();
    dialect = Dialects.detect(connection);
    table = new VersionTable(dialect, VersionTable.DEFAULT_NAME);
  }

  @AfterEach
  void close() throws Exception {
    if (connection != null) {
      connection.close();
    }
    if (db != null) {
      db.close();
    }
  }
}
