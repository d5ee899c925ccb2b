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
 * schema. Needs {@code RETORT_TEST_POSTGRES_URL} (or Docker); skipped with the reason otherwise,
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

  @Test
  void migratesBeforeHibernateValidatesTheSchema() throws Exception {
    try (ConfigurableApplicationContext context = ShopContexts.start(db.url(), "spring.jpa.hibernate.ddl-auto=validate")) {
      CustomerRepository customers = context.getBean(CustomerRepository.class);
      Long id = customers.save(new Customer("Grace", "grace@example.com")).getId();
      assertThat(customers.findById(id)).get().extracting(Customer::getName).isEqualTo("Grace");
    }
    assertThat(db.strings("SELECT revision FROM retort_version ORDER BY revision"))
        .containsExactly("a1b2c3d4e5f6", "b2c3d4e5f6a7");
    assertThat(db.columnNames("customer")).containsExactly("ID", "NAME", "EMAIL_ADDRESS");
  }

  @Test
  void targetAndValidateOnly() throws Exception {
    ShopContexts.start(db.url(), "retort.target=a1b2c3d4e5f6", "spring.jpa.hibernate.ddl-auto=none").close();
    assertThat(db.strings("SELECT revision FROM retort_version")).containsExactly("a1b2c3d4e5f6");
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
            ShopContexts.start(db.url(), "retort.validate-only=true", "spring.jpa.hibernate.ddl-auto=none"))
        .hasStackTraceContaining("[retort:validate]")
        .hasStackTraceContaining("b2c3d4e5f6a7 (add_customer_email_address)");
    ShopContexts.start(db.url(), "spring.jpa.hibernate.ddl-auto=validate").close();
    ShopContexts.start(db.url(), "retort.validate-only=true", "spring.jpa.hibernate.ddl-auto=validate").close();
    assertThat(db.strings("SELECT revision FROM retort_version ORDER BY revision"))
        .containsExactly("a1b2c3d4e5f6", "b2c3d4e5f6a7");
  }
}
