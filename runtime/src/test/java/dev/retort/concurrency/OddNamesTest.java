package dev.retort.concurrency;

import static dev.retort.schema.Column.col;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Migration;
import dev.retort.Migrations;
import dev.retort.Migrator;
import dev.retort.Revision;
import dev.retort.dialect.Dialect;
import dev.retort.op.Operations;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * A hand-written migration whose names hold every quote character, a semicolon, a comment and a
 * statement of their own: each dialect quotes them (doubling its closing quote), so the database
 * stores them as names and runs nothing of them. The processor refuses such names in entities at
 * compile time ({@code SqlNames}); a hand-written migration reaches the dialect directly, which
 * is what this proves, on every database.
 */
class OddNamesTest {
  /** Closes every kind of quoted name, then tries to run a statement of its own. */
  static final String TABLE = "odd\"`]'; DROP TABLE victim; --";
  static final String COLUMN = "c\"`]'; DELETE FROM victim; --";
  static final String INDEX = "ix\"`]'; DROP TABLE victim; --";

  @Revision(id = "o1", message = "odd names")
  public static final class OddNames extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.createTable(Table.table(TABLE)
          .column(col("id", ColumnType.BIGINT).notNull())
          .column(col(COLUMN, ColumnType.varchar(40)))
          .primaryKey("id"));
      op.createIndex(Index.index(INDEX, TABLE, COLUMN));
      op.addColumn(TABLE, col("n'); DROP TABLE victim; --", ColumnType.INTEGER));
    }
  }

  @ParameterizedTest(name = "{0}")
  @RunsOn({Target.H2_MEMORY, Target.SQLITE, Target.POSTGRESQL, Target.MARIADB, Target.SQLSERVER})
  void namesAreQuotedNotExecuted(Target target) throws Exception {
    try (SharedDatabase db = SharedDatabase.open(target, "OddNames")) {
      db.execute("CREATE TABLE victim (id INTEGER)", "INSERT INTO victim (id) VALUES (42)");
      Migrator migrator = Migrations.using(db.dataSource()).withMigrations(List.of(new OddNames()));

      assertThat(migrator.upgradeToHead().appliedIds()).containsExactly("o1");

      Dialect d = db.dialect();
      assertThat(db.rows("SELECT id FROM victim")).containsExactly("42");
      try (Connection c = db.connect()) {
        assertThat(names(c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"}),
            "TABLE_NAME")).contains(d.storedName(TABLE));
        assertThat(names(c.getMetaData().getColumns(c.getCatalog(), c.getSchema(), d.storedName(TABLE), "%"),
            "COLUMN_NAME")).containsExactly(d.storedName("id"), d.storedName(COLUMN),
                d.storedName("n'); DROP TABLE victim; --"));
        assertThat(names(c.getMetaData().getIndexInfo(c.getCatalog(), c.getSchema(), d.storedName(TABLE), false, false),
            "INDEX_NAME")).contains(d.storedName(INDEX));
        // the names work as names
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + d.quoteTable(TABLE) + " (" + d.quoteName("id")
            + ", " + d.quoteName(COLUMN) + ") VALUES (?, ?)")) {
          ps.setLong(1, 1);
          ps.setString(2, "; DROP TABLE victim; --");
          ps.executeUpdate();
        }
      }
      assertThat(db.rows("SELECT " + d.quoteName(COLUMN) + " FROM " + d.quoteTable(TABLE)))
          .containsExactly("; DROP TABLE victim; --");

      migrator.downgrade("base");
      assertThat(db.tables()).doesNotContain(d.storedName(TABLE).toUpperCase(java.util.Locale.ROOT));
      assertThat(db.rows("SELECT id FROM victim")).containsExactly("42");
    }
  }

  private static List<String> names(ResultSet rs, String column) throws Exception {
    try (rs) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        if (rs.getString(column) != null) {
          out.add(rs.getString(column));
        }
      }
      return out;
    }
  }
}
