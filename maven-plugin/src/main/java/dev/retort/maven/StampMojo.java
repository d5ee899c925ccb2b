package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Records a revision and its ancestors as applied without running them: how an existing database
 * adopts Retort (a baseline), {@code mvn compile retort:stamp -Dretort.target=head}.
 */
@Mojo(name = "stamp", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class StampMojo extends RetortMojo {
  /** head, base, a revision id or a unique prefix of one, +N or -N. */
  @Parameter(property = "retort.target", required = true)
  String target;

  /** Remove every row of the version table first, those of revisions the code does not know included. */
  @Parameter(property = "retort.purge", defaultValue = "false")
  boolean purge;

  @Override
  List<String> verb() {
    List<String> args = new ArrayList<>(List.of("stamp", target));
    if (purge) {
      args.add("--purge");
    }
    return args;
  }

  @Override
  String goal() {
    return "stamp";
  }
}
