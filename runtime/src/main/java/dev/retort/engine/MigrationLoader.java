package dev.retort.engine;

import dev.retort.Migration;
import dev.retort.MigrationIndex;
import dev.retort.RetortException;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the migrations the way {@link ServiceLoader} finds services: every migration list the
 * processor wrote ({@code META-INF/services/dev.retort.Migration}, one per module or jar that has
 * migrations, see {@link MigrationList}) and every {@link MigrationIndex} registered as a service,
 * merged. It never scans the class path, so it costs the same with ten migrations or a thousand
 * and works in any packaging.
 */
public final class MigrationLoader {
  private MigrationLoader() {}

  /**
   * Every migration of every index, merged.
   *
   * @throws MigrationIndexNotFoundException when no index is found at all (a missing processor
   *     is far likelier than a project without a single migration)
   * @throws RetortException when an index cannot be loaded, or two indexes hold different
   *     migrations with one revision id
   */
  public static List<Migration> load(ClassLoader classLoader) {
    return merge(indexes(classLoader));
  }

  /**
   * The indexes the class loader provides, the lists read and the index classes instantiated
   * (which loads no migration class until their {@code migrations()} is called).
   *
   * @throws MigrationIndexNotFoundException when there is none
   */
  static List<MigrationIndex> indexes(ClassLoader classLoader) {
    List<MigrationIndex> indexes = new ArrayList<>();
    try {
      Enumeration<URL> lists = classLoader.getResources(MigrationList.RESOURCE);
      while (lists.hasMoreElements()) {
        indexes.add(MigrationList.read(lists.nextElement(), classLoader));
      }
    } catch (IOException e) {
      throw new RetortException("Cannot look for " + MigrationList.RESOURCE + " on the class path: " + e.getMessage()
          + ". Nothing was changed.", e);
    }
    try {
      // hand-written indexes, and those earlier versions of the processor generated
      ServiceLoader.load(MigrationIndex.class, classLoader).forEach(indexes::add);
    } catch (ServiceConfigurationError e) {
      throw new RetortException("A dev.retort.MigrationIndex could not be loaded: " + e.getMessage()
          + ". Rebuild the module that provides it. Nothing was changed.", e);
    }
    if (indexes.isEmpty()) {
      throw new MigrationIndexNotFoundException(classLoader);
    }
    return indexes;
  }

  /** The migrations of several indexes; one listed by two indexes counts once. */
  static List<Migration> merge(List<MigrationIndex> indexes) {
    Map<String, Migration> byId = new LinkedHashMap<>();
    for (MigrationIndex index : indexes) {
      for (Migration migration : index.migrations()) {
        String id = migration.revision().id();
        Migration other = byId.putIfAbsent(id, migration);
        if (other != null && other.getClass() != migration.getClass()) {
          throw new RetortException("Two migrations have the revision id '" + id + "': "
              + other.getClass().getName() + " and " + migration.getClass().getName() + " (from "
              + index.getClass().getName() + "). Revision ids must be unique across all "
              + "migration indexes; give one of them a new id. Nothing was changed.");
        }
      }
    }
    return new ArrayList<>(byId.values());
  }
}
