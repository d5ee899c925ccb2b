package dev.retort.concurrency;

import static dev.retort.schema.Column.col;

import dev.retort.Migration;
import dev.retort.Revision;
import dev.retort.op.Operations;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A table of many rows and two long migrations over it, each a data migration written in Java
 * that updates the rows in batches, as a backfill of a large table does: one that changes data
 * only, one that adds a column, fills it and indexes it. Both say on standard output when they
 * are under way ({@value #UNDER_WAY}), so a test can kill the process in the middle.
 *
 * <p>The number of rows is {@code retort.killTest.rows} (200,000 by default: a few seconds per
 * database on two cores); run with {@code -Dretort.killTest.rows=1000000} for a million.
 */
final class LongMigrations {
  static final String UNDER_WAY = "LONG MIGRATION UNDER WAY";
  static final int ROWS = Integer.getInteger("retort.killTest.rows", 200_000);
  static final int BATCH = Math.max(1, ROWS / 200);

  private LongMigrations() {}

  static List<Migration> data() {
    return List.of(new CreateItems(), new Backfill());
  }

  static List<Migration> schema() {
    return List.of(new CreateItems(), new AddTotal());
  }

  @Revision(id = "l1", message = "create items")
  public static final class CreateItems extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.createTable(Table.table("item")
          .column(col("id", ColumnType.BIGINT).notNull())
          .column(col("qty", ColumnType.INTEGER).notNull())
          .primaryKey("id"));
      op.jdbc("fill " + ROWS + " items", LongMigrations::fill);
    }
  }

  @Revision(id = "l2", parents = "l1", message = "add 1000 to every quantity")
  public static final class Backfill extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.jdbc("add 1000 to every quantity, in batches", c -> inBatches(c, "UPDATE item SET qty = qty + 1000"));
    }
  }

  @Revision(id = "l2", parents = "l1", message = "add total")
  public static final class AddTotal extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.addColumn("item", col("total", ColumnType.BIGINT));
      op.jdbc("fill total, in batches", c -> inBatches(c, "UPDATE item SET total = qty * 2"));
      op.createIndex(Index.index("ix_item_total", "item", "total"));
    }
  }

  /** Runs {@code update} over every row, a batch of ids at a time, saying when the first batch is done. */
  private static void inBatches(Connection c, String update) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(update + " WHERE id BETWEEN ? AND ?")) {
      for (int from = 1; from <= ROWS; from += BATCH) {
        ps.setLong(1, from);
        ps.setLong(2, from + BATCH - 1);
        ps.executeUpdate();
        if (from == 1) {
          System.out.println(UNDER_WAY);
          System.out.flush();
        }
        pause();
      }
    }
  }

  /** A little time per batch, so that the whole update lasts a few seconds on a fast database too. */
  private static void pause() {
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Inserts the rows with one statement in the database's own way of generating a series. */
  private static void fill(Connection c) throws SQLException {
    String product = c.getMetaData().getDatabaseProductName();
    String sql = switch (product) {
      case "PostgreSQL" -> "INSERT INTO item (id, qty) SELECT g, g % 100 FROM generate_series(1, " + ROWS + ") g";
      case "H2" -> "INSERT INTO item (id, qty) SELECT X, MOD(X, 100) FROM SYSTEM_RANGE(1, " + ROWS + ")";
      case "SQLite" -> "WITH RECURSIVE g(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM g WHERE x < " + ROWS + ") "
          + "INSERT INTO item (id, qty) SELECT x, x % 100 FROM g";
      case "MariaDB", "MySQL" -> "INSERT INTO item (id, qty) SELECT seq, seq % 100 FROM seq_1_to_" + ROWS;
      default -> null;
    };
    if (sql != null) {
      try (Statement st = c.createStatement()) {
        st.execute(sql);
      }
      return;
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO item (id, qty) VALUES (?, ?)")) {
      for (int i = 1; i <= ROWS; i++) {
        ps.setLong(1, i);
        ps.setInt(2, i % 100);
        ps.addBatch();
        if (i % 1000 == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
  }
}
