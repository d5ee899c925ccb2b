package dev.retort.spring;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link RetortMigrationInitializer} initializes the database, so every bean
 * that depends on database initialization (JPA, {@code JdbcTemplate}, jOOQ, ...) is created after
 * it. Registered in {@code META-INF/spring.factories}.
 */
final class RetortDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {
  @Override
  protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
    return Set.of(RetortMigrationInitializer.class);
  }

  @Override
  public int getOrder() {
    // after Flyway's detectors (0 and 1): an application that has both runs Flyway first
    return 2;
  }
}
