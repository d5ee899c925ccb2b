package dev.retort.dialect;

import dev.retort.RetortException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/** Finds the dialect for a live database. */
public final class Dialects {
  private Dialects() {}

  /**
   * The dialect for the database behind {@code connection}, read from its {@link DatabaseMetaData}
   * (product name, version, how it stores unquoted names). Reads only; changes nothing.
   *
   * @throws UnsupportedDatabaseException for a database Retort has no dialect for yet
   */
  public static Dialect detect(Connection connection) {
    try {
      DatabaseMetaData meta = connection.getMetaData();
      String product = meta.getDatabaseProductName();
      String version = meta.getDatabaseProductVersion();
      if ("H2".equals(product)) {
        if (meta.getDatabaseMajorVersion() < 2) {
          throw new UnsupportedDatabaseException(product, version,
              "Retort supports H2 2.x only; upgrade the H2 driver and database to 2.x.");
        }
        return new H2Dialect(identifierCase(meta));
      }
      throw new UnsupportedDatabaseException(product, version,
          "Retort has a dialect for H2 only so far; PostgreSQL, MySQL/MariaDB, SQLite and SQL "
              + "Server support comes later.");
    } catch (SQLException e) {
      throw new RetortException("Could not read the database's metadata to choose a dialect: "
          + e.getMessage() + ". Nothing was changed.", e);
    }
  }

  /** How the database stores unquoted names, as its driver reports it. */
  public static IdentifierCase identifierCase(DatabaseMetaData meta) throws SQLException {
    if (meta.storesUpperCaseIdentifiers()) {
      return IdentifierCase.UPPER;
    }
    if (meta.storesLowerCaseIdentifiers()) {
      return IdentifierCase.LOWER;
    }
    return IdentifierCase.AS_WRITTEN;
  }
}
