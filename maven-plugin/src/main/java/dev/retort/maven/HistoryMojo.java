package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Lists the revisions, newest first, with whether and when the database applied each. */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class HistoryMojo extends RetortMojo {
  /** A block per revision: creation date, when and by whom applied, how long it took. */
  @Parameter(property = "retort.verbose", defaultValue = "false")
  boolean verbose;

  /** Mark the revision(s) the database is at with (current). */
  @Parameter(property = "retort.indicateCurrent", defaultValue = "true")
  boolean indicateCurrent;

  @Override
  List<String> verb() {
    List<String> args = new ArrayList<>(List.of("history"));
    if (verbose) {
      args.add("--verbose");
    }
    if (indicateCurrent) {
      args.add("--indicate-current");
    }
    return args;
  }

  @Override
  String goal() {
    return "history";
  }
}
