package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.spring.app.Customer;
import dev.retort.spring.app.CustomerRepository;
import dev.retort.testing.Database;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The auto-configuration in a real application context on PostgreSQL, each test in a fresh
 * schema, with a version table of its own name: the migration lock is per database and version
 * table, so other test runs on the same server never keep these waiting. Needs {@code RETORT_TEST_POSTGRES_URL} (or Docker); skipped with the reason otherwise,
 * and failed instead when {@code RETORT_REQUIRE_DATABASES=true} (as on CI).
 */
class RetortAutoConfigurationPostgresTest {
  private TestDatabase db;

  @BeforeEach
  void freshSchema() {
    db = TestDatabases.fresh(Database.POSTGRESQL, getClass().getSimpleName());
  }

  @AfterEach
  void dropSchema() {
    if (db != null) {
      db.close();
    }
  }

  private ConfigurableApplicationContext start(String... properties) {
    String[] all = java.util.Arrays.copyOf(properties, properties.length + 1);
    all[properties.length] = "retort.version-table=boot_history";
    return ShopContexts.start(db.url(), all);
  }

  @Test
  void migratesBeforeHibernateValidatesTheSchema() throws Exception {
    try (ConfigurableApplicationContext context = start("spring.jpa.hibernate.ddl-auto=validate")) {
      CustomerRepository customers = context.getBean(CustomerRepository.class);
      Long id = customers.save(new Customer("Grace", "grace@example.com")).getId();
      assertThat(customers.findById(id)).get().extracting(Customer::getName).isEqualTo("Grace");
    }
    assertThat(db.strings("SELECT revision FROM boot_history ORDER BY revision"))
        .containsExactly("a1b2c3d4e5f6", "b2c3d4e5f6a7");
    assertThat(db.columnNames("customer")).containsExactly("ID", "NAME", "EMAIL_ADDRESS");
  }

  @Test
  void targetAndValidateOnly() throws Exception {
    start("retort.target=a1b2c3d4e5f6", "spring.jpa.hibernate.ddl-auto=none").close();
    assertThat(db.strings("SELECT revision FROM boot_history")).containsExactly("a1b2c3d4e5f6");
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
            start("retort.validate-only=true", "spring.jpa.hibernate.ddl-auto=none"))
        .hasStackTraceContaining("[retort:validate]")
        .hasStackTraceContaining("b2c3d4e5f6a7 (add_customer_email_address)");
    start("spring.jpa.hibernate.ddl-auto=validate").close();
    start("retort.validate-only=true", "spring.jpa.hibernate.ddl-auto=validate").close();
    assertThat(db.strings("SELECT revision FROM boot_history ORDER BY revision"))
        .containsExactly("a1b2c3d4e5f6", "b2c3d4e5f6a7");
  }
}
