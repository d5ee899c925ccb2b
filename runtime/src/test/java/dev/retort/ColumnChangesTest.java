package dev.retort;

import static dev.retort.schema.Column.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.op.Operations;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Table;
import dev.retort.testing.AllDatabases;
import dev.retort.testing.Database;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Column changes on a table that holds rows, up and down, on every database: a type that changes
 * kind under a default, a nullable column that becomes NOT NULL with a default while rows hold
 * NULL, text that becomes a {@code @Lob} (a large object on PostgreSQL), and a column added with a
 * default that is not a constant (which SQLite cannot add in place).
 */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(AllDatabases.class)
class ColumnChangesTest {
  @Parameter
  Database kind;

  private TestDatabase db;

  static final Column QTY = col("qty", ColumnType.varchar(10)).defaultValue("'5'");
  static final Column QTY_NUMBER = col("qty", ColumnType.INTEGER).defaultValue("5");
  static final Column NOTE = col("note", ColumnType.varchar(40));
  static final Column NOTE_REQUIRED = NOTE.notNull().defaultValue("'none'");
  static final Column BODY = col("body", ColumnType.varchar(200));
  static final Column BODY_LOB = BODY.withType(ColumnType.CLOB);
  static final Column CREATED = col("created", ColumnType.timestamp(0)).defaultValue("CURRENT_TIMESTAMP");

