package dev.retort.dialect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.op.AddColumn;
import dev.retort.op.AlterColumn;
import dev.retort.op.CreateTable;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Table;
import org.junit.jupiter.api.Test;

/** The SQL SQLite gets, table rebuilds included; {@code DialectExecutionTest} runs it on SQLite. */
class SqliteDialectTest extends DialectContractTest {
  private final SqliteDialect dialect = new SqliteDialect();

  @Override
  protected Dialect dialect() {
    return dialect;
  }

  @Override
  protected List<String> createSequence() {
    return lines("CREATE TABLE \"member_seq\" (\"next_val\" BIGINT)",
        "INSERT INTO \"member_seq\" (\"next_val\") VALUES (1)");
  }

  @Override
  protected List<String> alterSequence() {
    return lines();
  }

  @Override
  protected List<String> createTable() {
    return lines("CREATE TABLE \"team\" (\"id\" INTEGER NOT NULL, \"name\" VARCHAR(100) NOT NULL, PRIMARY KEY (\"id\"), CONSTRAINT \"uk_team_name\" UNIQUE (\"name\"), CONSTRAINT \"ck_team_name\" CHECK (name <> ''))");
  }

  @Override
  protected List<String> createTableWithForeignKeyAndIndex() {
    return lines("CREATE TABLE \"member\" (\"id\" BIGINT NOT NULL, \"team_id\" BIGINT, \"email\" VARCHAR(255), \"joined\" TIMESTAMP, \"status\" VARCHAR(255) DEFAULT 'ACTIVE' NOT NULL CONSTRAINT \"ck_member_status\" CHECK (\"status\" IN ('ACTIVE', 'BLOCKED')), PRIMARY KEY (\"id\"), CONSTRAINT \"fk_member_team\" FOREIGN KEY (\"team_id\") REFERENCES \"team\" (\"id\") ON DELETE SET NULL)",
        "CREATE INDEX \"ix_member_email\" ON \"member\" (\"email\")");
  }

  @Override
  protected List<String> addColumn() {
    return lines("ALTER TABLE \"member\" ADD COLUMN \"nickname\" VARCHAR(40) DEFAULT 'none' NOT NULL");
  }

  @Override
  protected List<String> renameColumn() {
    return lines("ALTER TABLE \"member\" RENAME COLUMN \"nickname\" TO \"alias\"");
  }

  @Override
  protected List<String> alterColumnType() {
    return lines("CREATE TABLE \"_retort_tmp_member\" (\"id\" BIGINT NOT NULL, \"team_id\" BIGINT, \"email\" VARCHAR(255), \"joined\" TIMESTAMP, \"status\" VARCHAR(255) DEFAULT 'ACTIVE' NOT NULL CONSTRAINT \"ck_member_status\" CHECK (\"status\" IN ('ACTIVE', 'BLOCKED')), \"alias\" VARCHAR(80) DEFAULT 'none' NOT NULL, PRIMARY KEY (\"id\"), CONSTRAINT \"fk_member_team\" FOREIGN KEY (\"team_id\") REFERENCES \"team\" (\"id\") ON DELETE SET NULL)",
        "INSERT INTO \"_retort_tmp_member\" (\"id\", \"team_id\", \"email\", \"joined\", \"status\", \"alias\") SELECT \"id\", \"team_id\", \"email\", \"joined\", \"status\", \"alias\" FROM \"member\"",
        "DROP TABLE \"member\"",
        "ALTER TABLE \"_retort_tmp_member\" RENAME TO \"member\"",
        "CREATE INDEX \"ix_member_email\" ON \"member\" (\"email\")");
  }

