package dev.retort.dialect;

import static dev.retort.schema.Column.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Migration;
import dev.retort.Migrations;
import dev.retort.Migrator;
import dev.retort.Revision;
import dev.retort.op.Operations;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Table;
import dev.retort.testing.Database;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What MariaDB (and MySQL, whose SQL it shares) gets wrong unless the dialect prepares for it, run
 * through the engine on the real server: literals under {@code NO_BACKSLASH_ESCAPES}. Each test
 * reads back the schema and the rows.
 */
class MariaDbServerTest {
  private TestDatabase db;

  @BeforeEach
  void open() {
    db = TestDatabases.fresh(Database.MARIADB, "MariaDbServerTest");
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private Migrator migrator(DataSource dataSource, Migration... migrations) {
    return Migrations.using(dataSource).withMigrations(List.of(migrations));
  }

  private Migrator migrator(Migration... migrations) {
    return migrator(db.dataSource(), migrations);
  }

  // ---- literals under NO_BACKSLASH_ESCAPES ----

  static final String WINDOWS_PATH = "C:\\temp";

  @Revision(id = "0001", message = "paths")
  public static final class CreatePaths extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.createTable(Table.table("paths").column(col("kind", ColumnType.enumOf(WINDOWS_PATH, "/tmp"))));
    }
  }

  /** Without reading the session's sql_mode the dialect doubled the backslash, and MariaDB stored both. */
  @Test
  void aBackslashInALiteralIsStoredOnceUnderNoBackslashEscapes() throws Exception {
    String mode = "STRICT_TRANS_TABLES,NO_BACKSLASH_ESCAPES";
    DataSource noEscapes = withSqlMode(db.dataSource(), mode);

    migrator(noEscapes, new CreatePaths()).upgradeToHead();

    // strict mode refuses a value that is not one of the ENUM's: the stored value is the path itself
    try (Connection c = noEscapes.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO paths VALUES (?)")) {
      ps.setString(1, WINDOWS_PATH);
      ps.executeUpdate();
      ps.setString(1, "C:\\\\temp");
      assertThatThrownBy(ps::executeUpdate).isInstanceOf(SQLException.class);
    }
    assertThat(db.strings("SELECT kind FROM paths")).containsExactly(WINDOWS_PATH);
    assertThat(db.strings("SELECT COLUMN_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
        + "AND TABLE_NAME = 'paths'")).containsExactly("enum('C:\\\\temp','/tmp')");
    try (Connection c = noEscapes.getConnection()) {
      assertThat(Dialects.detect(c).literal(WINDOWS_PATH)).isEqualTo("'C:\\temp'");
    }
  }

  /** Every connection of {@code dataSource} with the session's {@code sql_mode} set, as a pool's init SQL would. */
  private static DataSource withSqlMode(DataSource dataSource, String mode) {
    return (DataSource) Proxy.newProxyInstance(MariaDbServerTest.class.getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          Object result;
          try {
            result = method.invoke(dataSource, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          if (result instanceof Connection c) {
            try (Statement st = c.createStatement()) {
              st.execute("SET SESSION sql_mode = '" + mode + "'");
            }
          }
          return result;
        });
  }
}
