package dev.retort.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Turns a target as a user writes it into the revisions the database should hold (each with its
 * ancestors). The empty set means {@code base}: no revision at all.
 *
 * <ul>
 *   <li>{@code head}: the one head (an error naming them when there are several);
 *   <li>{@code heads}: every head;
 *   <li>{@code base}: nothing;
 *   <li>a full revision id, or a prefix that only one id starts with;
 *   <li>{@code +N} / {@code -N}: N steps up (towards the heads) or down (towards the base) from
 *       the current revision, an error when a step has a choice to make.
 * </ul>
 */
public final class Targets {
  public static final String HEAD = "head";
  public static final String HEADS = "heads";
  public static final String BASE = "base";

  private static final int LISTED = 20;

  private Targets() {}

  /**
   * @param graph the revisions
   * @param target what the user wrote
   * @param current the revisions the database is at now (heads of what it has applied); only
   *     read by {@code +N} and {@code -N}
   */
  public static SortedSet<String> resolve(RevisionGraph graph, String target, Collection<String> current) {
    String t = target.strip();
    if (t.equals(HEAD)) {
      return head(graph);
    }
    if (t.equals(HEADS)) {
      return graph.heads();
    }
    if (t.equals(BASE)) {
      return Collections.emptySortedSet();
    }
    if (t.matches("[+-]\\d+")) {
      // more steps than an int holds are more than any graph has: the walk stops with a clear error
      String digits = t.substring(1);
      int steps = digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
      return t.startsWith("+") ? up(graph, t, current, steps) : down(graph, t, current, steps);
    }
    return single(byId(graph, t));
  }

  /** The one head of the graph; empty when the graph is. */
  public static SortedSet<String> head(RevisionGraph graph) {
    SortedSet<String> heads = graph.heads();
    if (heads.size() > 1) {
      throw new AmbiguousRevisionException(HEAD, List.copyOf(heads),
          "The migrations have " + heads.size() + " heads. Add a merge revision that lists them all "
              + "as parents, or name one of them as the target, or use 'heads' for all.");
    }
    return heads;
  }

  /** The revision whose id is {@code idOrPrefix}, or the only one whose id starts with it. */
  public static String byId(RevisionGraph graph, String idOrPrefix) {
    if (graph.contains(idOrPrefix)) {
      return idOrPrefix;
    }
    List<String> matches = new ArrayList<>();
    for (String id : graph.ids()) {
      if (!idOrPrefix.isEmpty() && id.startsWith(idOrPrefix)) {
        matches.add(id);
      }
    }
    if (matches.size() > 1) {
      throw new AmbiguousRevisionException(idOrPrefix, matches, "Give more characters of the id.");
    }
    if (matches.isEmpty()) {
      throw new UnknownRevisionException(idOrPrefix, graph.isEmpty()
          ? "there are no revisions"
          : "the known revisions are " + listed(graph.topologicalOrder()));
    }
    return matches.get(0);
  }

  private static SortedSet<String> up(RevisionGraph graph, String target, Collection<String> current, int steps) {
    String at = null;
    if (!current.isEmpty()) {
      at = only(target, current, "The database is at several revisions; name the target revision.");
    }
    String start = at == null ? "base" : "'" + at + "'";
    for (int i = 0; i < steps; i++) {
      SortedSet<String> next = at == null ? graph.bases() : graph.children(at);
      if (next.isEmpty()) {
        throw new UnknownRevisionException(target, "there " + count(i) + " above " + start);
      }
      at = only(target, next, "The step after " + (at == null ? "base" : "'" + at + "'")
          + " has a choice of revisions; name the target revision.");
    }
    return at == null ? Collections.emptySortedSet() : single(at);
  }

  private static SortedSet<String> down(RevisionGraph graph, String target, Collection<String> current, int steps) {
    if (current.isEmpty()) {
      if (steps == 0) {
        return Collections.emptySortedSet();
      }
      throw new UnknownRevisionException(target, "the database is at base already");
    }
    String at = only(target, current, "The database is at several revisions; name the target revision.");
    String start = "'" + at + "'";
    for (int i = 0; i < steps; i++) {
      if (at == null) {
        throw new UnknownRevisionException(target, "there " + count(i) + " below " + start
            + ", counting base");
      }
      List<String> parents = graph.parents(at);
      at = parents.isEmpty() ? null
          : only(target, parents, "'" + at + "' is a merge; name the target revision.");
    }
    return at == null ? Collections.emptySortedSet() : single(at);
  }

  private static String count(int n) {
    return n == 1 ? "is only 1 revision" : "are only " + n + " revisions";
  }

  private static String only(String target, Collection<String> choices, String advice) {
    if (choices.size() != 1) {
      throw new AmbiguousRevisionException(target, List.copyOf(new TreeSet<>(choices)), advice);
    }
    return choices.iterator().next();
  }

  private static SortedSet<String> single(String id) {
    return Collections.unmodifiableSortedSet(new TreeSet<>(List.of(id)));
  }

  private static String listed(List<String> ids) {
    if (ids.size() <= LISTED) {
      return String.join(", ", ids);
    }
    return String.join(", ", ids.subList(ids.size() - LISTED, ids.size()))
        + " (the latest " + LISTED + " of " + ids.size() + ")";
  }
}
