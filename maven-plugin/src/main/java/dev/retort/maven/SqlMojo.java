package dev.retort.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the SQL script of an upgrade (or, with {@code retort.downgrade}, a downgrade) for a DBA
 * to review and run, without connecting: {@code mvn compile retort:sql -Dretort.dialect=postgresql
 * -Dretort.outputFile=target/upgrade.sql}. The dialect is {@code retort.dialect}, or the one the
 * URL names.
 */
@Mojo(name = "sql", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class SqlMojo extends RetortMojo {
  /** Where the script starts: base for an upgrade, head for a downgrade, unless given. */
  @Parameter(property = "retort.from")
  String from;

  /** Where it ends: head for an upgrade; required for a downgrade. */
  @Parameter(property = "retort.target")
  String target;

  /** A downgrade script instead of an upgrade one. */
  @Parameter(property = "retort.downgrade", defaultValue = "false")
  boolean downgrade;

  /** The file to write the script to; without it, the script goes to the log. */
  @Parameter(property = "retort.outputFile")
  File outputFile;

  @Override
  List<String> verb() throws MojoExecutionException {
    String to = target;
    if (to == null || to.isBlank()) {
      if (downgrade) {
        throw new MojoExecutionException("retort:sql with retort.downgrade needs retort.target (base, a revision, -N).");
      }
      to = "head";
    }
    String start = from == null || from.isBlank() ? (downgrade ? "head" : "base") : from;
    return List.of(downgrade ? "downgrade" : "upgrade", "--sql", start + ":" + to);
  }

  @Override
  void output(String text) throws MojoExecutionException {
    if (outputFile == null) {
      super.output(text);
      return;
    }
    write(outputFile, text);
    getLog().info("Wrote the SQL script " + outputFile);
  }

  @Override
  String goal() {
    return "sql";
  }
}
