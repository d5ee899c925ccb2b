package dev.retort.op;

import java.sql.Connection;
import java.sql.SQLException;

/** Hand-written JDBC code run inside a migration, on the migration's own connection and transaction. */
@FunctionalInterface
public interface JdbcWork {
  void run(Connection connection) throws SQLException;
}