  @Override
  protected List<String> alterColumnNullabilityAndDefault() {
    return lines("CREATE TABLE \"_retort_tmp_member\" (\"id\" BIGINT NOT NULL, \"team_id\" BIGINT, \"email\" VARCHAR(255), \"joined\" TIMESTAMP, \"status\" VARCHAR(255) DEFAULT 'ACTIVE' NOT NULL CONSTRAINT \"ck_member_status\" CHECK (\"status\" IN ('ACTIVE', 'BLOCKED')), \"alias\" VARCHAR(80), PRIMARY KEY (\"id\"), CONSTRAINT \"fk_member_team\" FOREIGN KEY (\"team_id\") REFERENCES \"team\" (\"id\") ON DELETE SET NULL)",
        "INSERT INTO \"_retort_tmp_member\" (\"id\", \"team_id\", \"email\", \"joined\", \"status\", \"alias\") SELECT \"id\", \"team_id\", \"email\", \"joined\", \"status\", \"alias\" FROM \"member\"",
        "DROP TABLE \"member\"",
        "ALTER TABLE \"_retort_tmp_member\" RENAME TO \"member\"",
        "CREATE INDEX \"ix_member_email\" ON \"member\" (\"email\")");
  }

  @Override
  protected List<String> alterColumnToIdentity() {
    return lines("CREATE TABLE \"_retort_tmp_member\" (\"id\" INTEGER NOT NULL, \"team_id\" BIGINT, \"email\" VARCHAR(255), \"joined\" TIMESTAMP, \"status\" VARCHAR(255) DEFAULT 'ACTIVE' NOT NULL CONSTRAINT \"ck_member_status\" CHECK (\"status\" IN ('ACTIVE', 'BLOCKED')), \"alias\" VARCHAR(80), PRIMARY KEY (\"id\"), CONSTRAINT \"fk_member_team\" FOREIGN KEY (\"team_id\") REFERENCES \"team\" (\"id\") ON DELETE SET NULL)",
        "INSERT INTO \"_retort_tmp_member\" (\"id\", \"team_id\", \"email\", \"joined\", \"status\", \"alias\") SELECT \"id\", \"team_id\", \"email\", \"joined\", \"status\", \"alias\" FROM \"member\"",
        "DROP TABLE \"member\"",
        "ALTER TABLE \"_retort_tmp_member\" RENAME TO \"member\"",
        "CREATE INDEX \"ix_member_email\" ON \"member\" (\"email\")");
  }

  @Override
  protected List<String> alterColumnFromIdentity() {
    return lines("CREATE TABLE \"_retort_tmp_member\" (\"id\" BIGINT NOT NULL, \"team_id\" BIGINT, \"email\" VARCHAR(255), \"joined\" TIMESTAMP, \"status\" VARCHAR(255) DEFAULT 'ACTIVE' NOT NULL CONSTRAINT \"ck_member_status\" CHECK (\"status\" IN ('ACTIVE', 'BLOCKED')), \"alias\" VARCHAR(80), PRIMARY KEY (\"id\"), CONSTRAINT \"fk_member_team\" FOREIGN KEY (\"team_id\") REFERENCES \"team\" (\"id\") ON DELETE SET NULL)",
        "INSERT INTO \"_retort_tmp_member\" (\"id\", \"team_id\", \"email\", \"joined\", \"status\", \"alias\") SELECT \"id\", \"team_id\", \"email\", \"joined\", \"status\", \"alias\" FROM \"member\"",
        "DROP TABLE \"member\"",
        "ALTER TABLE \"_retort_tmp_member\" RENAME TO \"member\"",
        "CREATE INDEX \"ix_member_email\" ON \"member\" (\"email\")");
  }

