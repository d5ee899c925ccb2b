package dev.retort.spring;

import dev.retort.Migrations;
import dev.retort.Migrator;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Applies Retort's migrations to the application's DataSource at start-up, before JPA starts.
 *
 * <p>Like Spring Boot's {@code FlywayAutoConfiguration}: it runs after the DataSource exists; its
 * {@link RetortMigrationInitializer} is a database initializer, so the beans that use the database
 * wait for it; JPA's {@code EntityManagerFactory} is also made to depend on it explicitly, and with
 * {@code spring.jpa.defer-datasource-initialization} that is the only ordering: Hibernate's {@code
 * validate} must see the migrated schema, so Retort stays before it while {@code data.sql} and the
 * other deferred initializers run after Hibernate (see {@link RetortDatabaseInitializerDetector});
 * and Spring Boot is told that Retort manages the schema, so Hibernate's
 * default {@code ddl-auto} on an embedded database becomes {@code none} instead of {@code
 * create-drop}. Turn it off with {@code retort.enabled=false}.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(Migrator.class)
@ConditionalOnBean(DataSource.class)
@ConditionalOnBooleanProperty(name = "retort.enabled", matchIfMissing = true)
@EnableConfigurationProperties(RetortProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class RetortAutoConfiguration {
  private static final Logger LOG = LoggerFactory.getLogger("dev.retort.spring");
  static final String JPA_DEPENDS_ON = "org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor";

  @Bean
  @ConditionalOnMissingBean
  Migrator retortMigrator(@RetortDataSource ObjectProvider<DataSource> retortDataSource,
      ObjectProvider<DataSource> dataSource, RetortProperties properties, ResourceLoader resourceLoader) {
    Migrator migrator = Migrations.using(migrationDataSource(retortDataSource, dataSource))
        .withVersionTable(properties.getVersionTable());
    if (properties.getLockWait() != null) {
      migrator = migrator.withLockWait(properties.getLockWait());
    }
    if (properties.getTableLockTimeout() != null) {
      migrator = migrator.withTableLockTimeout(properties.getTableLockTimeout());
    }
    if (properties.getTableLockRetryPause() != null) {
      migrator = migrator.withTableLockRetries(properties.getTableLockRetries(), properties.getTableLockRetryPause());
    }
    ClassLoader classLoader = resourceLoader.getClassLoader();
    return classLoader == null ? migrator : migrator.withClassLoader(classLoader);
  }

  @Bean
  @ConditionalOnMissingBean
  RetortMigrationInitializer retortInitializer(Migrator retortMigrator, RetortProperties properties,
      Environment environment) {
    SchemaGenerationCheck.warning(environment).ifPresent(LOG::warn);
    return new RetortMigrationInitializer(retortMigrator, properties);
  }

  @Bean
  RetortSchemaManagementProvider retortSchemaManagementProvider(
      @RetortDataSource ObjectProvider<DataSource> retortDataSource, ObjectProvider<DataSource> dataSource) {
    return new RetortSchemaManagementProvider(migrationDataSource(retortDataSource, dataSource));
  }

  /** The DataSource marked {@link RetortDataSource}, else the application's single or primary one. */
  static DataSource migrationDataSource(ObjectProvider<DataSource> retortDataSource,
      ObjectProvider<DataSource> dataSource) {
    DataSource marked = retortDataSource.getIfAvailable();
    if (marked != null) {
      return marked;
    }
    DataSource unique = dataSource.getIfUnique();
    if (unique == null) {
      throw new IllegalStateException("[retort:datasource] Retort found several DataSource beans and none is "
          + "primary or marked @RetortDataSource; mark the one to migrate with @RetortDataSource (or @Primary), "
          + "or set retort.enabled=false.");
    }
    return unique;
  }

  /**
   * Makes JPA's EntityManagerFactory depend on the initializer by type (so a replacement
   * initializer bean counts too), as Spring Boot's Flyway support did before database
   * initialization detection existed. With {@code
   * spring.jpa.defer-datasource-initialization=true} it is what keeps Retort before Hibernate: the
   * detector then leaves the initializer out of the deferred initializers, which wait for the
   * EntityManagerFactory.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {
      JPA_DEPENDS_ON,
      "org.springframework.orm.jpa.AbstractEntityManagerFactoryBean",
      "jakarta.persistence.EntityManagerFactory"})
  static final class JpaDependsOnRetort {
    @Bean
    static EntityManagerFactoryDependsOnPostProcessor retortEntityManagerFactoryDependsOnPostProcessor() {
      return new EntityManagerFactoryDependsOnPostProcessor(RetortMigrationInitializer.class);
    }
  }
}
