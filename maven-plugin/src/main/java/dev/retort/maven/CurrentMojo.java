package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Shows the revision(s) the database is at. */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class CurrentMojo extends RetortMojo {
  /** Also the message, and when and by whom it was applied. */
  @Parameter(property = "retort.verbose", defaultValue = "false")
  boolean verbose;

  @Override
  List<String> verb() {
    List<String> args = new ArrayList<>(List.of("current"));
    if (verbose) {
      args.add("--verbose");
    }
    return args;
  }

  @Override
  String goal() {
    return "current";
  }
}