  @Override
  protected List<String> addUnique() {
    return lines("CREATE TABLE \"_retort_tmp_member\" (\"id\" BIGINT NOT NULL, \"team_id\" BIGINT, \"email\" VARCHAR(255), \"joined\" TIMESTAMP, \"status\" VARCHAR(255) DEFAULT 'ACTIVE' NOT NULL CONSTRAINT \"ck_member_status\" CHECK (\"status\" IN ('ACTIVE', 'BLOCKED')), \"alias\" VARCHAR(80), PRIMARY KEY (\"id\"), CONSTRAINT \"uk_member_email\" UNIQUE (\"email\"), CONSTRAINT \"fk_member_team\" FOREIGN KEY (\"team_id\") REFERENCES \"team\" (\"id\") ON DELETE SET NULL)",
        "INSERT INTO \"_retort_tmp_member\" (\"id\", \"team_id\", \"email\", \"joined\", \"status\", \"alias\") SELECT \"id\", \"team_id\", \"email\", \"joined\", \"status\", \"alias\" FROM \"member\"",
        "DROP TABLE \"member\"",
        "ALTER TABLE \"_retort_tmp_member\" RENAME TO \"member\"",
        "CREATE INDEX \"ix_member_email\" ON \"member\" (\"email\")");
  }

  @Override
  protected List<String> dropUnique() {
    return lines("CREATE TABLE \"_retort_tmp_member\" (\"id\" BIGINT NOT NULL, \"team_id\" BIGINT, \"email\" VARCHAR(255), \"joined\" TIMESTAMP, \"status\" VARCHAR(255) DEFAULT 'ACTIVE' NOT NULL CONSTRAINT \"ck_member_status\" CHECK (\"status\" IN ('ACTIVE', 'BLOCKED')), \"alias\" VARCHAR(80), PRIMARY KEY (\"id\"), CONSTRAINT \"fk_member_team\" FOREIGN KEY (\"team_id\") REFERENCES \"team\" (\"id\") ON DELETE SET NULL)",
        "INSERT INTO \"_retort_tmp_member\" (\"id\", \"team_id\", \"email\", \"joined\", \"status\", \"alias\") SELECT \"id\", \"team_id\", \"email\", \"joined\", \"status\", \"alias\" FROM \"member\"",
        "DROP TABLE \"member\"",
        "ALTER TABLE \"_retort_tmp_member\" RENAME TO \"member\"",
        "CREATE INDEX \"ix_member_email\" ON \"member\" (\"email\")");
  }

  @Override
  protected List<String> addCheck() {
    return lines("CREATE TABLE \"_retort_tmp_member\" (\"id\" BIGINT NOT NULL, \"team_id\" BIGINT, \"email\" VARCHAR(255), \"joined\" TIMESTAMP, \"status\" VARCHAR(255) DEFAULT 'ACTIVE' NOT NULL CONSTRAINT \"ck_member_status\" CHECK (\"status\" IN ('ACTIVE', 'BLOCKED')), \"alias\" VARCHAR(80), PRIMARY KEY (\"id\"), CONSTRAINT \"ck_member_email\" CHECK (email LIKE '%@%'), CONSTRAINT \"fk_member_team\" FOREIGN KEY (\"team_id\") REFERENCES \"team\" (\"id\") ON DELETE SET NULL)",
        "INSERT INTO \"_retort_tmp_member\" (\"id\", \"team_id\", \"email\", \"joined\", \"status\", \"alias\") SELECT \"id\", \"team_id\", \"email\", \"joined\", \"status\", \"alias\" FROM \"member\"",
        "DROP TABLE \"member\"",
        "ALTER TABLE \"_retort_tmp_member\" RENAME TO \"member\"",
        "CREATE INDEX \"ix_member_email\" ON \"member\" (\"email\")");
  }

  @Override
  protected List<String> dropCheck() {
    return lines("CREATE TABLE \"_retort_tmp_member\" (\"id\" BIGINT NOT NULL, \"team_id\" BIGINT, \"email\" VARCHAR(255), \"joined\" TIMESTAMP, \"status\" VARCHAR(255) DEFAULT 'ACTIVE' NOT NULL CONSTRAINT \"ck_member_status\" CHECK (\"status\" IN ('ACTIVE', 'BLOCKED')), \"alias\" VARCHAR(80), PRIMARY KEY (\"id\"), CONSTRAINT \"fk_member_team\" FOREIGN KEY (\"team_id\") REFERENCES \"team\" (\"id\") ON DELETE SET NULL)",
        "INSERT INTO \"_retort_tmp_member\" (\"id\", \"team_id\", \"email\", \"joined\", \"status\", \"alias\") SELECT \"id\", \"team_id\", \"email\", \"joined\", \"status\", \"alias\" FROM \"member\"",
        "DROP TABLE \"member\"",
        "ALTER TABLE \"_retort_tmp_member\" RENAME TO \"member\"",
        "CREATE INDEX \"ix_member_email\" ON \"member\" (\"email\")");
  }

