package dev.retort.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Fails the build unless the database is at head with an intact history and no drift; changes
 * nothing. For a pipeline step before a deployment.
 */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class CheckMojo extends RetortMojo {
  @Override
  List<String> verb() {
    return List.of("check");
  }

  @Override
  String goal() {
    return "check";
  }
}
