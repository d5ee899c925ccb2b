package dev.retort.engine;

import dev.retort.graph.RevisionGraph;
import dev.retort.history.AppliedRevisions;
import java.util.Collection;
import java.util.List;

/**
 * Which revisions to run, in which order, to reach a target. Upgrades only for now; a downgrade
 * plan is {@link RevisionGraph#downgradePath} the same way.
 */
final class Planner {
  private Planner() {}

  /** The revisions not yet applied that the targets need, each after its parents, ties by id. */
  static List<String> upgrade(RevisionGraph graph, AppliedRevisions applied, Collection<String> targets) {
    return graph.upgradePath(applied.ids(), targets);
  }
}