  @Override
  protected List<String> dropForeignKey() {
    return lines("CREATE TABLE \"_retort_tmp_member\" (\"id\" BIGINT NOT NULL, \"team_id\" BIGINT, \"email\" VARCHAR(255), \"joined\" TIMESTAMP, \"status\" VARCHAR(255) DEFAULT 'ACTIVE' NOT NULL CONSTRAINT \"ck_member_status\" CHECK (\"status\" IN ('ACTIVE', 'BLOCKED')), \"alias\" VARCHAR(80), PRIMARY KEY (\"id\"))",
        "INSERT INTO \"_retort_tmp_member\" (\"id\", \"team_id\", \"email\", \"joined\", \"status\", \"alias\") SELECT \"id\", \"team_id\", \"email\", \"joined\", \"status\", \"alias\" FROM \"member\"",
        "DROP TABLE \"member\"",
        "ALTER TABLE \"_retort_tmp_member\" RENAME TO \"member\"",
        "CREATE INDEX \"ix_member_email\" ON \"member\" (\"email\")");
  }

  @Override
  protected List<String> addForeignKey() {
    return lines("CREATE TABLE \"_retort_tmp_member\" (\"id\" BIGINT NOT NULL, \"team_id\" BIGINT, \"email\" VARCHAR(255), \"joined\" TIMESTAMP, \"status\" VARCHAR(255) DEFAULT 'ACTIVE' NOT NULL CONSTRAINT \"ck_member_status\" CHECK (\"status\" IN ('ACTIVE', 'BLOCKED')), \"alias\" VARCHAR(80), PRIMARY KEY (\"id\"), CONSTRAINT \"fk_member_team\" FOREIGN KEY (\"team_id\") REFERENCES \"team\" (\"id\") ON DELETE CASCADE)",
        "INSERT INTO \"_retort_tmp_member\" (\"id\", \"team_id\", \"email\", \"joined\", \"status\", \"alias\") SELECT \"id\", \"team_id\", \"email\", \"joined\", \"status\", \"alias\" FROM \"member\"",
        "DROP TABLE \"member\"",
        "ALTER TABLE \"_retort_tmp_member\" RENAME TO \"member\"",
        "CREATE INDEX \"ix_member_email\" ON \"member\" (\"email\")");
  }

  @Override
  protected List<String> createIndex() {
    return lines("CREATE UNIQUE INDEX \"ix_member_alias\" ON \"member\" (\"alias\", \"team_id\")");
  }

  @Override
  protected List<String> dropIndex() {
    return lines("DROP INDEX \"ix_member_alias\"");
  }

  @Override
  protected List<String> dropPrimaryKey() {
    return lines("CREATE TABLE \"_retort_tmp_member\" (\"id\" BIGINT NOT NULL, \"team_id\" BIGINT, \"email\" VARCHAR(255), \"joined\" TIMESTAMP, \"status\" VARCHAR(255) DEFAULT 'ACTIVE' NOT NULL CONSTRAINT \"ck_member_status\" CHECK (\"status\" IN ('ACTIVE', 'BLOCKED')), \"alias\" VARCHAR(80), CONSTRAINT \"fk_member_team\" FOREIGN KEY (\"team_id\") REFERENCES \"team\" (\"id\") ON DELETE CASCADE)",
        "INSERT INTO \"_retort_tmp_member\" (\"id\", \"team_id\", \"email\", \"joined\", \"status\", \"alias\") SELECT \"id\", \"team_id\", \"email\", \"joined\", \"status\", \"alias\" FROM \"member\"",
        "DROP TABLE \"member\"",
        "ALTER TABLE \"_retort_tmp_member\" RENAME TO \"member\"",
        "CREATE INDEX \"ix_member_email\" ON \"member\" (\"email\")");
  }

