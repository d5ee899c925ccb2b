package dev.retort.spring;

import dev.retort.Migrator;
import java.util.Objects;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.Ordered;

/**
 * Applies the migrations when the application context creates this bean, which it does before
 * JPA's {@code EntityManagerFactory}, {@code JdbcTemplate}s and the other beans that use the
 * database (they are made to depend on it). Define a bean of this type to replace it.
 */
public class RetortMigrationInitializer implements InitializingBean, Ordered {
  private final Migrator migrator;
  private final RetortProperties properties;
  private int order;

  public RetortMigrationInitializer(Migrator migrator, RetortProperties properties) {
    this.migrator = Objects.requireNonNull(migrator, "migrator");
    this.properties = Objects.requireNonNull(properties, "properties");
  }

  @Override
  public void afterPropertiesSet() {
    migrator.upgradeToHead();
  }

  /** The migrator this initializer runs. */
  public Migrator migrator() {
    return migrator;
  }

  @Override
  public int getOrder() {
    return order;
  }

  public void setOrder(int order) {
    this.order = order;
  }
}
