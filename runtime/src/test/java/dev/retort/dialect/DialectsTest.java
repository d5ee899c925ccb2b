package dev.retort.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
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
  void anotherDatabaseIsAClearErrorNamingIt() {
    Connection postgres = connection(Map.of(
        "getDatabaseProductName", "PostgreSQL",
        "getDatabaseProductVersion", "16.4",
        "getDatabaseMajorVersion", 16));
    assertThatThrownBy(() -> Dialects.detect(postgres))
        .isInstanceOf(UnsupportedDatabaseException.class)
        .hasMessageContaining("Retort cannot migrate PostgreSQL 16.4")
        .hasMessageContaining("support comes later")
        .hasMessageContaining("Nothing was changed");
  }

  @Test
  void oldH2IsRefused() {
    Connection h2v1 = connection(Map.of(
        "getDatabaseProductName", "H2",
        "getDatabaseProductVersion", "1.4.200",
        "getDatabaseMajorVersion", 1));
    assertThatThrownBy(() -> Dialects.detect(h2v1))
        .isInstanceOf(UnsupportedDatabaseException.class)
        .hasMessageContaining("H2 2.x only");
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
          throw new UnsupportedOperationException(method.getName());
        });
  }

  private static ClassLoader getLoader() {
    return DialectsTest.class.getClassLoader();
  }
}
