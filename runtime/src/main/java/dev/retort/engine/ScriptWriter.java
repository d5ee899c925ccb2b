package dev.retort.engine;

import dev.retort.dialect.SqlStatement;
import dev.retort.history.VersionTable;
import java.util.List;

/**
 * Writes a {@link Plan} as a SQL script instead of running it: the other sink of the pipeline
 * whose first sink is {@link JdbcExecutor}. Both take the same prepared migrations, so the script
 * holds exactly the statements an online run would execute, in the same order, each revision
 * followed by its version-table statement, for a DBA to review and run.
 *
 * <p>The script is deterministic (no clock, no connection): the row's time and user are the
 * database's {@code CURRENT_TIMESTAMP} and {@code CURRENT_USER} when it runs. It holds no
 * transaction statements, whose spelling differs between databases and clients; its header says
 * how to run it as one unit.
 */
final class ScriptWriter {
  private final VersionTable versionTable;
  private final String database;

  ScriptWriter(VersionTable versionTable, String database) {
    this.versionTable = versionTable;
    this.database = database;
  }

  /**
   * @param plan what to write
   * @param createVersionTable whether to begin with the version table's CREATE TABLE (a script
   *     that starts from base, on a database that has never been migrated)
   */
  String write(Plan plan, boolean createVersionTable) {
    StringBuilder out = new StringBuilder();
    String direction = plan.downgrade() ? "Downgrade" : "Upgrade";
    out.append("-- Retort: ").append(direction.toLowerCase()).append(" from ").append(Planner.describe(plan.from()))
        .append(" to ").append(Planner.describe(plan.to())).append(" on ").append(database).append('\n');
    if (plan.isEmpty()) {
      out.append("-- Nothing to do: the database is at the target already.\n");
      return out.toString();
    }
    out.append("-- ").append(plan.migrations().size()).append(" revision(s), in this order: ")
        .append(String.join(", ", plan.ids())).append('\n');
    out.append("-- Each revision's statements end with the version-table statement that records it; run the\n")
        .append("-- script as one transaction where the database allows DDL in one (psql --single-transaction\n")
        .append("-- -v ON_ERROR_STOP=1 -f ...), and stop at the first error everywhere.\n");
    for (PreparedMigration migration : plan.migrations()) {
      for (PreparedMigration.Step step : migration.steps()) {
        for (SqlStatement statement : step.statements()) {
          if (statement.jdbcCallback()) {
            out.append("-- WARNING: revision ").append(migration.id()).append(" runs Java code (")
                .append(step.operation().describe()).append("), which a script cannot hold: run that\n")
                .append("-- revision with Retort itself, or do by hand what the code does.\n");
          }
        }
      }
    }
    if (createVersionTable) {
      out.append("\n-- The version table, ").append(versionTable.quotedName()).append('\n');
      versionTable.createStatements().forEach(s -> statement(out, s.sql()));
    }
    for (PreparedMigration migration : plan.migrations()) {
      out.append("\n-- ").append(direction).append(" revision ").append(migration.id());
      if (!migration.revision().message().isEmpty()) {
        out.append(": ").append(migration.revision().message().replace('\n', ' ').replace('\r', ' '));
      }
      List<String> parents = List.of(migration.revision().parents());
      out.append(" (parents: ").append(parents.isEmpty() ? "none" : String.join(", ", parents)).append(")\n");
      if (!migration.migration().transactional()) {
        out.append("-- This revision runs without a transaction: each statement on its own.\n");
      }
      for (PreparedMigration.Step step : migration.steps()) {
        for (SqlStatement statement : step.statements()) {
          if (statement.jdbcCallback()) {
            out.append(statement.sql()).append('\n');
            continue;
          }
          if (!statement.transactional()) {
            out.append("-- Runs outside a transaction (commit before it):\n");
          }
          statement(out, statement.sql());
        }
      }
      statement(out, migration.downgrade()
          ? versionTable.deleteStatementFor(migration.id())
          : versionTable.insertStatementFor(migration.id(), parents, migration.revision().message(), migration.checksum()));
    }
    return out.toString();
  }

  private static void statement(StringBuilder out, String sql) {
    String s = sql.strip();
    if (s.endsWith(";")) {
      s = s.substring(0, s.length() - 1).stripTrailing();
    }
    out.append(s).append(";\n");
  }
}
