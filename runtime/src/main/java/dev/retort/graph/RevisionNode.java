package dev.retort.graph;

import java.util.List;
import java.util.Objects;

/**
 * One revision as the graph sees it: its id and the ids of its parents (none for a base, two or
 * more for a merge).
 */
public record RevisionNode(String id, List<String> parents) {
  public RevisionNode {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("revision id must not be blank");
    }
    parents = List.copyOf(parents);
  }

  public static RevisionNode of(String id, String... parents) {
    return new RevisionNode(id, List.of(parents));
  }
}
