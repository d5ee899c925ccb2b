package dev.retort.concurrency;

import static dev.retort.schema.Column.col;

import dev.retort.Migration;
import dev.retort.Revision;
import dev.retort.op.Operations;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import java.sql.PreparedStatement;
import java.util.List;

/**
 * Twenty-four migrations in a line, r01 to r24. Each creates a table (every fourth one an index
 * too), so running one twice fails where DDL commits at once, and writes a row into {@code ledger}
 * from a JDBC callback naming who ran it, so running one twice shows where DDL rolls back.
 */
final class ManyMigrations {
  static final int COUNT = 24;
  static final String HEAD = "r24";

  private ManyMigrations() {}

  /** Who runs the migrations: the process's {@code retort.caller}, or its pid, and the thread. */
  static String caller() {
    return System.getProperty("retort.caller", "pid " + ProcessHandle.current().pid()) + " / "
        + Thread.currentThread().getName();
  }

  /** New instances of every migration, as each instance of an application has its own. */
  static List<Migration> all() {
    return List.of(new R01(), new R02(), new R03(), new R04(), new R05(), new R06(), new R07(), new R08(), new R09(), new R10(), new R11(), new R12(), new R13(), new R14(), new R15(), new R16(), new R17(), new R18(), new R19(), new R20(), new R21(), new R22(), new R23(), new R24());
  }

  abstract static class Step extends Migration {
    @Override
    public void upgrade(Operations op) {
      String id = revision().id();
      int n = Integer.parseInt(id.substring(1));
      if (n == 1) {
        op.createTable(Table.table("ledger")
            .column(col("revision", ColumnType.varchar(10)).notNull())
            .column(col("applied_by", ColumnType.varchar(200)).notNull()));
      }
      String table = "t" + id.substring(1);
      op.createTable(Table.table(table)
          .column(col("id", ColumnType.BIGINT).notNull())
          .column(col("note", ColumnType.varchar(40)))
          .primaryKey("id"));
      if (n % 4 == 0) {
        op.createIndex(Index.index("ix_" + table + "_note", table, "note"));
      }
      op.jdbc("record who applied " + id, c -> {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ledger (revision, applied_by) VALUES (?, ?)")) {
          ps.setString(1, id);
          ps.setString(2, caller());
          ps.executeUpdate();
        }
      });
    }
  }

  @Revision(id = "r01", message = "step 1")
  public static final class R01 extends Step {}

  @Revision(id = "r02", parents = "r01", message = "step 2")
  public static final class R02 extends Step {}

  @Revision(id = "r03", parents = "r02", message = "step 3")
  public static final class R03 extends Step {}

  @Revision(id = "r04", parents = "r03", message = "step 4")
  public static final class R04 extends Step {}

  @Revision(id = "r05", parents = "r04", message = "step 5")
  public static final class R05 extends Step {}

  @Revision(id = "r06", parents = "r05", message = "step 6")
  public static final class R06 extends Step {}

  @Revision(id = "r07", parents = "r06", message = "step 7")
  public static final class R07 extends Step {}

  @Revision(id = "r08", parents = "r07", message = "step 8")
  public static final class R08 extends Step {}

  @Revision(id = "r09", parents = "r08", message = "step 9")
  public static final class R09 extends Step {}

  @Revision(id = "r10", parents = "r09", message = "step 10")
  public static final class R10 extends Step {}

  @Revision(id = "r11", parents = "r10", message = "step 11")
  public static final class R11 extends Step {}

  @Revision(id = "r12", parents = "r11", message = "step 12")
  public static final class R12 extends Step {}

  @Revision(id = "r13", parents = "r12", message = "step 13")
  public static final class R13 extends Step {}

  @Revision(id = "r14", parents = "r13", message = "step 14")
  public static final class R14 extends Step {}

  @Revision(id = "r15", parents = "r14", message = "step 15")
  public static final class R15 extends Step {}

  @Revision(id = "r16", parents = "r15", message = "step 16")
  public static final class R16 extends Step {}

  @Revision(id = "r17", parents = "r16", message = "step 17")
  public static final class R17 extends Step {}

  @Revision(id = "r18", parents = "r17", message = "step 18")
  public static final class R18 extends Step {}

  @Revision(id = "r19", parents = "r18", message = "step 19")
  public static final class R19 extends Step {}

  @Revision(id = "r20", parents = "r19", message = "step 20")
  public static final class R20 extends Step {}

  @Revision(id = "r21", parents = "r20", message = "step 21")
  public static final class R21 extends Step {}

  @Revision(id = "r22", parents = "r21", message = "step 22")
  public static final class R22 extends Step {}

  @Revision(id = "r23", parents = "r22", message = "step 23")
  public static final class R23 extends Step {}

  @Revision(id = "r24", parents = "r23", message = "step 24")
  public static final class R24 extends Step {}
}
