package dev.retort;

import java.util.List;

/**
 * The list of a project's migrations, written by the processor at compile time and found through
 * {@link java.util.ServiceLoader}, so the runtime never scans the class path.
 */
public interface MigrationIndex {
  List<Migration> migrations();
}
