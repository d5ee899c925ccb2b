package dev.retort.spring;

import dev.retort.HistoryEntry;
import dev.retort.Migrator;
import dev.retort.RetortException;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionNode;
import dev.retort.graph.Targets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.Ordered;

/**
 * Brings the database to {@code retort.target} when the application context creates this bean,
 * which it does before JPA's {@code EntityManagerFactory}, {@code JdbcTemplate}s and the other
 * beans that use the database (they are made to depend on it). With {@code retort.validate-only}
 * it changes nothing and fails the start instead when the database is not there. Define a bean
 * of this type to replace it.
 */
public class RetortMigrationInitializer implements InitializingBean, Ordered {
  private final Migrator migrator;
  private final RetortProperties properties;
  private int order;

  public RetortMigrationInitializer(Migrator migrator, RetortProperties properties) {
    this.migrator = Objects.requireNonNull(migrator, "migrator");
    this.properties = Objects.requireNonNull(properties, "properties");
  }

  @Override
  public void afterPropertiesSet() {
    String target = target();
    if (properties.isValidateOnly()) {
      validate(target);
    } else if (target.equals(Targets.HEAD)) {
      migrator.upgradeToHead();
    } else {
      migrator.upgrade(target);
    }
  }

  /**
   * Fails unless every revision the target needs is applied, after the history checks an upgrade
   * makes (revisions the code does not know, changed checksums, a failed migration). Changes
   * nothing: no lock, no version table.
   */
  private void validate(String target) {
    migrator.pending(); // the history checks; throws when the database cannot be continued
    List<HistoryEntry> history = migrator.history();
    RevisionGraph graph = RevisionGraph.of(history.stream().map(e -> new RevisionNode(e.id(), e.parents())).toList());
    SortedSet<String> current = history.stream().filter(HistoryEntry::current).map(HistoryEntry::id)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
    Set<String> needed = withAncestors(graph, Targets.resolve(graph, target, current));
    List<HistoryEntry> missing = history.stream().filter(e -> needed.contains(e.id()) && e.pending()).toList();
    if (!missing.isEmpty()) {
      throw new RetortException("[retort:validate] retort.validate-only is set and the database is not at '" + target
          + "': " + missing.size() + " revision(s) are not applied: "
          + missing.stream().map(e -> e.id() + " (" + e.message() + ")").collect(Collectors.joining(", "))
          + ". Nothing was changed. Apply them first (an instance without retort.validate-only, or the retort "
          + "upgrade command), or point this instance at a database that has them.");
    }
  }

  private static Set<String> withAncestors(RevisionGraph graph, Set<String> revisions) {
    Set<String> all = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(revisions);
    while (!todo.isEmpty()) {
      String id = todo.pop();
      if (all.add(id)) {
        todo.addAll(graph.parents(id));
      }
    }
    return all;
  }

  private String target() {
    String target = properties.getTarget();
    return target == null || target.isBlank() ? Targets.HEAD : target.strip();
  }

  /** The migrator this initializer runs. */
  public Migrator migrator() {
    return migrator;
  }

  @Override
  public int getOrder() {
    return order;
  }

  public void setOrder(int order) {
    this.order = order;
  }
}
