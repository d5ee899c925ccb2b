package dev.retort.spring;

import java.util.Set;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Tells Spring Boot that {@link RetortMigrationInitializer} initializes the database, so every bean
 * that depends on database initialization (JPA, {@code JdbcTemplate}, jOOQ, ...) is created after
 * it. Registered in {@code META-INF/spring.factories}.
 *
 * <p>With {@code spring.jpa.defer-datasource-initialization=true} Spring Boot makes JPA's {@code
 * EntityManagerFactory} a database initializer itself and every other initializer wait for it, so
 * that {@code data.sql} fills the tables Hibernate created. Retort must stay before Hibernate,
 * which validates or uses the migrated schema, so then it is not reported here: the
 * EntityManagerFactory depends on it directly ({@link RetortAutoConfiguration}), and the deferred
 * initializers and the beans that use the database, which wait for the EntityManagerFactory, come
 * after Retort through it.
 */
final class RetortDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {
  static final String DEFER = "spring.jpa.defer-datasource-initialization";
  private static final String ENTITY_MANAGER_FACTORY = "jakarta.persistence.EntityManagerFactory";

  private final Environment environment;

  RetortDatabaseInitializerDetector(Environment environment) {
    this.environment = environment;
  }

  @Override
  protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
    return Set.of(RetortMigrationInitializer.class);
  }

  @Override
  public Set<String> detect(ConfigurableListableBeanFactory beanFactory) {
    return deferredBehindJpa(beanFactory) ? Set.of() : super.detect(beanFactory);
  }

  /** Whether JPA initializes the database first (deferred), so Retort must not wait for it. */
  private boolean deferredBehindJpa(ConfigurableListableBeanFactory beanFactory) {
    if (!environment.getProperty(DEFER, Boolean.class, false)
        || !ClassUtils.isPresent(RetortAutoConfiguration.JPA_DEPENDS_ON, beanFactory.getBeanClassLoader())
        || !ClassUtils.isPresent(ENTITY_MANAGER_FACTORY, beanFactory.getBeanClassLoader())) {
      return false;
    }
    Class<?> entityManagerFactory = ClassUtils.resolveClassName(ENTITY_MANAGER_FACTORY, beanFactory.getBeanClassLoader());
    return beanFactory.getBeanNamesForType(entityManagerFactory, true, false).length > 0;
  }

  @Override
  public int getOrder() {
    // after Flyway's detectors (0 and 1): an application that has both runs Flyway first
    return 2;
  }
}
