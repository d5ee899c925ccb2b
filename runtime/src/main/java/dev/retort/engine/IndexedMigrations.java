package dev.retort.engine;

import dev.retort.Migration;
import dev.retort.MigrationIndex;
import dev.retort.RetortException;
import dev.retort.Revision;
import java.util.List;
import java.util.Optional;

/**
 * The migrations of the generated indexes, loaded lazily. {@link #summary()} loads the index and,
 * when there is one index that names its classes, the last migration class only (or none, when
 * the list also gives the head's id and parents, see {@link MigrationList#headRevision()}): in revision
 * order the last revision has no child, so when the code has one head, it is that one. Whether it
 * has one head the order cannot tell; the processor's list says so in a comment line (see {@link
 * MigrationList#namesItsHead()}), and a list without it is read whole.
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

  /**
   * Builds the catalog ahead of a command that will need it. Loading a thousand classes is most of
   * that work, so the two halves of each migration list load side by side (class loaders load in
   * parallel) before the catalog creates the migrations in order. An error is left for the
   * command's own {@link #catalog()} call to report.
   */
  void loadAhead() throws InterruptedException {
    for (MigrationIndex index : indexes()) {
      if (index instanceof MigrationList list) {
        int half = list.size() / 2;
        Thread second = new Thread(() -> list.preload(half, list.size()), "retort-load-2");
        second.setDaemon(true);
        second.start();
        list.preload(0, half);
        second.join();
      }
    }
    catalog();
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
    if (all.size() == 1 && all.get(0) instanceof MigrationList list && list.headRevision() != null) {
      // the processor wrote the head's id and parents beside its name: no class to load, no
      // annotation to read (the JDK's first annotation costs more than the rest of this method),
      // and, for a list as the processor wrote it, no name read either; the long path checks the
      // lines against the classes (see checkNames)
      return Optional.of(new HeadSummary(list.headRevision(), list.headParents(), list.size()));
    }
    List<String> names = all.size() == 1 ? all.get(0).migrationClassNames() : List.of();
    // Two heads would each be last in some revision order, and the fast path would call the
    // database up to date at one of them. The processor knows the heads when it writes the list,
    // so the list says it has one (a line, not a second query or more classes loaded: the
    // up-to-date start stays one query and one class). A list without that line, written by an
    // older processor or for two heads, takes the long way, which checks the heads. A hand-written
    // MigrationIndex that gives names promises one head (see MigrationIndex).
    if (names.isEmpty() || all.get(0) instanceof MigrationList list && !list.namesItsHead()) {
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
    if (index instanceof MigrationList list && list.headRevision() != null) {
      Revision head = migrations.get(migrations.size() - 1).revision();
      if (!head.id().equals(list.headRevision()) || !List.of(head.parents()).equals(list.headParents())) {
        throw stale(index, "it gives its head " + names.get(names.size() - 1) + " the revision " + list.headRevision()
            + " after " + list.headParents() + ", but the class says " + head.id() + " after " + List.of(head.parents()));
      }
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
