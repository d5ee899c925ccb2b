package dev.retort.engine;

import dev.retort.Migration;
import dev.retort.RetortException;
import dev.retort.Revision;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The code's migrations, by revision id, with their validated {@link RevisionGraph}. Built once
 * per command; reading it runs no migration code beyond the {@link Revision} annotations.
 */
public final class MigrationCatalog {
  private static final int MAX_ID_LENGTH = 128;

  private final Map<String, Migration> byId;
  private final RevisionGraph graph;

  private MigrationCatalog(Map<String, Migration> byId, RevisionGraph graph) {
    this.byId = byId;
    this.graph = graph;
  }

  /**
   * @throws RetortException when a migration has no {@code @Revision}, an unusable id, or shares
   *     its id with another one, or has one that differs from another's only in case; {@link
   *     dev.retort.graph.RevisionGraphException} when the revisions do not form a graph
   */
  public static MigrationCatalog of(List<? extends Migration> migrations) {
    Map<String, Migration> byId = new LinkedHashMap<>();
    Map<String, String> byFoldedId = new HashMap<>();
    List<RevisionNode> nodes = new ArrayList<>();
    for (Migration migration : migrations) {
      Revision revision = migration.revision();
      String id = checkedId(revision.id(), migration);
      Migration other = byId.put(id, migration);
      if (other != null) {
        throw new RetortException("Two migrations have the revision id '" + id + "': "
            + other.getClass().getName() + " and " + migration.getClass().getName()
            + ". Give one of them a new id. Nothing was changed.");
      }
      // MySQL's and MariaDB's default collations compare the version table's ids without case:
      // there the second row would clash with the first after its DDL had committed
      String sameButCase = byFoldedId.putIfAbsent(id.toLowerCase(Locale.ROOT), id);
      if (sameButCase != null) {
        throw new RetortException("The revision ids '" + sameButCase + "' (" + byId.get(sameButCase).getClass().getName()
            + ") and '" + id + "' (" + migration.getClass().getName() + ") differ only in case. MySQL and MariaDB "
            + "compare revision ids without case, so Retort needs ids that differ in more than that, on every "
            + "database. Give one of them a new id. Nothing was changed.");
      }
      nodes.add(new RevisionNode(id, List.of(revision.parents())));
    }
    return new MigrationCatalog(Collections.unmodifiableMap(byId), RevisionGraph.of(nodes));
  }

  private static String checkedId(String id, Migration migration) {
    boolean bad = id.isBlank() || id.length() > MAX_ID_LENGTH
        || id.chars().anyMatch(c -> c == ',' || Character.isWhitespace(c) || Character.isISOControl(c));
    if (bad) {
      throw new RetortException("Migration " + migration.getClass().getName() + " has the revision id '"
          + id + "'. A revision id is 1 to " + MAX_ID_LENGTH + " characters without commas or "
          + "spaces. Nothing was changed.");
    }
    return id;
  }

  public RevisionGraph graph() {
    return graph;
  }

  public boolean contains(String id) {
    return byId.containsKey(id);
  }

  /** The migration of a revision in the catalog. */
  public Migration migration(String id) {
    Migration migration = byId.get(id);
    if (migration == null) {
      throw new IllegalArgumentException("no migration " + id);
    }
    return migration;
  }

  public Revision revision(String id) {
    return migration(id).revision();
  }
}
