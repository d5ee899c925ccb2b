package dev.retort.dialect;

import static dev.retort.schema.Column.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Migration;
import dev.retort.Migrations;
import dev.retort.Migrator;
import dev.retort.RetortException;
import dev.retort.Revision;
import dev.retort.op.Operations;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Table;
import dev.retort.testing.Database;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What MariaDB (and MySQL, whose SQL it shares) refuses unless the dialect prepares for it, run
 * through the engine on the real server: a column a foreign key uses changing type, the
 * AUTO_INCREMENT column's key while primary keys change or the column is added, and literals
 * under {@code NO_BACKSLASH_ESCAPES}. Each test reads back the schema and the rows.
 */
class MariaDbServerTest {
  private TestDatabase db;

  @BeforeEach
  void open() {
    db = TestDatabases.fresh(Database.MARIADB, "MariaDbServerTest");
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private Migrator migrator(DataSource dataSource, Migration... migrations) {
    return Migrations.using(dataSource).withMigrations(List.of(migrations));
  }

  private Migrator migrator(Migration... migrations) {
    return migrator(db.dataSource(), migrations);
  }

  // ---- a column a foreign key uses changes type ----

  static final Column COUNTRY_CODE = col("code", ColumnType.varchar(40)).notNull();
  static final Column CITY_COUNTRY = col("country_code", ColumnType.varchar(40)).notNull();
  static final ForeignKey FK_CITY_COUNTRY = ForeignKey.foreignKey("fk_city_country", "country_code", "country", "code");

  @Revision(id = "0001", message = "countries and cities")
  public static final class CreateCountries extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.createTable(Table.table("country").column(COUNTRY_CODE).column(col("name", ColumnType.varchar(40))).primaryKey("code"));
      op.createTable(Table.table("city").column(col("id", ColumnType.INTEGER).notNull()).column(CITY_COUNTRY)
          .primaryKey("id").foreignKey(FK_CITY_COUNTRY));
    }
  }

  @Revision(id = "0002", parents = "0001", message = "longer codes")
  public static final class WidenCodes extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.alterColumn("country", COUNTRY_CODE, COUNTRY_CODE.withType(ColumnType.varchar(80)));
      op.alterColumn("city", CITY_COUNTRY, CITY_COUNTRY.withType(ColumnType.varchar(80)));
    }
  }

  /** MariaDB refuses (error 1832/1833) to change a column a foreign key uses; the key is dropped around the change. */
  @Test
  void aColumnAForeignKeyUsesOnEitherSideChangesTypeAndTheKeyStays() throws Exception {
    Migrator migrator = migrator(new CreateCountries(), new WidenCodes());
    migrator.upgrade("0001");
    db.execute("INSERT INTO country VALUES ('se', 'Sweden'), ('no', 'Norway')",
        "INSERT INTO city VALUES (1, 'se'), (2, 'se'), (3, 'no')");

    migrator.upgradeToHead();

    assertThat(db.columns("country").get("CODE").size()).isEqualTo(80);
    assertThat(db.columns("city").get("COUNTRY_CODE").size()).isEqualTo(80);
    assertThat(db.foreignKeys("city")).containsExactly("COUNTRY_CODE -> COUNTRY.CODE");
    assertThat(db.strings("SELECT CONCAT(id, '@', country_code) FROM city ORDER BY id")).containsExactly("1@se", "2@se", "3@no");
    assertThatThrownBy(() -> db.execute("INSERT INTO city VALUES (4, 'xx')")).isInstanceOf(SQLException.class)
        .hasMessageContaining("fk_city_country");
    db.execute("INSERT INTO country VALUES ('" + "c".repeat(80) + "', 'Long')", "INSERT INTO city VALUES (4, '" + "c".repeat(80) + "')");

    db.execute("DELETE FROM city WHERE id = 4", "DELETE FROM country WHERE name = 'Long'");
    migrator.downgrade("0001");

    assertThat(db.columns("country").get("CODE").size()).isEqualTo(40);
    assertThat(db.columns("city").get("COUNTRY_CODE").size()).isEqualTo(40);
    assertThat(db.foreignKeys("city")).containsExactly("COUNTRY_CODE -> COUNTRY.CODE");
    assertThat(db.strings("SELECT CONCAT(id, '@', country_code) FROM city ORDER BY id")).containsExactly("1@se", "2@se", "3@no");
    assertThatThrownBy(() -> db.execute("DELETE FROM country WHERE code = 'no'")).isInstanceOf(SQLException.class);
  }

  static final Column PARENT_ID = col("id", ColumnType.INTEGER).notNull();
  static final Column CHILD_PARENT = col("parent_id", ColumnType.INTEGER);
  static final ForeignKey FK_CHILD_PARENT = ForeignKey.foreignKey("fk_child_parent", "parent_id", "parent", "id");

  @Revision(id = "0001", message = "parent and child")
  public static final class CreateParent extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.createTable(Table.table("parent").column(PARENT_ID).primaryKey("id"));
      op.createTable(Table.table("child").column(col("id", ColumnType.INTEGER).notNull()).column(CHILD_PARENT)
          .primaryKey("id").foreignKey(FK_CHILD_PARENT));
    }
  }

  @Revision(id = "0002", parents = "0001", message = "bigint keys, one column after the other")
  public static final class WidenKeys extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.alterColumn("parent", PARENT_ID, PARENT_ID.withType(ColumnType.BIGINT));
      op.alterColumn("child", CHILD_PARENT, CHILD_PARENT.withType(ColumnType.BIGINT));
    }
  }

  @Revision(id = "0002", parents = "0001", message = "bigint keys, the foreign key dropped around them")
  public static final class WidenKeysAroundTheForeignKey extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.dropForeignKey("child", FK_CHILD_PARENT);
      op.alterColumn("parent", PARENT_ID, PARENT_ID.withType(ColumnType.BIGINT));
      op.alterColumn("child", CHILD_PARENT, CHILD_PARENT.withType(ColumnType.BIGINT));
      op.addForeignKey("child", FK_CHILD_PARENT);
    }
  }

  /**
   * After the first change the key's sides would be BIGINT and INT, which MariaDB cannot hold a
   * foreign key between: refused before anything runs, saying how to write it.
   */
  @Test
  void aChangeAfterWhichTheForeignKeyCouldNotBeAddedBackIsRefusedBeforeAnythingRuns() throws Exception {
    Migrator migrator = migrator(new CreateParent(), new WidenKeys());
    migrator.upgrade("0001");
    db.execute("INSERT INTO parent VALUES (1), (2)", "INSERT INTO child VALUES (10, 1), (11, 2)");

    assertThatThrownBy(migrator::upgradeToHead)
        .isInstanceOf(RetortException.class)
        .hasMessageContaining("MariaDB cannot")
        .hasMessageContaining("foreign key fk_child_parent uses parent.id")
        .hasMessageContaining("child.parent_id would be INTEGER and parent.id BIGINT")
        .hasMessageContaining("Drop the foreign key first (dropForeignKey), change both columns, then add it back")
        .hasMessageContaining("Nothing was changed");

    assertThat(migrator.current()).containsExactly("0001");
    assertThat(db.columns("parent").get("ID").type()).isEqualTo("INT");
    assertThat(db.foreignKeys("child")).containsExactly("PARENT_ID -> PARENT.ID");

    // the way the message gives runs, up and down
    Migrator wayOut = migrator(new CreateParent(), new WidenKeysAroundTheForeignKey());
    wayOut.upgradeToHead();
    assertThat(db.columns("parent").get("ID").type()).isEqualTo("BIGINT");
    assertThat(db.columns("child").get("PARENT_ID").type()).isEqualTo("BIGINT");
    assertThat(db.foreignKeys("child")).containsExactly("PARENT_ID -> PARENT.ID");
    assertThat(db.strings("SELECT CONCAT(id, '@', parent_id) FROM child ORDER BY id")).containsExactly("10@1", "11@2");
    wayOut.downgrade("0001");
    assertThat(db.columns("parent").get("ID").type()).isEqualTo("INT");
    assertThat(db.foreignKeys("child")).containsExactly("PARENT_ID -> PARENT.ID");
  }

  // ---- the AUTO_INCREMENT column's key ----

  @Revision(id = "0001", message = "p")
  public static final class CreateP extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.createTable(Table.table("p").column(col("id", ColumnType.BIGINT).asIdentity())
          .column(col("t", ColumnType.INTEGER).notNull()).primaryKey("id"));
    }
  }

  @Revision(id = "0002", parents = "0001", message = "a wider primary key")
  public static final class WiderKey extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.dropPrimaryKey("p", "id");
      op.addPrimaryKey("p", "id", "t");
    }
  }

  /** MariaDB: "there can be only one auto column and it must be defined as a key", unless it keeps one while the primary key changes. */
  @Test
  void thePrimaryKeyOfATableWithAnAutoIncrementColumnIsDroppedAndRemadeUpAndDown() throws Exception {
    Migrator migrator = migrator(new CreateP(), new WiderKey());
    migrator.upgrade("0001");
    db.execute("INSERT INTO p (t) VALUES (10), (20)");

    migrator.upgradeToHead();

    assertThat(db.primaryKey("p")).containsExactly("ID", "T");
    assertThat(db.indexes("p")).as("the key kept for the AUTO_INCREMENT column is gone with a key that leads with it").isEmpty();
    db.execute("INSERT INTO p (t) VALUES (30)");
    assertThat(db.strings("SELECT CONCAT(id, '@', t) FROM p ORDER BY id")).containsExactly("1@10", "2@20", "3@30");

    migrator.downgrade("0001");

    assertThat(db.primaryKey("p")).containsExactly("ID");
    assertThat(db.indexes("p")).isEmpty();
    assertThat(db.columns("p").get("ID").autoIncrement()).isTrue();
    db.execute("INSERT INTO p (t) VALUES (40)");
    assertThat(db.strings("SELECT CONCAT(id, '@', t) FROM p ORDER BY id")).containsExactly("1@10", "2@20", "3@30", "4@40");

    migrator.upgradeToHead();
    assertThat(db.primaryKey("p")).containsExactly("ID", "T");
  }

  @Revision(id = "0002", parents = "0001", message = "no primary key")
  public static final class NoKey extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.dropPrimaryKey("p", "id");
    }
  }

  @Test
  void anAutoIncrementColumnWithoutAPrimaryKeyKeepsAKeyOfItsOwn() throws Exception {
    Migrator migrator = migrator(new CreateP(), new NoKey());
    migrator.upgrade("0001");
    db.execute("INSERT INTO p (t) VALUES (10)");

    migrator.upgradeToHead();

    assertThat(db.primaryKey("p")).isEmpty();
    assertThat(db.indexes("p")).containsExactly("(ID)");
    db.execute("INSERT INTO p (t) VALUES (20)");
    assertThat(db.strings("SELECT CONCAT(id, '@', t) FROM p ORDER BY id")).containsExactly("1@10", "2@20");

    migrator.downgrade("0001");
    assertThat(db.primaryKey("p")).containsExactly("ID");
    assertThat(db.indexes("p")).isEmpty();
  }

  @Revision(id = "0001", message = "q, with a key that does not lead with its AUTO_INCREMENT column")
  public static final class CreateQ extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.createTable(Table.table("q").column(col("t", ColumnType.INTEGER).notNull()).column(col("id", ColumnType.BIGINT).asIdentity())
          .primaryKey("t", "id"));
    }
  }

  @Test
  void aTableWhosePrimaryKeyDoesNotLeadWithItsAutoIncrementColumnIsCreated() throws Exception {
    migrator(new CreateQ()).upgradeToHead();

    db.execute("INSERT INTO q (t) VALUES (7), (7)");
    assertThat(db.strings("SELECT CONCAT(t, '@', id) FROM q ORDER BY id")).containsExactly("7@1", "7@2");
    assertThat(db.primaryKey("q")).containsExactly("T", "ID");
  }

  @Revision(id = "0001", message = "names")
  public static final class CreateNames extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.createTable(Table.table("names").column(col("name", ColumnType.varchar(10))));
    }
  }

  @Revision(id = "0002", parents = "0001", message = "an id for every name")
  public static final class AddId extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.addColumn("names", col("id", ColumnType.BIGINT).asIdentity());
      op.addPrimaryKey("names", "id");
    }
  }

  /** The same MariaDB error for an AUTO_INCREMENT column added to a table, unless it comes with its key. */
  @Test
  void anIdentityColumnAddedToATableNumbersItsRowsAndBecomesThePrimaryKey() throws Exception {
    Migrator migrator = migrator(new CreateNames(), new AddId());
    migrator.upgrade("0001");
    db.execute("INSERT INTO names VALUES ('a'), ('b'), ('c')");

    migrator.upgradeToHead();

    assertThat(db.strings("SELECT CONCAT(name, '@', id) FROM names ORDER BY id")).containsExactly("a@1", "b@2", "c@3");
    assertThat(db.primaryKey("names")).containsExactly("ID");
    assertThat(db.indexes("names")).isEmpty();
    assertThat(db.columns("names").get("ID").autoIncrement()).isTrue();
    db.execute("INSERT INTO names (name) VALUES ('d')");
    assertThat(db.strings("SELECT id FROM names WHERE name = 'd'")).containsExactly("4");

    migrator.downgrade("0001");

    assertThat(db.columnNames("names")).containsExactly("NAME");
    assertThat(db.strings("SELECT name FROM names ORDER BY name")).containsExactly("a", "b", "c", "d");

    migrator.upgradeToHead();
    assertThat(db.primaryKey("names")).containsExactly("ID");
  }

  // ---- literals under NO_BACKSLASH_ESCAPES ----

  static final String WINDOWS_PATH = "C:\\temp";

  @Revision(id = "0001", message = "paths")
  public static final class CreatePaths extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.createTable(Table.table("paths").column(col("kind", ColumnType.enumOf(WINDOWS_PATH, "/tmp"))));
    }
  }

  /** Without reading the session's sql_mode the dialect doubled the backslash, and MariaDB stored both. */
  @Test
  void aBackslashInALiteralIsStoredOnceUnderNoBackslashEscapes() throws Exception {
    String mode = "STRICT_TRANS_TABLES,NO_BACKSLASH_ESCAPES";
    DataSource noEscapes = withSqlMode(db.dataSource(), mode);

    migrator(noEscapes, new CreatePaths()).upgradeToHead();

    // strict mode refuses a value that is not one of the ENUM's: the stored value is the path itself
    try (Connection c = noEscapes.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO paths VALUES (?)")) {
      ps.setString(1, WINDOWS_PATH);
      ps.executeUpdate();
      ps.setString(1, "C:\\\\temp");
      assertThatThrownBy(ps::executeUpdate).isInstanceOf(SQLException.class);
    }
    assertThat(db.strings("SELECT kind FROM paths")).containsExactly(WINDOWS_PATH);
    assertThat(db.strings("SELECT COLUMN_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
        + "AND TABLE_NAME = 'paths'")).containsExactly("enum('C:\\\\temp','/tmp')");
    try (Connection c = noEscapes.getConnection()) {
      assertThat(Dialects.detect(c).literal(WINDOWS_PATH)).isEqualTo("'C:\\temp'");
    }
  }

  /** Every connection of {@code dataSource} with the session's {@code sql_mode} set, as a pool's init SQL would. */
  private static DataSource withSqlMode(DataSource dataSource, String mode) {
    return (DataSource) Proxy.newProxyInstance(MariaDbServerTest.class.getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          Object result;
          try {
            result = method.invoke(dataSource, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          if (result instanceof Connection c) {
            try (Statement st = c.createStatement()) {
              st.execute("SET SESSION sql_mode = '" + mode + "'");
            }
          }
          return result;
        });
  }
}
