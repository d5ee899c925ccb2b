package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Migrator;
import dev.retort.spring.app.Customer;
import dev.retort.spring.app.CustomerRepository;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The auto-configuration in a real Spring Boot application with JPA, on an embedded H2 database. */
@ExtendWith(OutputCaptureExtension.class)
class RetortAutoConfigurationH2Test {

  @Test
  void migratesBeforeHibernateValidatesTheSchema() {
    String url = ShopContexts.newH2Url();
    try (ConfigurableApplicationContext context = ShopContexts.start(url, "spring.jpa.hibernate.ddl-auto=validate")) {
      CustomerRepository customers = context.getBean(CustomerRepository.class);
      Long id = customers.save(new Customer("Ada", "ada@example.com")).getId();
      assertThat(customers.findById(id)).get().extracting(Customer::getEmailAddress).isEqualTo("ada@example.com");
      assertThat(revisions(context.getBean(JdbcTemplate.class), "retort_version"))
          .containsExactly("a1b2c3d4e5f6", "b2c3d4e5f6a7");
    }
  }

  @Test
  void jpaAndJdbcTemplateDependOnTheInitializer() {
    try (ConfigurableApplicationContext context = ShopContexts.start(ShopContexts.newH2Url())) {
      assertThat(context.getBeanNamesForType(RetortMigrationInitializer.class)).containsExactly("retortInitializer");
      assertThat(dependsOn(context, "entityManagerFactory")).contains("retortInitializer");
      assertThat(dependsOn(context, "jdbcTemplate")).contains("retortInitializer");
    }
  }

  /**
   * With spring.jpa.defer-datasource-initialization, Hibernate starts before the other database
   * initializers (data.sql): Retort still migrates first, so that validate sees the migrated
   * schema, and data.sql runs after both, into Retort's tables.
   */
  @Test
  void deferredDataSourceInitializationMigratesBeforeHibernateAndRunsDataSqlAfterIt() {
    String url = ShopContexts.newH2Url();
    try (ConfigurableApplicationContext context = ShopContexts.start(url, "spring.jpa.hibernate.ddl-auto=validate",
        "spring.jpa.defer-datasource-initialization=true", "spring.sql.init.data-locations=classpath:deferred/data.sql")) {
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      assertThat(revisions(jdbc, "retort_version")).containsExactly("a1b2c3d4e5f6", "b2c3d4e5f6a7");
      assertThat(jdbc.queryForList("SELECT name FROM customer", String.class)).containsExactly("Seeded");
      context.getBean(CustomerRepository.class).save(new Customer("Ada", "ada@example.com"));
      assertThat(dependsOn(context, "entityManagerFactory")).contains("retortInitializer");
      assertThat(dependsOn(context, "retortInitializer")).doesNotContain("entityManagerFactory");
      assertThat(dependsOn(context, "dataSourceScriptDatabaseInitializer")).contains("entityManagerFactory");
    }
  }

  @Test
  void secondStartAppliesNothing(CapturedOutput output) {
    String url = ShopContexts.newH2Url();
    ShopContexts.start(url).close();
    try (ConfigurableApplicationContext context = ShopContexts.start(url, "spring.jpa.hibernate.ddl-auto=validate")) {
      assertThat(revisions(context.getBean(JdbcTemplate.class), "retort_version")).hasSize(2);
    }
    assertThat(output.getOut()).contains("up to date");
  }

