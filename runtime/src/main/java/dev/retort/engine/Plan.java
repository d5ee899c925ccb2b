package dev.retort.engine;

import java.util.List;
import java.util.SortedSet;

/**
 * What a command will do, fully prepared: the migrations to apply or undo, in order, and where
 * the database ends. The one thing both sinks consume: {@link JdbcExecutor} runs it on a
 * connection, {@link ScriptWriter} writes it as a script.
 *
 * @param migrations prepared migrations, all in one direction, in the order they run
 * @param from the revisions the database is at before (empty: base)
 * @param to the revisions it is at after (empty: base)
 */
record Plan(List<PreparedMigration> migrations, SortedSet<String> from, SortedSet<String> to) {
  Plan {
    migrations = List.copyOf(migrations);
  }

  boolean isEmpty() {
    return migrations.isEmpty();
  }

  boolean downgrade() {
    return !migrations.isEmpty() && migrations.get(0).downgrade();
  }

  List<String> ids() {
    return migrations.stream().map(PreparedMigration::id).toList();
  }
}
