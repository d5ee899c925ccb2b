package dev.retort.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An immutable, validated graph of revisions: every parent exists, no id repeats, no cycle.
 *
 * <p>Every listing is deterministic: sets are sorted by id, and the topological order breaks ties
 * by id, so two runs over the same revisions always walk them the same way.
 */
public final class RevisionGraph {
  private final Map<String, List<String>> parents;
  private final Map<String, SortedSet<String>> children;
  private final List<String> order;
  private final Map<String, Integer> position;

  private RevisionGraph(Map<String, List<String>> parents) {
    this.parents = parents;
    this.children = childrenOf(parents);
    this.order = topologicalOrder(parents, children);
    this.position = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      position.put(order.get(i), i);
    }
  }

  /**
   * Builds and validates a graph.
   *
   * @throws DuplicateRevisionException when two nodes share an id
   * @throws MissingParentException when a parent is not among the nodes
   * @throws RevisionCycleException when following parents leads back to a node
   */
  public static RevisionGraph of(Collection<RevisionNode> nodes) {
    Map<String, List<String>> parents = new LinkedHashMap<>();
    for (RevisionNode node : nodes) {
      if (parents.put(node.id(), node.parents()) != null) {
        throw new DuplicateRevisionException(node.id());
      }
      if (new HashSet<>(node.parents()).size() != node.parents().size()) {
        throw new RevisionGraphException("Revision '" + node.id() + "' lists a parent twice: "
            + node.parents() + ". List each parent once.");
      }
    }
    for (RevisionNode node : nodes) {
      for (String parent : node.parents()) {
        if (!parents.containsKey(parent)) {
          throw new MissingParentException(node.id(), parent);
        }
      }
    }
    return new RevisionGraph(Collections.unmodifiableMap(parents));
  }

  public boolean contains(String id) {
    return parents.containsKey(id);
  }

  /** All ids, sorted. */
  public SortedSet<String> ids() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(parents.keySet()));
  }

  public boolean isEmpty() {
    return parents.isEmpty();
  }

  /** The parents of a revision, in the order it lists them. */
  public List<String> parents(String id) {
    return parents.get(require(id));
  }

  /** The revisions that list {@code id} as a parent, sorted. */
  public SortedSet<String> children(String id) {
    return Collections.unmodifiableSortedSet(children.get(require(id)));
  }

  /** The revisions no other revision follows, sorted. */
  public SortedSet<String> heads() {
    SortedSet<String> heads = new TreeSet<>();
    children.forEach((id, c) -> {
      if (c.isEmpty()) {
        heads.add(id);
      }
    });
    return Collections.unmodifiableSortedSet(heads);
  }

  /** The revisions without parents, sorted. */
  public SortedSet<String> bases() {
    SortedSet<String> bases = new TreeSet<>();
    parents.forEach((id, p) -> {
      if (p.isEmpty()) {
        bases.add(id);
      }
    });
    return Collections.unmodifiableSortedSet(bases);
  }

  /**
   * Every revision, each after all of its parents, from the bases to the heads; among revisions
   * whose parents are all listed, the smallest id comes first.
   */
  public List<String> topologicalOrder() {
    return order;
  }

  /** The revisions reachable from {@code ids} by following parents, not including {@code ids}. */
  public Set<String> ancestors(Collection<String> ids) {
    return walk(ids, parents::get);
  }

  /** The revisions reachable from {@code ids} by following children, not including {@code ids}. */
  public Set<String> descendants(Collection<String> ids) {
    return walk(ids, children::get);
  }

  /**
   * The revisions to apply, in order, to go from a database holding {@code applied} to one holding
   * {@code targets} and all their ancestors: each comes after its parents.
   */
  public List<String> upgradePath(Collection<String> applied, Collection<String> targets) {
    Set<String> wanted = withAncestors(targets);
    wanted.removeAll(applied);
    return inOrder(wanted);
  }

  /**
   * The revisions to undo, in order, to go from a database holding {@code applied} down to one
   * holding only {@code targets} and their ancestors: each comes before its parents.
   */
  public List<String> downgradePath(Collection<String> applied, Collection<String> targets) {
    Set<String> kept = withAncestors(targets);
    Set<String> undone = new HashSet<>(applied);
    undone.removeAll(kept);
    List<String> path = inOrder(undone);
    Collections.reverse(path);
    return path;
  }

  /** {@code ids} together with all their ancestors. */
  public Set<String> withAncestors(Collection<String> ids) {
    Set<String> all = new HashSet<>(ancestors(ids));
    all.addAll(ids);
    return all;
  }

  /** The given revisions sorted in {@link #topologicalOrder()}. */
  public List<String> inOrder(Collection<String> ids) {
    List<String> sorted = new ArrayList<>(ids);
    sorted.forEach(this::require);
    sorted.sort((a, b) -> Integer.compare(position.get(a), position.get(b)));
    return sorted;
  }

  /** Of the given revisions, those that are not an ancestor of another one of them, sorted. */
  public SortedSet<String> headsOf(Collection<String> ids) {
    SortedSet<String> heads = new TreeSet<>(ids);
    heads.removeAll(ancestors(ids));
    return Collections.unmodifiableSortedSet(heads);
  }

  private String require(String id) {
    if (!parents.containsKey(id)) {
      throw new UnknownRevisionException(id, "it is not in the revision graph");
    }
    return id;
  }

  private Set<String> walk(Collection<String> start, java.util.function.Function<String, Collection<String>> next) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    for (String id : start) {
      todo.addAll(next.apply(require(id)));
    }
    while (!todo.isEmpty()) {
      String id = todo.pop();
      if (seen.add(id)) {
        todo.addAll(next.apply(id));
      }
    }
    return seen;
  }

  private static Map<String, SortedSet<String>> childrenOf(Map<String, List<String>> parents) {
    Map<String, SortedSet<String>> children = new HashMap<>();
    parents.keySet().forEach(id -> children.put(id, new TreeSet<>()));
    parents.forEach((id, ps) -> ps.forEach(p -> children.get(p).add(id)));
    return children;
  }

  /** Kahn's algorithm with a priority queue on the id, so ties break the same way every time. */
  private static List<String> topologicalOrder(
      Map<String, List<String>> parents, Map<String, SortedSet<String>> children) {
    Map<String, Integer> waiting = new HashMap<>();
    PriorityQueue<String> ready = new PriorityQueue<>();
    parents.forEach((id, ps) -> {
      waiting.put(id, ps.size());
      if (ps.isEmpty()) {
        ready.add(id);
      }
    });
    List<String> order = new ArrayList<>(parents.size());
    while (!ready.isEmpty()) {
      String id = ready.poll();
      order.add(id);
      for (String child : children.get(id)) {
        if (waiting.merge(child, -1, Integer::sum) == 0) {
          ready.add(child);
        }
      }
    }
    if (order.size() != parents.size()) {
      Set<String> stuck = new TreeSet<>(parents.keySet());
      stuck.removeAll(order);
      throw new RevisionCycleException(findCycle(parents, stuck));
    }
    return Collections.unmodifiableList(order);
  }

  /**
   * A cycle among {@code stuck} (revisions Kahn's algorithm could not place): walk parents inside
   * {@code stuck} from its smallest id until a revision repeats. Every stuck revision has a stuck
   * parent, so the walk cannot end before it repeats.
   */
  private static List<String> findCycle(Map<String, List<String>> parents, Set<String> stuck) {
    List<String> path = new ArrayList<>();
    Map<String, Integer> seenAt = new HashMap<>();
    String id = stuck.iterator().next();
    while (!seenAt.containsKey(id)) {
      seenAt.put(id, path.size());
      path.add(id);
      id = parents.get(id).stream().filter(stuck::contains).sorted().findFirst().orElseThrow();
    }
    List<String> cycle = new ArrayList<>(path.subList(seenAt.get(id), path.size()));
    cycle.add(id);
    return cycle;
  }
}
