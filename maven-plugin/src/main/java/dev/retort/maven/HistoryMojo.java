package dev.retort.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Lists the revisions, newest first, with whether and when the database applied each; with {@code
 * retort.graph} draws the revision graph as {@code git log --graph} does, and with {@code
 * retort.format=mermaid} writes it as a Mermaid flowchart ({@code retort.outputFile} for a file).
 */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class HistoryMojo extends RetortMojo {
  /** A block per revision: creation date, when and by whom applied, how long it took. */
  @Parameter(property = "retort.verbose", defaultValue = "false")
  boolean verbose;

  /** Mark the revision(s) the database is at with (current). */
  @Parameter(property = "retort.indicateCurrent", defaultValue = "true")
  boolean indicateCurrent;

  /** Draw the revision graph, branches and merges. */
  @Parameter(property = "retort.graph", defaultValue = "false")
  boolean graph;

  /** text (the default) or mermaid. */
  @Parameter(property = "retort.format", defaultValue = "text")
  String format;

  /** The file to write the history to (a Mermaid diagram for the documentation, say); without it, the log. */
  @Parameter(property = "retort.outputFile")
  File outputFile;

  @Override
  List<String> verb() {
    List<String> args = new ArrayList<>(List.of("history", "--format=" + format));
    if (graph) {
      args.add("--graph");
    }
    if (verbose) {
      args.add("--verbose");
    }
    if (indicateCurrent) {
      args.add("--indicate-current");
    }
    return args;
  }

  @Override
  void output(String text) throws MojoExecutionException {
    if (outputFile == null) {
      super.output(text);
      return;
    }
    write(outputFile, text);
    getLog().info("Wrote the history " + outputFile);
  }

  @Override
  String goal() {
    return "history";
  }
}
