package dev.retort.engine;

import dev.retort.Migration;
import dev.retort.MigrationIndex;
import dev.retort.RetortException;
import dev.retort.Revision;
import java.util.List;
import java.util.Optional;

/**
 * The migrations of the generated indexes, loaded lazily. {@link #summary()} loads the index and,
 * when there is one index that names its classes, the last migration class only: in revision
 * order the last revision has no child, so when the code has one head, it is that one.
 */
final class IndexedMigrations implements MigrationSource {
  private final ClassLoader loader;
  private List<MigrationIndex> indexes;
  private MigrationCatalog catalog;

  IndexedMigrations(ClassLoader loader) {
    this.loader = loader;
  }

  private synchronized List<MigrationIndex> indexes() {
    if (indexes == null) {
      indexes = MigrationLoader.indexes(loader);
    }
    return indexes;
  }

  /** The migration lists among the indexes, whose classes can be loaded ahead by name. */
  List<MigrationList> lists() {
    List<MigrationList> lists = new java.util.ArrayList<>();
    for (MigrationIndex index : indexes()) {
      if (index instanceof MigrationList list) {
        lists.add(list);
      }
    }
    return lists;
  }

  @Override
  public synchronized MigrationCatalog catalog() {
    if (catalog == null) {
      List<MigrationIndex> all = indexes();
      List<Migration> migrations = MigrationLoader.merge(all);
      if (all.size() == 1) {
        checkNames(all.get(0), migrations);
      }
      catalog = MigrationCatalog.of(migrations);
    }
    return catalog;
  }

  @Override
  public Optional<HeadSummary> summary() {
    List<MigrationIndex> all = indexes();
    List<String> names = all.size() == 1 ? all.get(0).migrationClassNames() : List.of();
    if (names.isEmpty()) {
      return HeadSummary.of(catalog());
    }
    String last = names.get(names.size() - 1);
    Revision revision;
    try {
      MigrationIndex index = all.get(0);
      ClassLoader classLoader = index instanceof MigrationList list ? list.loader() : index.getClass().getClassLoader();
      revision = Class.forName(last, false, classLoader).getAnnotation(Revision.class);
    } catch (ClassNotFoundException | LinkageError e) {
      throw stale(all.get(0), "it names the class " + last + ", which cannot be loaded (" + e + ")");
    }
    if (revision == null) {
      throw stale(all.get(0), "it names the class " + last + ", which has no @Revision");
    }
    return Optional.of(new HeadSummary(revision.id(), List.of(revision.parents()), names.size()));
  }

  /** The names an index gives must be the classes it lists, or the up-to-date check would be wrong. */
  private static void checkNames(MigrationIndex index, List<Migration> migrations) {
    List<String> names = index.migrationClassNames();
    if (names.isEmpty()) {
      return;
    }
    List<String> actual = migrations.stream().map(m -> m.getClass().getName()).toList();
    if (!actual.equals(names)) {
      throw stale(index, "its migrationClassNames() " + names + " are not the classes of its migrations() " + actual);
    }
  }

  private static RetortException stale(MigrationIndex index, String problem) {
    String name = index instanceof MigrationList list ? "The migration list " + list.url()
        : "The migration index " + index.getClass().getName();
    return new RetortException(name + " is inconsistent: "
        + problem + ". It is generated on every build; rebuild the module that contains it (with clean). "
        + "Nothing was changed.");
  }
}