  @Override
  protected List<String> addPrimaryKey() {
    return lines("CREATE TABLE \"_retort_tmp_member\" (\"id\" BIGINT NOT NULL, \"team_id\" BIGINT, \"email\" VARCHAR(255), \"joined\" TIMESTAMP, \"status\" VARCHAR(255) DEFAULT 'ACTIVE' NOT NULL CONSTRAINT \"ck_member_status\" CHECK (\"status\" IN ('ACTIVE', 'BLOCKED')), \"alias\" VARCHAR(80), PRIMARY KEY (\"id\"), CONSTRAINT \"fk_member_team\" FOREIGN KEY (\"team_id\") REFERENCES \"team\" (\"id\") ON DELETE CASCADE)",
        "INSERT INTO \"_retort_tmp_member\" (\"id\", \"team_id\", \"email\", \"joined\", \"status\", \"alias\") SELECT \"id\", \"team_id\", \"email\", \"joined\", \"status\", \"alias\" FROM \"member\"",
        "DROP TABLE \"member\"",
        "ALTER TABLE \"_retort_tmp_member\" RENAME TO \"member\"",
        "CREATE INDEX \"ix_member_email\" ON \"member\" (\"email\")");
  }

  @Override
  protected List<String> executeSql() {
    return lines("UPDATE member SET alias = 'x'");
  }

  @Override
  protected List<String> runJdbc() {
    return lines("-- JDBC callback: fill aliases");
  }

  @Override
  protected List<String> dropColumn() {
    return lines("CREATE TABLE \"_retort_tmp_member\" (\"id\" BIGINT NOT NULL, \"team_id\" BIGINT, \"email\" VARCHAR(255), \"joined\" TIMESTAMP, \"status\" VARCHAR(255) DEFAULT 'ACTIVE' NOT NULL CONSTRAINT \"ck_member_status\" CHECK (\"status\" IN ('ACTIVE', 'BLOCKED')), PRIMARY KEY (\"id\"), CONSTRAINT \"fk_member_team\" FOREIGN KEY (\"team_id\") REFERENCES \"team\" (\"id\") ON DELETE CASCADE)",
        "INSERT INTO \"_retort_tmp_member\" (\"id\", \"team_id\", \"email\", \"joined\", \"status\") SELECT \"id\", \"team_id\", \"email\", \"joined\", \"status\" FROM \"member\"",
        "DROP TABLE \"member\"",
        "ALTER TABLE \"_retort_tmp_member\" RENAME TO \"member\"",
        "CREATE INDEX \"ix_member_email\" ON \"member\" (\"email\")");
  }

  @Override
  protected List<String> renameTable() {
    return lines("ALTER TABLE \"member\" RENAME TO \"person\"");
  }

  @Override
  protected List<String> dropTable() {
    return lines("DROP TABLE \"person\"");
  }

  @Override
  protected List<String> dropSequence() {
    return lines("DROP TABLE \"member_seq\"");
  }

