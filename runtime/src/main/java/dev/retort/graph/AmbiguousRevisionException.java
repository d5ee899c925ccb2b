package dev.retort.graph;

import java.util.List;

/** A target matches more than one revision (an id prefix, {@code head} with two heads, a step across a branch). */
public class AmbiguousRevisionException extends RevisionGraphException {
  private final String target;
  private final List<String> candidates;

  public AmbiguousRevisionException(String target, List<String> candidates, String advice) {
    super("'" + target + "' is ambiguous: it could mean " + String.join(", ", candidates) + ". "
        + advice);
    this.target = target;
    this.candidates = List.copyOf(candidates);
  }

  public String target() {
    return target;
  }

  /** The revisions it could mean, sorted. */
  public List<String> candidates() {
    return candidates;
  }
}
