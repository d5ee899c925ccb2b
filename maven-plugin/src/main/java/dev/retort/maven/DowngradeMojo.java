package dev.retort.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Undoes revisions down to a target: {@code mvn compile retort:downgrade -Dretort.target=-1}. */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class DowngradeMojo extends RetortMojo {
  /** base, a revision id or a unique prefix of one, or -N. Required: a downgrade is never implied. */
  @Parameter(property = "retort.target", required = true)
  String target;

  @Override
  List<String> verb() {
    return List.of("downgrade", target);
  }

  @Override
  String goal() {
    return "downgrade";
  }
}
