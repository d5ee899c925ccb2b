package dev.retort.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Applies the revisions a target needs: {@code mvn compile retort:upgrade -Dretort.url=...}. */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class UpgradeMojo extends RetortMojo {
  /** head (the default), heads, a revision id or a unique prefix of one, or +N. */
  @Parameter(property = "retort.target", defaultValue = "head")
  String target;

  @Override
  List<String> verb() {
    return List.of("upgrade", target);
  }

  @Override
  String goal() {
    return "upgrade";
  }
}
