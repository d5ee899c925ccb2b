package dev.retort.spring;

import javax.sql.DataSource;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Tells Spring Boot that Retort manages the schema of the DataSource it migrates. Without it,
 * Spring Boot's default {@code spring.jpa.hibernate.ddl-auto} for an embedded database (H2, HSQLDB,
 * Derby) is {@code create-drop}: Hibernate would drop the tables Retort created when the
 * application stops. With it the default is {@code none}, as with Flyway and Liquibase.
 */
final class RetortSchemaManagementProvider implements SchemaManagementProvider {
  private final DataSource managed;

  RetortSchemaManagementProvider(DataSource managed) {
    this.managed = managed;
  }

  @Override
  public SchemaManagement getSchemaManagement(DataSource dataSource) {
    return dataSource.equals(managed) ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
  }
}