  @Revision(id = "0001", message = "items")
  public static final class CreateItems extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.createTable(Table.table("item")
          .column(col("id", ColumnType.INTEGER).notNull())
          .column(QTY)
          .column(NOTE)
          .column(BODY)
          .primaryKey("id"));
    }
  }

  @Revision(id = "0002", parents = "0001", message = "retype and tighten")
  public static final class Reshape extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.alterColumn("item", QTY, QTY_NUMBER);
      op.alterColumn("item", NOTE, NOTE_REQUIRED);
      op.alterColumn("item", BODY, BODY_LOB);
      op.addColumn("item", CREATED);
    }

    @Override
    public void downgrade(Operations op) {
      op.dropColumn("item", CREATED);
      op.alterColumn("item", BODY_LOB, BODY);
      op.alterColumn("item", NOTE_REQUIRED, NOTE);
      op.alterColumn("item", QTY_NUMBER, QTY);
    }
  }

  static final Column ID = col("id", ColumnType.BIGINT).notNull();

  @Revision(id = "0001", message = "tickets numbered by hand")
  public static final class CreateTickets extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.createTable(Table.table("ticket").column(ID).column(NOTE).primaryKey("id"));
    }
  }

  @Revision(id = "0002", parents = "0001", message = "tickets numbered by the database")
  public static final class NumberTickets extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.alterColumn("ticket", ID, ID.asIdentity());
    }
  }

  @Revision(id = "0001", message = "stock with a check")
  public static final class CreateStock extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.createTable(Table.table("stock")
          .column(col("id", ColumnType.INTEGER).notNull())
          .column(col("qty", ColumnType.INTEGER))
          .primaryKey("id")
          .check(dev.retort.schema.CheckConstraint.check("ck_stock_qty", "qty >= 0")));
    }
  }

  @Revision(id = "0002", parents = "0001", message = "rename, then a change SQLite rebuilds the table for")
  public static final class RenameThenRebuild extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.renameColumn("stock", "qty", "quantity");
      op.addUnique("stock", dev.retort.schema.UniqueConstraint.unique("uk_stock_quantity", "quantity"));
    }
  }

  @BeforeEach
  void open() {
    db = TestDatabases.fresh(kind, "ColumnChangesTest");
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  /** The rows as {@code id:qty:note:body}, the body read as text whatever its type. */
  private List<String> rows() throws SQLException {
    String body = kind == Database.POSTGRESQL && isLob() ? "convert_from(lo_get(body), 'UTF8')" : "body";
    return db.strings("SELECT " + concat("id", "qty", "COALESCE(note, 'NULL')", "COALESCE(" + body + ", 'NULL')")
        + " FROM item ORDER BY id");
  }

  private boolean isLob() throws SQLException {
    return db.columns("item").get("BODY").type().toLowerCase().matches("oid|clob|.*text|character large object");
  }

  private String concat(String... parts) {
    return kind == Database.SQLITE || kind == Database.POSTGRESQL || kind == Database.H2
        ? String.join(" || ':' || ", Arrays.stream(parts).map(p -> "CAST(" + p + " AS VARCHAR(200))").toList())
        : "CONCAT_WS(':', " + String.join(", ", parts) + ")";
  }

  @Test
  void everyRowKeepsItsValuesUpAndDown() throws Exception {
    Migrator migrator = Migrations.using(db.dataSource()).withMigrations(List.of(new CreateItems(), new Reshape()));
    migrator.upgrade("0001");
    db.execute("INSERT INTO item (id, qty, note, body) VALUES (1, '7', NULL, 'hello')",
        "INSERT INTO item (id, note, body) VALUES (2, 'kept', '42')",
        "INSERT INTO item (id, qty, note, body) VALUES (3, '12', NULL, NULL)");

    migrator.upgradeToHead();

    assertThat(isLob()).isTrue();
    assertThat(rows()).containsExactly("1:7:none:hello", "2:5:kept:42", "3:12:none:NULL");
    assertThat(db.columns("item").get("NOTE").nullable()).isFalse();
    assertThat(db.number("SELECT COUNT(*) FROM item WHERE created IS NULL")).isZero();
    db.execute("INSERT INTO item (id) VALUES (4)");
    assertThat(db.strings("SELECT " + concat("qty", "note") + " FROM item WHERE id = 4")).containsExactly("5:none");
    db.execute("DELETE FROM item WHERE id = 4");

    migrator.downgrade("0001");

    assertThat(isLob()).isFalse();
    // the rows that held NULL keep the default they were given: nothing tells them apart any more
    assertThat(rows()).containsExactly("1:7:none:hello", "2:5:kept:42", "3:12:none:NULL");
    assertThat(db.columns("item").get("NOTE").nullable()).isTrue();
    assertThat(db.columnNames("item")).containsExactly("ID", "QTY", "NOTE", "BODY");
    db.execute("INSERT INTO item (id) VALUES (4)");
    assertThat(db.strings("SELECT qty FROM item WHERE id = 4")).containsExactly("5");
  }

  /** A column that becomes an identity goes on after the largest number its rows hold. */
  @Test
  void anIdentityMadeFromAColumnContinuesAfterItsRows() throws Exception {
    Assumptions.assumeFalse(kind == Database.SQLSERVER, "SQL Server cannot make an existing column an identity");
    Migrator migrator = Migrations.using(db.dataSource()).withMigrations(List.of(new CreateTickets(), new NumberTickets()));
    migrator.upgrade("0001");
    db.execute("INSERT INTO ticket (id, note) VALUES (1, 'a')", "INSERT INTO ticket (id, note) VALUES (7, 'b')");

    migrator.upgradeToHead();

    db.execute("INSERT INTO ticket (note) VALUES ('c')");
    assertThat(db.strings("SELECT id FROM ticket WHERE note = 'c'")).containsExactly("8");
  }

  /** SQLite rewrites the check on the rename; the rebuild after it must write the check that way too. */
  @Test
  void aCheckFollowsARenamedColumnThroughALaterChange() throws Exception {
    Migrator migrator = Migrations.using(db.dataSource()).withMigrations(List.of(new CreateStock(), new RenameThenRebuild()));
    migrator.upgrade("0001");
    db.execute("INSERT INTO stock (id, qty) VALUES (1, 4)");

    migrator.upgradeToHead();

    assertThat(db.strings("SELECT quantity FROM stock")).containsExactly("4");
    assertThatThrownBy(() -> db.execute("INSERT INTO stock (id, quantity) VALUES (2, -1)")).isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> db.execute("INSERT INTO stock (id, quantity) VALUES (3, 4)")).isInstanceOf(SQLException.class);
  }
}
