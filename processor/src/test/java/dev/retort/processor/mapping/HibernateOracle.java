package dev.retort.processor.mapping;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Hibernate ORM, bootstrapped on the model's classes, as the judge of Retort's tables: {@link
 * #validate} is {@code hibernate.hbm2ddl.auto=validate} against the migrated database, {@link
 * #create} lets Hibernate write its own tables into an empty one for comparison.
 */
final class HibernateOracle {
  private HibernateOracle() {}

  /** How names are derived: Hibernate's JPA-compliant defaults, or Spring Boot's. */
  enum Naming {
    /** Hibernate's defaults: JPA-compliant implicit names, physical names as logical. */
    JPA(null),
    /**
     * Spring Boot's defaults: {@code CamelCaseToUnderscoresNamingStrategy} for physical names and
     * Spring's implicit strategy (join tables named {@code <owner table>_<attribute>}).
     */
    SNAKE_CASE("snake_case");

    final String processorOption;

    Naming(String processorOption) {
      this.processorOption = processorOption;
    }
  }

  /** Spring Boot's {@code SpringImplicitNamingStrategy}, which is not on this class path. */
  public static final class SpringImplicitNamingStrategy extends ImplicitNamingStrategyJpaCompliantImpl {
    @Override
    public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
      String name = source.getOwningPhysicalTableName() + "_" + source.getAssociationOwningAttributePath().getProperty();
      return toIdentifier(name, source.getBuildingContext());
    }
  }

  /** Hibernate's schema validation: throws when a table, column or sequence is missing or has the wrong type. */
  static void validate(DataSource dataSource, LoadedModel model, Naming naming) {
    bootstrap(dataSource, model, naming, Map.of("hibernate.hbm2ddl.auto", "validate"));
  }

  /** Hibernate creates its own schema for the model, and writes the script it ran to {@code script}. */
  static void create(DataSource dataSource, LoadedModel model, Naming naming, Path script) {
    bootstrap(dataSource, model, naming, Map.of(
        "jakarta.persistence.schema-generation.database.action", "create",
        "jakarta.persistence.schema-generation.scripts.action", "create",
        "jakarta.persistence.schema-generation.scripts.create-target", script.toString(),
        "hibernate.hbm2ddl.delimiter", ";",
        // a statement the database rejects fails the run instead of leaving a table out
        "hibernate.hbm2ddl.halt_on_error", "true"));
  }

  private static void bootstrap(DataSource dataSource, LoadedModel model, Naming naming, Map<String, Object> action) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(model.loader());
    Map<String, Object> settings = new HashMap<>(action);
    settings.put("hibernate.connection.datasource", dataSource);
    settings.put("hibernate.classLoaders", List.of(model.loader()));
    settings.put("hibernate.cache.use_second_level_cache", false);
    settings.put("jakarta.persistence.validation.mode", "auto");
    // Byte[] and Character[] are JPA basic types; Hibernate 6.2+ maps them only in legacy mode
    settings.put("hibernate.type.wrapper_array_handling", "legacy");
    if (naming == Naming.SNAKE_CASE) {
      settings.put("hibernate.physical_naming_strategy", CamelCaseToUnderscoresNamingStrategy.class.getName());
      settings.put("hibernate.implicit_naming_strategy", SpringImplicitNamingStrategy.class.getName());
    }
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      model.annotatedClasses().forEach(sources::addAnnotatedClass);
      Metadata metadata = sources.buildMetadata();
      try (SessionFactory factory = metadata.buildSessionFactory()) {
        factory.getMetamodel();
      }
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
      thread.setContextClassLoader(previous);
    }
  }
}
