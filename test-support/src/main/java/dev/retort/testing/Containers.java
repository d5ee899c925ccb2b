package dev.retort.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.containers.MSSQLServerContainer;
import org.testcontainers.containers.MariaDBContainer;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * Servers in Docker containers through Testcontainers, one per database kind and JVM, stopped by
 * Testcontainers' reaper when the JVM ends. Loaded only when a server has no URL, so a machine
 * with the variables set never touches Docker.
 */
final class Containers {
  private Containers() {}

  static final String POSTGRES_IMAGE = "postgres:16-alpine";
  static final String MARIADB_IMAGE = "mariadb:10.11";
  static final String SQLSERVER_IMAGE = "mcr.microsoft.com/mssql/server:2022-latest";

  /**
   * Whether Docker answers. Looks for the usual signs first (DOCKER_HOST, a Docker socket,
   * Testcontainers' own configuration), so a machine without Docker answers at once.
   */
  static boolean dockerAvailable() {
    String home = System.getProperty("user.home", "");
    boolean signs = System.getenv("DOCKER_HOST") != null
        || Files.exists(Path.of("/var/run/docker.sock"))
        || Files.exists(Path.of(home, ".docker", "run", "docker.sock"))
        || Files.exists(Path.of(home, ".testcontainers.properties"));
    if (!signs) {
      return false;
    }
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (Throwable e) {
      return false;
    }
  }

  /** Starts a container for the database and returns an administrator's JDBC URL, credentials included. */
  static String start(Database kind) {
    JdbcDatabaseContainer<?> container = switch (kind) {
      case POSTGRESQL -> new PostgreSQLContainer<>(POSTGRES_IMAGE);
      case MARIADB -> new MariaDBContainer<>(MARIADB_IMAGE).withUsername("root").withPassword("retort");
      case SQLSERVER -> new MSSQLServerContainer<>(SQLSERVER_IMAGE).acceptLicense();
      default -> throw new IllegalArgumentException(kind + " is embedded");
    };
    container.start();
    String url = container.getJdbcUrl();
    return switch (kind) {
      case SQLSERVER -> url + ";user=" + container.getUsername() + ";password=" + container.getPassword();
      default -> Server.withParameter(Server.withParameter(url, "user=" + container.getUsername()),
          "password=" + container.getPassword());
    };
  }
}
