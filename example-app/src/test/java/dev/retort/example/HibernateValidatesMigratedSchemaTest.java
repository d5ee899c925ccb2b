package dev.retort.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Migrations;
import dev.retort.UpgradeResult;
import dev.retort.example.library.Author;
import dev.retort.example.library.Book;
import dev.retort.example.library.Loan;
import dev.retort.example.library.Member;
import dev.retort.example.library.Tag;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.Test;

/**
 * The schema the example app's committed migrations build is the schema Hibernate expects for its
 * entities: Hibernate's own {@code hbm2ddl.auto=validate} accepts it.
 */
class HibernateValidatesMigratedSchemaTest {
  private static final List<Class<?>> ENTITIES = List.of(Author.class, Book.class, Loan.class, Member.class, Tag.class);

  @Test
  void hibernateValidatesTheSchemaTheMigrationsBuild() {
    JdbcDataSource dataSource = h2("validate_ok");

    UpgradeResult result = Migrations.upgradeToHead(dataSource);

    assertThat(result.applied()).hasSizeGreaterThanOrEqualTo(3);
    try (SessionFactory sessionFactory = hibernate(dataSource)) {
      assertThat(sessionFactory.getMetamodel().getEntities()).hasSize(ENTITIES.size());
    }
  }

  @Test
  void theCheckWouldCatchAColumnTheMigrationsForgot() throws Exception {
    JdbcDataSource dataSource = h2("validate_broken");
    Migrations.upgradeToHead(dataSource);
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("ALTER TABLE Member DROP COLUMN phone");
    }

    assertThatThrownBy(() -> hibernate(dataSource).close())
        .isInstanceOf(SchemaManagementException.class)
        .hasMessageContaining("phone");
  }

  private static JdbcDataSource h2(String name) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    return dataSource;
  }

  private static SessionFactory hibernate(JdbcDataSource dataSource) {
    Configuration configuration = new Configuration();
    ENTITIES.forEach(configuration::addAnnotatedClass);
    configuration.getProperties().put("hibernate.connection.datasource", dataSource);
    configuration.setProperty("hibernate.hbm2ddl.auto", "validate");
    configuration.setProperty("hibernate.show_sql", "false");
    return configuration.buildSessionFactory();
  }
}
