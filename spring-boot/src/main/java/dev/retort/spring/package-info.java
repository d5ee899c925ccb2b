/**
 * Spring Boot auto-configuration for Retort: applies the migrations to the application's
 * {@link javax.sql.DataSource} at start-up, before JPA's {@code EntityManagerFactory} (and any
 * other bean that uses the database) is created, as Spring Boot's own Flyway and Liquibase
 * support do. Configured under {@code retort.*} ({@link dev.retort.spring.RetortProperties}).
 */
package dev.retort.spring;
