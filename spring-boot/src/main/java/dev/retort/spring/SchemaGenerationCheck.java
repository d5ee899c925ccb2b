package dev.retort.spring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.core.env.Environment;

/**
 * Finds the settings with which Hibernate would also change the schema Retort manages: then two
 * tools write one schema, and what Hibernate adds is in no migration (so not in production).
 */
final class SchemaGenerationCheck {
  /** Values of {@code hbm2ddl.auto} that leave the schema alone. */
  private static final List<String> HARMLESS = List.of("none", "validate");

  private SchemaGenerationCheck() {}

  /** The warning to log, if any of the settings would change the schema. */
  static Optional<String> warning(Environment environment) {
    List<String> found = new ArrayList<>();
    check(environment, "spring.jpa.hibernate.ddl-auto", found);
    check(environment, "spring.jpa.properties.hibernate.hbm2ddl.auto", found);
    String action = environment.getProperty("spring.jpa.properties.jakarta.persistence.schema-generation.database.action");
    if (action != null && !action.isBlank() && !"none".equalsIgnoreCase(action.trim())) {
      found.add("spring.jpa.properties.jakarta.persistence.schema-generation.database.action=" + action.trim());
    }
    if (environment.getProperty("spring.jpa.generate-ddl", Boolean.class, false)
        && environment.getProperty("spring.jpa.hibernate.ddl-auto") == null) {
      found.add("spring.jpa.generate-ddl=true");
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("[retort:ddl-auto] " + String.join(", ", found)
        + " lets Hibernate change the schema that Retort's migrations manage: what Hibernate adds is in no "
        + "migration, so other databases (production) never get it. Set spring.jpa.hibernate.ddl-auto=validate "
        + "(Hibernate then checks the migrated schema against the entities) or none.");
  }

  private static void check(Environment environment, String key, List<String> found) {
    String value = environment.getProperty(key);
    if (value != null && !value.isBlank() && !HARMLESS.contains(value.trim().toLowerCase(Locale.ROOT))) {
      found.add(key + "=" + value.trim());
    }
  }
}
