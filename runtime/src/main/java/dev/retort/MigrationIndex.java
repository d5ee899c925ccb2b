package dev.retort;

import java.util.List;

/**
 * The list of a project's migrations, written by the processor at compile time and found through
 * {@link java.util.ServiceLoader}, so the runtime never scans the class path.
 */
public interface MigrationIndex {

  /** Every migration, in revision order: each after its parents. */
  List<Migration> migrations();

  /**
   * The binary names of the classes {@link #migrations()} returns, in the same order. With them
   * the runtime sees that a database is up to date by loading one migration class, the last,
   * instead of all of them: what keeps the start-up cost of {@link Migrations#upgradeToHead} the
   * same for ten migrations or five thousand. The processor's index lists them; an index that
   * returns an empty list (the default) has all its migrations loaded on every start. The last
   * name is taken for the code's one head, so an index whose migrations have several heads must
   * return an empty list.
   */
  default List<String> migrationClassNames() {
    return List.of();
  }
}
