package dev.retort.engine;

import dev.retort.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.graph.RevisionGraph;
import dev.retort.op.Operation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Which revisions to run, in which order, to go from what a database has applied to a target, and
 * each of them prepared: upgrades in dependency order (each after its parents), downgrades in
 * reverse (each before its parents), ties broken by id, across branches and merges alike. The
 * same plan is executed online and written offline.
 */
final class Planner {
  private Planner() {}

  /** The revisions not yet applied that the targets need, each after its parents, ties by id. */
  static List<String> upgradePath(RevisionGraph graph, Collection<String> applied, Collection<String> targets) {
    return graph.upgradePath(applied, targets);
  }

  /**
   * Applies what the targets need; an empty plan when they are applied already. The migrations'
   * own {@code upgrade()} code is recorded in order on this thread; then their checksums are taken
   * on a second thread while this one renders them (both are Retort's own code over immutable
   * operations, and the database is idle until the plan is ready).
   */
  static Plan upgrade(MigrationCatalog catalog, Set<String> applied, SortedSet<String> targets, Dialect dialect) {
    RevisionGraph graph = catalog.graph();
    List<String> path = upgradePath(graph, applied, targets);
    List<List<Operation>> recorded = new ArrayList<>(path.size());
    for (String id : path) {
      recorded.add(PreparedMigration.operations(id, catalog.migration(id)));
    }
    FutureTask<List<String>> checksums = new FutureTask<>(() -> recorded.stream().map(Checksum::of).toList());
    Thread thread = new Thread(checksums, "retort-checksum");
    thread.setDaemon(true);
    thread.start();
    List<List<PreparedMigration.Step>> rendered = new ArrayList<>(path.size());
    SchemaTracker schema = SchemaTracker.afterApplied(catalog, applied);
    try {
      for (int i = 0; i < path.size(); i++) {
        rendered.add(PreparedMigration.render(path.get(i), recorded.get(i), dialect, schema));
      }
    } catch (RuntimeException e) {
      awaitQuietly(checksums); // no thread outlives the command
      throw e;
    }
    List<String> sums = checksums(checksums);
    List<PreparedMigration> migrations = new ArrayList<>(path.size());
    for (int i = 0; i < path.size(); i++) {
      String id = path.get(i);
      migrations.add(PreparedMigration.upgrade(id, catalog.migration(id), sums.get(i), rendered.get(i)));
    }
    Set<String> after = new HashSet<>(applied);
    after.addAll(path);
    return new Plan(migrations, graph.headsOf(applied), graph.headsOf(after));
  }

  /**
   * Undoes every applied revision that is not a target or an ancestor of one, children before
   * parents, so the database ends holding exactly the targets and their ancestors. Each migration
   * is recorded and rendered here, before anything runs: an irreversible one stops the plan.
   *
   * @throws RetortException when a target is not applied (that needs an upgrade)
   */
  static Plan downgrade(MigrationCatalog catalog, Set<String> applied, SortedSet<String> targets, Dialect dialect) {
    RevisionGraph graph = catalog.graph();
    Set<String> kept = graph.withAncestors(targets);
    SortedSet<String> missing = new TreeSet<>(kept);
    missing.removeAll(applied);
    if (!missing.isEmpty()) {
      throw new RetortException("Cannot downgrade to " + (targets.isEmpty() ? "base" : String.join(", ", targets))
          + ": the database has not applied " + String.join(", ", missing) + ", so it is not below the "
          + "current revision" + (graph.headsOf(applied).size() == 1 ? " " : "s ")
          + describe(graph.headsOf(applied)) + ". A downgrade only undoes revisions; use upgrade to "
          + "apply them. Nothing was changed.");
    }
    List<PreparedMigration> migrations = new ArrayList<>();
    SchemaTracker schema = SchemaTracker.afterApplied(catalog, applied);
    for (String id : graph.downgradePath(applied, targets)) {
      migrations.add(PreparedMigration.downgrade(id, catalog.migration(id), dialect, schema));
    }
    Set<String> after = new HashSet<>(applied);
    after.retainAll(kept);
    return new Plan(migrations, graph.headsOf(applied), graph.headsOf(after));
  }

  private static void awaitQuietly(FutureTask<List<String>> task) {
    try {
      task.get();
    } catch (ExecutionException e) {
      // the first failure is the one reported
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static List<String> checksums(FutureTask<List<String>> task) {
    try {
      return task.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw (RuntimeException) e.getCause(); // the task throws nothing checked
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RetortException("Interrupted while the checksums of the migrations were taken. Nothing was changed.", e);
    }
  }

  static String describe(Collection<String> revisions) {
    return revisions.isEmpty() ? "base" : String.join(", ", revisions);
  }
}
