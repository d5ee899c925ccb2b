package dev.retort.engine;

import dev.retort.Migration;
import java.util.List;
import java.util.Optional;

/**
 * Where a command's migrations come from, loaded no earlier and no more than the command needs:
 * {@link #summary()} for the up-to-date check of every start, {@link #catalog()} (every
 * migration) for anything else.
 */
public interface MigrationSource {

  /** Every migration, with the revision graph; loaded on the first call, then kept. */
  MigrationCatalog catalog();

  /**
   * The code's one head and its number of revisions, as cheaply as the source can tell: for a
   * generated index, by loading its last migration class only. Empty when the code does not
   * have exactly one head.
   */
  Optional<HeadSummary> summary();

  /**
   * What {@link Engine#upgradeToHead()} compares with the version table before it loads anything
   * else.
   *
   * @param head the id of the code's one head
   * @param parents its parents
   * @param revisions how many revisions the code has
   */
  record HeadSummary(String head, List<String> parents, int revisions) {
    public HeadSummary {
      parents = List.copyOf(parents);
    }

    static Optional<HeadSummary> of(MigrationCatalog catalog) {
      var heads = catalog.graph().heads();
      if (heads.size() != 1) {
        return Optional.empty();
      }
      String head = heads.first();
      return Optional.of(new HeadSummary(head, catalog.graph().parents(head), catalog.graph().ids().size()));
    }
  }

  /** Exactly these migrations. */
  static MigrationSource of(List<? extends Migration> migrations) {
    List<Migration> copy = List.copyOf(migrations);
    return new MigrationSource() {
      private MigrationCatalog catalog;

      @Override
      public synchronized MigrationCatalog catalog() {
        if (catalog == null) {
          catalog = MigrationCatalog.of(copy);
        }
        return catalog;
      }

      @Override
      public Optional<HeadSummary> summary() {
        return HeadSummary.of(catalog());
      }
    };
  }

  /** The migrations of every {@link dev.retort.MigrationIndex} the class loader provides. */
  static MigrationSource indexed(ClassLoader loader) {
    return new IndexedMigrations(loader);
  }
}
