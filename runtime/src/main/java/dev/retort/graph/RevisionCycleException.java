package dev.retort.graph;

import java.util.List;

/** Following parents from some revision leads back to it. */
public class RevisionCycleException extends RevisionGraphException {
  private final List<String> cycle;

  /** @param cycle the revisions on the cycle, each a parent of the one before, first repeated last */
  public RevisionCycleException(List<String> cycle) {
    super("The revisions form a cycle: " + String.join(" -> ", cycle) + " (each one listed as a "
        + "parent of the one before). Correct the parents of one of them. Nothing was changed.");
    this.cycle = List.copyOf(cycle);
  }

  public List<String> cycle() {
    return cycle;
  }
}
