package dev.retort.maven;

import dev.retort.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the database (in the plugin's configuration or as {@code -Dretort.url},
 * {@code -Dretort.user}, {@code -Dretort.passwordEnv} or {@code -Dretort.password}, {@code
 * -Dretort.versionTable}, {@code -Dretort.dialect}), the project's class path, and the run of the command line's verb with its
 * output in Maven's log and its exit status as the goal's outcome.
 */
abstract class RetortMojo extends AbstractMojo {
  /** The environment variable, seen only by the command run in process, that carries the password. */
  static final String PASSWORD_VARIABLE = "RETORT_MAVEN_PASSWORD";

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** The database, as a JDBC URL; its driver must be a dependency of the project (any scope). */
  @Parameter(property = "retort.url")
  String url;

  /** The database user. */
  @Parameter(property = "retort.user")
  String user;

  /**
   * The password. Its value is visible: Maven's debug output ({@code mvn -X}) prints every goal
   * parameter, and a {@code -Dretort.password} is in the process list and the shell's history.
   * Prefer {@code passwordEnv}.
   */
  @Parameter(property = "retort.password")
  String password;

  /**
   * The name of the environment variable that holds the password, as the command line's {@code
   * --password-env}: Maven's output, its debug output included, then shows only the name.
   * Instead of {@code password}.
   */
  @Parameter(property = "retort.passwordEnv")
  String passwordEnv;

  /** The version table's name. */
  @Parameter(property = "retort.versionTable", defaultValue = "retort_version")
  String versionTable;

  /** The dialect (h2, postgresql, mysql, mariadb, sqlite, sqlserver), instead of detecting it. */
  @Parameter(property = "retort.dialect")
  String dialect;

  /** Skip the goal. */
  @Parameter(property = "retort.skip", defaultValue = "false")
  boolean skip;

  /** The verb and its own arguments, as the command line takes them. */
  abstract List<String> verb() throws MojoExecutionException;

  /** Where the verb's output goes: Maven's log, unless a goal writes it to a file. */
  void output(String text) throws MojoExecutionException {
    text.lines().forEach(getLog()::info);
  }

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping Retort (retort.skip)");
      return;
    }
    List<String> args = new ArrayList<>(verb());
    Map<String, String> env = Map.of();
    if (usesDatabase()) {
      env = passwordEnvironment(System.getenv());
      databaseOptions(args, env);
    }
    run(args, env);
  }

  /**
   * The environment the command line sees: the password under {@link #PASSWORD_VARIABLE}, from
   * {@code password} or from the variable {@code passwordEnv} names; empty without a password.
   */
  Map<String, String> passwordEnvironment(Map<String, String> environment) throws MojoExecutionException {
    boolean fromVariable = passwordEnv != null && !passwordEnv.isBlank();
    if (fromVariable && password != null && !password.isEmpty()) {
      throw new MojoExecutionException("retort:" + goal() + " was given both password (retort.password) and "
          + "passwordEnv (retort.passwordEnv): give only one, preferably passwordEnv.");
    }
    if (fromVariable) {
      String value = environment.get(passwordEnv.strip());
      if (value == null) {
        throw new MojoExecutionException("retort:" + goal() + ": passwordEnv (retort.passwordEnv) names the "
            + "environment variable " + passwordEnv.strip() + ", which is not set. Set it in the environment Maven "
            + "runs in, or name the variable that holds the password.");
      }
      return Map.of(PASSWORD_VARIABLE, value);
    }
    return password == null || password.isEmpty() ? Map.of() : Map.of(PASSWORD_VARIABLE, password);
  }

  /** Whether the verb takes the database options (heads reads the code only). */
  boolean usesDatabase() {
    return true;
  }

  private void databaseOptions(List<String> args, Map<String, String> env) {
    if (url != null && !url.isBlank()) {
      args.add("--url=" + url);
    }
    if (user != null && !user.isBlank()) {
      args.add("--user=" + user);
    }
    if (env.containsKey(PASSWORD_VARIABLE)) {
      args.add("--password-env=" + PASSWORD_VARIABLE);
    }
    args.add("--version-table=" + versionTable);
    if (dialect != null && !dialect.isBlank()) {
      args.add("--dialect=" + dialect);
    }
  }

  private void run(List<String> args, Map<String, String> env) throws MojoExecutionException, MojoFailureException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader projectLoader = projectClassLoader()) {
      thread.setContextClassLoader(projectLoader);
      status = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8), env);
    } catch (IOException e) {
      throw new MojoExecutionException("Could not close the project's class loader: " + e.getMessage(), e);
    } finally {
      thread.setContextClassLoader(previous);
    }
    String errors = err.toString(StandardCharsets.UTF_8).strip();
    if (status == 0) {
      output(out.toString(StandardCharsets.UTF_8));
      errors.lines().forEach(getLog()::warn);
      return;
    }
    out.toString(StandardCharsets.UTF_8).lines().forEach(getLog()::info);
    errors.lines().forEach(getLog()::error);
    String first = errors.lines().findFirst().orElse("exit status " + status);
    switch (status) {
      case 1 -> throw new MojoFailureException("retort:" + goal() + " found pending migrations or drift; see above.");
      case 3 -> throw new MojoFailureException("retort:" + goal() + " refused or failed: " + first);
      case 2 -> throw new MojoExecutionException("retort:" + goal() + " was configured wrongly: " + first);
      default -> throw new MojoExecutionException("retort:" + goal() + " failed unexpectedly: " + first);
    }
  }

  /** The goal's name, for messages. */
  abstract String goal();

  /**
   * The project's compiled classes and every dependency (test scope included, where an embedded
   * database's driver often is), in front of the plugin's own classes: the generated migration
   * index and the driver are found there, while Retort's classes are the plugin's.
   */
  private URLClassLoader projectClassLoader() throws MojoExecutionException {
    Set<File> files = new LinkedHashSet<>();
    File classes = new File(project.getBuild().getOutputDirectory());
    if (!classes.isDirectory()) {
      getLog().warn("No compiled classes in " + classes + ": run the goal after compile (mvn compile retort:" + goal() + ")");
    }
    files.add(classes);
    for (Artifact artifact : project.getArtifacts()) {
      if (artifact.getFile() != null && artifact.getArtifactHandler().isAddedToClasspath()) {
        files.add(artifact.getFile());
      }
    }
    List<URL> urls = new ArrayList<>();
    for (File file : files) {
      try {
        urls.add(file.toURI().toURL());
      } catch (MalformedURLException e) {
        throw new MojoExecutionException("Not a class path entry: " + file, e);
      }
    }
    return new URLClassLoader(urls.toArray(URL[]::new), getClass().getClassLoader());
  }

  /** Writes text to a file, creating its folder. */
  static void write(File file, String text) throws MojoExecutionException {
    try {
      if (file.getParentFile() != null) {
        Files.createDirectories(file.getParentFile().toPath());
      }
      Files.writeString(file.toPath(), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("Could not write " + file + ": " + e.getMessage(), e);
    }
  }
}