  @Override
  protected Map<ColumnType, String> typeNames() {
    Map<ColumnType, String> names = new LinkedHashMap<>();
    names.put(ColumnType.BOOLEAN, "BOOLEAN");
    names.put(ColumnType.TINYINT, "TINYINT");
    names.put(ColumnType.SMALLINT, "SMALLINT");
    names.put(ColumnType.INTEGER, "INTEGER");
    names.put(ColumnType.BIGINT, "BIGINT");
    names.put(ColumnType.REAL, "FLOAT");
    names.put(ColumnType.DOUBLE, "FLOAT");
    names.put(ColumnType.decimal(19, 2), "NUMERIC(19,2)");
    names.put(ColumnType.character(3), "CHAR(3)");
    names.put(ColumnType.varchar(255), "VARCHAR(255)");
    names.put(ColumnType.CLOB, "CLOB");
    names.put(ColumnType.varbinary(16), "BLOB");
    names.put(ColumnType.BLOB, "BLOB");
    names.put(ColumnType.DATE, "DATE");
    names.put(ColumnType.time(0), "TIME");
    names.put(ColumnType.timeTz(0), "TIME");
    names.put(ColumnType.timestamp(6), "TIMESTAMP");
    names.put(ColumnType.timestampTz(6), "TIMESTAMP");
    names.put(ColumnType.INTERVAL, "NUMERIC(21,0)");
    names.put(ColumnType.UUID, "BLOB");
    names.put(ColumnType.enumOf("A", "it's"), "VARCHAR(255)");
    names.put(ColumnType.enumOf(20, "A"), "VARCHAR(20)");
    names.put(ColumnType.custom("VARCHAR(10) ARRAY"), "VARCHAR(10) ARRAY");
    return names;
  }

  @Override
  protected Map<String, String> quotedNames() {
    return Map.of("member", "\"member\"", "Mixed_Case1", "\"Mixed_Case1\"", "a\"b;c", "\"a\"\"b;c\"", "x\"; DROP TABLE member; --", "\"x\"\"; DROP TABLE member; --\"", "two words", "\"two words\"");
  }

  @Override
  protected Map<String, String> quotedTables() {
    return Map.of("orders", "\"orders\"", "main.orders", "\"main\".\"orders\"");
  }

  @Test
  void aRebuildWithoutTheSchemaIsRefusedSayingWhy() {
    Column a = Column.col("a", ColumnType.INTEGER);
    assertThatThrownBy(() -> dialect.render(new AlterColumn("t", a, a.notNull())))
        .isInstanceOf(UnsupportedByDialectException.class)
        .hasMessageContaining("SQLite cannot alter column t.a")
        .hasMessageContaining("rebuilding the table, which needs the table's definition");
  }

  @Test
  void aColumnThatNeedsAValueForExistingRowsIsAddedByARebuild() {
    Table t = Table.table("t").column(Column.col("a", ColumnType.INTEGER));
    AddColumn add = new AddColumn("t", Column.col("b", ColumnType.INTEGER).notNull());
    assertThat(sql(dialect.render(add, RenderContext.before(dev.retort.schema.Schema.EMPTY.withTable(t))))).containsExactly(
        "CREATE TABLE \"_retort_tmp_t\" (\"a\" INTEGER, \"b\" INTEGER NOT NULL)",
        "INSERT INTO \"_retort_tmp_t\" (\"a\") SELECT \"a\" FROM \"t\"",
        "DROP TABLE \"t\"",
        "ALTER TABLE \"_retort_tmp_t\" RENAME TO \"t\"");
  }

  @Test
  void anIdentityColumnMustBeTheWholePrimaryKey() {
    Table t = Table.table("t").column(Column.col("id", ColumnType.BIGINT).asIdentity()).column(Column.col("b", ColumnType.INTEGER))
        .primaryKey("id", "b");
    assertThatThrownBy(() -> dialect.render(new CreateTable(t)))
        .isInstanceOf(UnsupportedByDialectException.class)
        .hasMessageContaining("must be the whole primary key");
  }

  @Test
  void foreignKeyEnforcementIsPausedAroundMigrations() {
    assertThat(dialect.foreignKeyPause()).hasValueSatisfying(p -> {
      assertThat(p.off()).isEqualTo("PRAGMA foreign_keys = OFF");
      assertThat(p.check()).isEqualTo("PRAGMA foreign_key_check");
    });
  }
}
