package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Shows the code's heads; needs no database. */
@Mojo(name = "heads", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class HeadsMojo extends RetortMojo {
  /** Also each head's parents, message and creation date. */
  @Parameter(property = "retort.verbose", defaultValue = "false")
  boolean verbose;

  @Override
  List<String> verb() {
    List<String> args = new ArrayList<>(List.of("heads"));
    if (verbose) {
      args.add("--verbose");
    }
    return args;
  }

  @Override
  boolean usesDatabase() {
    return false;
  }

  @Override
  String goal() {
    return "heads";
  }
}
