package dev.retort.engine;

import dev.retort.Migration;
import dev.retort.MigrationIndex;
import dev.retort.RetortException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the migrations through {@link ServiceLoader}: every {@link MigrationIndex} the class
 * loader provides (one per module or jar that has migrations), merged. It never scans the class
 * path, so it costs the same with ten migrations or a thousand and works in any packaging.
 */
public final class MigrationLoader {
  private MigrationLoader() {}

  /**
   * @throws MigrationIndexNotFoundException when no index is found at all (a missing processor
   *     is far likelier than a project without a single migration)
   * @throws RetortException when an index cannot be loaded, or two indexes hold different
   *     migrations with one revision id
   */
  public static List<Migration> load(ClassLoader classLoader) {
    Map<String, Migration> byId = new LinkedHashMap<>();
    int indexes = 0;
    try {
      for (MigrationIndex index : ServiceLoader.load(MigrationIndex.class, classLoader)) {
        indexes++;
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
    } catch (ServiceConfigurationError e) {
      throw new RetortException("A dev.retort.MigrationIndex could not be loaded: " + e.getMessage()
          + ". Rebuild the module that provides it. Nothing was changed.", e);
    }
    if (indexes == 0) {
      throw new MigrationIndexNotFoundException(classLoader);
    }
    return new ArrayList<>(byId.values());
  }
}
