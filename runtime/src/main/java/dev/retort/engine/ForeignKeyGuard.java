package dev.retort.engine;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.ForeignKeyPause;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Pauses foreign-key enforcement around one migration where the dialect asks for it (SQLite,
 * whose table rebuild would otherwise delete and cascade), and checks every reference before the
 * migration commits. Enforcement is switched outside the migration's transaction, which is the
 * only place SQLite allows it, and only when it was on; it is switched back on whatever happens.
 */
final class ForeignKeyGuard {
  private static final ForeignKeyGuard NONE = new ForeignKeyGuard(null);

  private final ForeignKeyPause pause;

  private ForeignKeyGuard(ForeignKeyPause pause) {
    this.pause = pause;
  }

  /**
   * Turns enforcement off when the dialect pauses it and it is on; commits the connection's open
   * transaction (reads only, at this point) to do so.
   */
  static ForeignKeyGuard pause(Connection connection, Dialect dialect) throws SQLException {
    ForeignKeyPause pause = dialect.foreignKeyPause().orElse(null);
    if (pause == null) {
      return NONE;
    }
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(true);
    try (Statement st = connection.createStatement()) {
      boolean on;
      try (ResultSet rs = st.executeQuery(pause.query())) {
        on = rs.next() && rs.getInt(1) == 1;
      }
      if (!on) {
        return NONE;
      }
      st.execute(pause.off());
      return new ForeignKeyGuard(pause);
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /** The check's statement, for messages; null when nothing is paused. */
  String checkStatement() {
    return pause == null ? null : pause.check();
  }

  /** Fails when a reference is broken, so the migration rolls back instead of committing it. */
  void check(Connection connection) throws SQLException {
    if (pause == null) {
      return;
    }
    List<String> broken = new ArrayList<>();
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(pause.check())) {
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next() && broken.size() < 10) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.add(meta.getColumnLabel(i) + "=" + rs.getString(i));
        }
        broken.add(String.join(" ", row));
      }
    }
    if (!broken.isEmpty()) {
      throw new SQLException("the migration leaves rows whose foreign keys reference no row: " + String.join("; ", broken));
    }
  }

  /** Turns enforcement back on if it was paused; ends any open transaction first. */
  void resume(Connection connection) throws SQLException {
    if (pause == null) {
      return;
    }
    boolean autoCommit = connection.getAutoCommit();
    if (!autoCommit) {
      connection.rollback();
    }
    connection.setAutoCommit(true);
    try (Statement st = connection.createStatement()) {
      st.execute(pause.on());
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }
}
