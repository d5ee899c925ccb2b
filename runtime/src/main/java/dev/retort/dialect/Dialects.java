package dev.retort.dialect;

import dev.retort.RetortException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dialect for a live database, or by name. {@code Migrator.withDialect} overrides the
 * detection.
 */
public final class Dialects {
  private Dialects() {}

  /** The names {@link #named} accepts. */
  public static final String NAMES = "h2, postgresql, mysql, mariadb, sqlite, sqlserver";

  /**
   * The dialect for the database behind {@code connection}, read from its {@link DatabaseMetaData}
   * (product name, version, how it stores unquoted names) and, on MySQL and MariaDB, the session's
   * {@code sql_mode} (whether a backslash escapes in a literal). Reads only; changes nothing.
   *
   * @throws UnsupportedDatabaseException for a database or version Retort has no dialect for
   */
  public static Dialect detect(Connection connection) {
    try {
      DatabaseMetaData meta = connection.getMetaData();
      String product = meta.getDatabaseProductName();
      String version = meta.getDatabaseProductVersion();
      int major = meta.getDatabaseMajorVersion();
      int minor = meta.getDatabaseMinorVersion();
      switch (product) {
        case "H2":
          require(major >= 2, product, version, "Retort supports H2 2.x only; upgrade the H2 driver and database to 2.x.");
          return new H2Dialect(identifierCase(meta));
        case "PostgreSQL":
          require(major >= 12, product, version, "Retort supports PostgreSQL 12 and later.");
          return new PostgresDialect();
        case "MariaDB":
          require(major > 10 || major == 10 && minor >= 5, product, version, "Retort supports MariaDB 10.5 and later.");
          return new MariaDbDialect(identifierCase(meta), major > 10 || minor >= 7, backslashEscapes(connection));
        case "MySQL":
          if (version != null && version.contains("MariaDB")) {
            // MySQL's driver on a MariaDB server reports "5.5.5-10.11.6-MariaDB"
            int[] mariaDb = mariaDbVersion(version);
            require(mariaDb[0] > 10 || mariaDb[0] == 10 && mariaDb[1] >= 5, "MariaDB", version,
                "Retort supports MariaDB 10.5 and later.");
            return new MariaDbDialect(identifierCase(meta), mariaDb[0] > 10 || mariaDb[1] >= 7, backslashEscapes(connection));
          }
          require(major >= 8, product, version, "Retort supports MySQL 8.0 and later.");
          return new MySqlDialect(identifierCase(meta), backslashEscapes(connection));
        case "SQLite":
          require(major > 3 || major == 3 && minor >= 35, product, version, "Retort supports SQLite 3.35 and later.");
          return new SqliteDialect();
        case "Microsoft SQL Server":
          require(major >= 13, product, version, "Retort supports SQL Server 2016 (13.x) and later.");
          return new SqlServerDialect();
        default:
          throw new UnsupportedDatabaseException(product, version, "Retort has dialects for H2, PostgreSQL, "
              + "MySQL, MariaDB, SQLite and SQL Server. For a database close to one of them, choose that "
              + "dialect with Migrator.withDialect(...).");
      }
    } catch (SQLException e) {
      throw new RetortException("Could not read the database's metadata to choose a dialect: "
          + e.getMessage() + ". Nothing was changed.", e);
    }
  }

  /**
   * A dialect by name (case-insensitive): one of {@value #NAMES}, with each database's defaults
   * (H2 stores unquoted names in upper case, MySQL and MariaDB as written). For scripts rendered
   * without a connection.
   *
   * @throws IllegalArgumentException for another name, listing the known ones
   */
  public static Dialect named(String name) {
    return switch (name.toLowerCase(Locale.ROOT).replace(" ", "").replace("-", "").replace("_", "")) {
      case "h2" -> new H2Dialect();
      case "postgresql", "postgres" -> new PostgresDialect();
      case "mysql" -> new MySqlDialect();
      case "mariadb" -> new MariaDbDialect();
      case "sqlite" -> new SqliteDialect();
      case "sqlserver", "mssql" -> new SqlServerDialect();
      default -> throw new IllegalArgumentException("No dialect named '" + name + "'; the dialects are " + NAMES + ".");
    };
  }

  private static void require(boolean supported, String product, String version, String detail) {
    if (!supported) {
      throw new UnsupportedDatabaseException(product, version, detail);
    }
  }

  /** Compiled only for a MariaDB server behind MySQL's driver, not on every start. */
  private static final class MariaDbVersion {
    static final Pattern PATTERN = Pattern.compile("(?:^|-)(\\d+)\\.(\\d+)[.\\d]*-MariaDB");
  }

  private static int[] mariaDbVersion(String version) {
    Matcher m = MariaDbVersion.PATTERN.matcher(version);
    return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : new int[] {0, 0};
  }

  /**
   * Whether a backslash escapes in this MySQL or MariaDB session's string literals: unless its
   * {@code sql_mode} has {@code NO_BACKSLASH_ESCAPES}, under which a doubled backslash is stored twice.
   */
  static boolean backslashEscapes(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT @@SESSION.sql_mode")) {
      String mode = rs.next() ? rs.getString(1) : null;
      if (mode == null) {
        return true;
      }
      for (String flag : mode.split(",")) {
        if (flag.trim().equalsIgnoreCase("NO_BACKSLASH_ESCAPES")) {
          return false;
        }
      }
      return true;
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