  /**
   * Spring Boot's default ddl-auto on an embedded database is create-drop unless a schema manager
   * claims the DataSource: Hibernate would then drop Retort's tables when the application stops.
   */
  @Test
  void hibernateLeavesTheSchemaAloneByDefaultOnAnEmbeddedDatabase() throws SQLException {
    String url = ShopContexts.newH2Url();
    try (ConfigurableApplicationContext context = ShopContexts.start(url)) {
      context.getBean(CustomerRepository.class).save(new Customer("Ada", null));
    }
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM CUSTOMER")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(1);
    }
  }

  @Test
  void disabledDoesNothing() throws SQLException {
    String url = ShopContexts.newH2Url();
    try (ConfigurableApplicationContext context =
        ShopContexts.start(url, "retort.enabled=false", "spring.jpa.hibernate.ddl-auto=none")) {
      assertThat(context.getBeanNamesForType(RetortMigrationInitializer.class)).isEmpty();
      assertThat(context.getBeanNamesForType(Migrator.class)).isEmpty();
    }
    assertThat(tables(url)).doesNotContain("RETORT_VERSION", "CUSTOMER");
  }

  @Test
  void versionTableNameIsAProperty() throws SQLException {
    String url = ShopContexts.newH2Url();
    try (ConfigurableApplicationContext context = ShopContexts.start(url, "retort.version-table=schema_history")) {
      assertThat(revisions(context.getBean(JdbcTemplate.class), "schema_history")).hasSize(2);
    }
    assertThat(tables(url)).contains("SCHEMA_HISTORY").doesNotContain("RETORT_VERSION");
  }

  @Test
  void warnsWhenHibernateWouldAlsoChangeTheSchema(CapturedOutput output) {
    ShopContexts.start(ShopContexts.newH2Url(), "spring.jpa.hibernate.ddl-auto=update").close();
    assertThat(output.getOut())
        .contains("[retort:ddl-auto] spring.jpa.hibernate.ddl-auto=update lets Hibernate change the schema")
        .contains("Set spring.jpa.hibernate.ddl-auto=validate");
  }

  @Test
  void noWarningWhenHibernateOnlyValidates(CapturedOutput output) {
    ShopContexts.start(ShopContexts.newH2Url(), "spring.jpa.hibernate.ddl-auto=validate").close();
    ShopContexts.start(ShopContexts.newH2Url()).close();
    assertThat(output.getOut()).doesNotContain("[retort:ddl-auto]");
  }

  @Test
  void aFailedMigrationStopsTheStartBeforeJpa() {
    String url = ShopContexts.newH2Url();
    // a database at a revision the code does not know: Retort refuses, and the context does not start
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      ShopContexts.start(url, "spring.jpa.hibernate.ddl-auto=none").close();
      c.createStatement().execute("UPDATE RETORT_VERSION SET REVISION = 'ffffffffffff' WHERE REVISION = 'b2c3d4e5f6a7'");
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
    assertThatThrownBy(() -> ShopContexts.start(url, "spring.jpa.hibernate.ddl-auto=validate"))
        .hasStackTraceContaining("retortInitializer")
        .hasStackTraceContaining("ffffffffffff");
  }

  @Test
  void lockWaitBoundsTheWaitForAnotherInstance() throws Exception {
    String url = ShopContexts.newH2Url();
    java.util.concurrent.CountDownLatch taken = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    Thread other = new Thread(() -> {
      try (Connection c = DriverManager.getConnection(url, "sa", "");
          dev.retort.lock.MigrationLock held = dev.retort.lock.MigrationLocks.acquire(c, "retort_version")) {
        taken.countDown();
        release.await();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    other.start();
    try {
      assertThat(taken.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      assertThatThrownBy(() -> ShopContexts.start(url, "retort.lock-wait=300ms", "spring.jpa.hibernate.ddl-auto=none"))
          .hasStackTraceContaining("Retort waited 300 ms for the migration lock");
      assertThat(tables(url)).doesNotContain("RETORT_VERSION");
    } finally {
      release.countDown();
      other.join();
    }
  }

  @Test
  void tableLockPropertiesBoundAMigrationStuckBehindALongTransaction() throws Exception {
    String url = ShopContexts.newH2Url();
    ShopContexts.start(url, "retort.target=a1b2c3d4e5f6", "spring.jpa.hibernate.ddl-auto=none").close();
    try (Connection blocker = DriverManager.getConnection(url, "sa", "")) {
      // an open transaction that wrote to customer: H2 makes ALTER TABLE customer wait for it
      blocker.setAutoCommit(false);
      blocker.createStatement().executeUpdate("INSERT INTO customer (name) VALUES ('blocker')");
      assertThatThrownBy(() -> ShopContexts.start(url, "retort.table-lock-timeout=200ms", "retort.table-lock-retries=1",
              "retort.table-lock-retry-pause=50ms", "spring.jpa.hibernate.ddl-auto=none"))
          .hasStackTraceContaining("waited longer than the table lock timeout of 200 ms")
          .hasStackTraceContaining("It was tried 2 times, 50 ms apart");
      blocker.rollback();
    }
    try (ConfigurableApplicationContext context = ShopContexts.start(url, "spring.jpa.hibernate.ddl-auto=validate")) {
      assertThat(revisions(context.getBean(JdbcTemplate.class), "retort_version"))
          .containsExactly("a1b2c3d4e5f6", "b2c3d4e5f6a7");
    }
  }

  private static List<String> revisions(JdbcTemplate jdbc, String table) {
    return jdbc.queryForList("SELECT \"REVISION\" FROM \"" + table.toUpperCase() + "\" ORDER BY \"REVISION\"", String.class);
  }

  private static List<String> dependsOn(ConfigurableApplicationContext context, String bean) {
    BeanDefinition definition = context.getBeanFactory().getBeanDefinition(bean);
    return definition.getDependsOn() == null ? List.of() : List.of(definition.getDependsOn());
  }

  private static List<String> tables(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
      List<String> names = new java.util.ArrayList<>();
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME"));
      }
      return names;
    }
  }
}
