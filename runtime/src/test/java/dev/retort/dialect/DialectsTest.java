package dev.retort.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.schema.ColumnType;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DialectsTest {

  @Test
  void detectsH2AndHowItStoresNames() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID())) {
      Dialect dialect = Dialects.detect(c);
      assertThat(dialect).isInstanceOf(H2Dialect.class);
      assertThat(dialect.quoteName("member")).isEqualTo("\"MEMBER\"");
    }
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID() + ";DATABASE_TO_LOWER=TRUE")) {
      assertThat(Dialects.detect(c).quoteName("Member")).isEqualTo("\"member\"");
    }
  }

  @Test
  void eachDatabaseByProductNameAndVersion() {
    assertThat(Dialects.detect(connection(meta("PostgreSQL", "16.4", 16, 4)))).isInstanceOf(PostgresDialect.class);
    assertThat(Dialects.detect(connection(meta("MySQL", "8.0.36", 8, 0)))).isExactlyInstanceOf(MySqlDialect.class);
    assertThat(Dialects.detect(connection(meta("MariaDB", "10.11.6-MariaDB", 10, 11)))).isInstanceOf(MariaDbDialect.class);
    assertThat(Dialects.detect(connection(meta("MySQL", "5.5.5-10.11.6-MariaDB-0+deb12u1", 5, 5))))
        .as("MySQL's driver on a MariaDB server").isInstanceOf(MariaDbDialect.class);
    assertThat(Dialects.detect(connection(meta("SQLite", "3.46.1", 3, 46)))).isInstanceOf(SqliteDialect.class);
    assertThat(Dialects.detect(connection(meta("Microsoft SQL Server", "16.00.4135", 16, 0)))).isInstanceOf(SqlServerDialect.class);
  }

  @Test
  void mariaDbHasANativeUuidFrom10_7AsHibernateMapsIt() {
    ColumnType uuid = ColumnType.UUID;
    assertThat(Dialects.detect(connection(meta("MariaDB", "10.11.6-MariaDB", 10, 11))).typeName(uuid)).isEqualTo("UUID");
    assertThat(Dialects.detect(connection(meta("MariaDB", "10.7.8-MariaDB", 10, 7))).typeName(uuid)).isEqualTo("UUID");
    assertThat(Dialects.detect(connection(meta("MariaDB", "10.6.19-MariaDB", 10, 6))).typeName(uuid)).isEqualTo("BINARY(16)");
    assertThat(Dialects.detect(connection(meta("MySQL", "5.5.5-10.6.19-MariaDB", 5, 5))).typeName(uuid)).isEqualTo("BINARY(16)");
    assertThat(Dialects.detect(connection(meta("MySQL", "5.5.5-10.11.6-MariaDB", 5, 5))).typeName(uuid)).isEqualTo("UUID");
    assertThat(Dialects.detect(connection(meta("MySQL", "8.0.36", 8, 0))).typeName(uuid)).isEqualTo("BINARY(16)");
  }

  @Test
  void anotherDatabaseIsAClearErrorNamingIt() {
    Connection oracle = connection(meta("Oracle", "23.4", 23, 4));
    assertThatThrownBy(() -> Dialects.detect(oracle))
        .isInstanceOf(UnsupportedDatabaseException.class)
        .hasMessageContaining("Retort cannot migrate Oracle 23.4")
        .hasMessageContaining("Migrator.withDialect")
        .hasMessageContaining("Nothing was changed");
  }

  @Test
  void oldVersionsAreRefused() {
    assertThatThrownBy(() -> Dialects.detect(connection(meta("H2", "1.4.200", 1, 4))))
        .isInstanceOf(UnsupportedDatabaseException.class)
        .hasMessageContaining("H2 2.x only");
    assertThatThrownBy(() -> Dialects.detect(connection(meta("MySQL", "5.7.44", 5, 7))))
        .hasMessageContaining("MySQL 8.0 and later");
    assertThatThrownBy(() -> Dialects.detect(connection(meta("MySQL", "5.5.5-10.3.39-MariaDB", 5, 5))))
        .hasMessageContaining("MariaDB 10.5 and later");
    assertThatThrownBy(() -> Dialects.detect(connection(meta("SQLite", "3.31.1", 3, 31))))
        .hasMessageContaining("SQLite 3.35 and later");
  }

  /** Under NO_BACKSLASH_ESCAPES a doubled backslash is stored twice, so detection reads the session's sql_mode. */
  @Test
  void readsWhetherABackslashEscapesFromTheSessionsSqlMode() {
    for (Map<String, Object> meta : java.util.List.of(meta("MySQL", "8.0.36", 8, 0), meta("MariaDB", "10.11.6-MariaDB", 10, 11),
        meta("MySQL", "5.5.5-10.11.6-MariaDB", 5, 5))) {
      assertThat(Dialects.detect(connection(meta)).literal("C:\\temp")).isEqualTo("'C:\\\\temp'");
      Map<String, Object> noEscapes = new HashMap<>(meta);
      noEscapes.put("sql_mode", "STRICT_TRANS_TABLES,NO_BACKSLASH_ESCAPES");
      assertThat(Dialects.detect(connection(noEscapes)).literal("C:\\temp'")).isEqualTo("'C:\\temp'''");
    }
  }

  /** The two dialects that say their TRUE instead of looking the type up must say what the type would. */
  @Test
  void theTrueLiteralMatchesTheBooleanType() {
    Map<String, String> expected = Map.of("h2", "TRUE", "postgresql", "TRUE", "sqlite", "TRUE",
        "mysql", "1", "mariadb", "1", "sqlserver", "1");
    expected.forEach((name, literal) -> {
      Dialect dialect = Dialects.named(name);
      assertThat(dialect.trueLiteral()).as(name).isEqualTo(literal);
      assertThat(dialect.trueLiteral()).as(name + ", from its type")
          .isEqualTo(dialect.typeName(ColumnType.BOOLEAN).equalsIgnoreCase("BIT") ? "1" : "TRUE");
    });
  }

  @Test
  void byName() {
    assertThat(Dialects.named("PostgreSQL")).isInstanceOf(PostgresDialect.class);
    assertThat(Dialects.named("sql-server")).isInstanceOf(SqlServerDialect.class);
    assertThat(Dialects.named("mariadb").databaseName()).isEqualTo("MariaDB");
    assertThatThrownBy(() -> Dialects.named("db2")).hasMessageContaining("h2, postgresql, mysql, mariadb, sqlite, sqlserver");
  }

  private static Map<String, Object> meta(String product, String version, int major, int minor) {
    return Map.of("getDatabaseProductName", product, "getDatabaseProductVersion", version,
        "getDatabaseMajorVersion", major, "getDatabaseMinorVersion", minor);
  }

  /** A connection whose metadata answers only the given methods. */
  private static Connection connection(Map<String, Object> answers) {
    DatabaseMetaData meta = (DatabaseMetaData) Proxy.newProxyInstance(getLoader(), new Class<?>[] {DatabaseMetaData.class},
        (proxy, method, args) -> {
          if (answers.containsKey(method.getName())) {
            return answers.get(method.getName());
          }
          if (method.getReturnType() == boolean.class) {
            return false;
          }
          throw new UnsupportedOperationException(method.getName());
        });
    return (Connection) Proxy.newProxyInstance(getLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("getMetaData")) {
            return meta;
          }
          if (method.getName().equals("createStatement")) {
            return statement((String) answers.getOrDefault("sql_mode", "STRICT_TRANS_TABLES,NO_ENGINE_SUBSTITUTION"));
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }

  /** A statement whose every query answers one row: {@code sqlMode}, as {@code SELECT @@SESSION.sql_mode} does. */
  private static Statement statement(String sqlMode) {
    boolean[] read = {false};
    ResultSet rs = (ResultSet) Proxy.newProxyInstance(getLoader(), new Class<?>[] {ResultSet.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "next" -> !read[0] && (read[0] = true);
          case "getString" -> sqlMode;
          case "close" -> null;
          default -> throw new UnsupportedOperationException(method.getName());
        });
    return (Statement) Proxy.newProxyInstance(getLoader(), new Class<?>[] {Statement.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "executeQuery" -> rs;
          case "close" -> null;
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  private static ClassLoader getLoader() {
    return DialectsTest.class.getClassLoader();
  }
}
