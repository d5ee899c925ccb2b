package dev.retort.dialect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.op.AlterColumn;
import dev.retort.op.DropColumn;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import org.junit.jupiter.api.Test;

/** The SQL Server scripts, checked as text: no SQL Server runs in this repository's CI ({@code DialectExecutionTest} runs them where Docker is available). */
class SqlServerDialectTest extends DialectContractTest {
  private final SqlServerDialect dialect = new SqlServerDialect();

  @Override
  protected Dialect dialect() {
    return dialect;
  }

  @Override
  protected List<String> createSequence() {
    return lines("CREATE SEQUENCE [member_seq] START WITH 1 INCREMENT BY 50");
  }

  @Override
  protected List<String> alterSequence() {
    return lines("ALTER SEQUENCE [member_seq] INCREMENT BY 10");
  }

  @Override
  protected List<String> createTable() {
    return lines("CREATE TABLE [team] ([id] BIGINT IDENTITY NOT NULL, [name] VARCHAR(100) NOT NULL, PRIMARY KEY ([id]), CONSTRAINT [uk_team_name] UNIQUE ([name]), CONSTRAINT [ck_team_name] CHECK (name <> ''))");
  }

  @Override
  protected List<String> createTableWithForeignKeyAndIndex() {
    return lines("CREATE TABLE [member] ([id] BIGINT NOT NULL, [team_id] BIGINT NULL, [email] VARCHAR(255) NULL, [joined] DATETIME2(6) NULL, [status] VARCHAR(255) CONSTRAINT [DF_member_status] DEFAULT 'ACTIVE' NOT NULL CONSTRAINT [ck_member_status] CHECK ([status] IN (N'ACTIVE', N'BLOCKED')), PRIMARY KEY ([id]), CONSTRAINT [fk_member_team] FOREIGN KEY ([team_id]) REFERENCES [team] ([id]) ON DELETE SET NULL)",
        "CREATE INDEX [ix_member_email] ON [member] ([email])");
  }

  @Override
  protected List<String> addColumn() {
    return lines("ALTER TABLE [member] ADD [nickname] VARCHAR(40) CONSTRAINT [DF_member_nickname] DEFAULT 'none' NOT NULL");
  }

  @Override
  protected List<String> renameColumn() {
    return lines("EXEC sp_rename N'[member].[nickname]', N'alias', N'COLUMN'",
        "EXEC sp_rename N'[DF_member_nickname]', N'DF_member_alias', N'OBJECT'");
  }

  @Override
  protected List<String> alterColumnType() {
    return lines("ALTER TABLE [member] ALTER COLUMN [alias] VARCHAR(80) NOT NULL");
  }

  @Override
  protected List<String> alterColumnNullabilityAndDefault() {
    return lines("ALTER TABLE [member] DROP CONSTRAINT [DF_member_alias]",
        "ALTER TABLE [member] ALTER COLUMN [alias] VARCHAR(80) NULL");
  }

  @Override
  protected List<String> alterColumnToIdentity() {
    return unsupported("SQL Server cannot alter column member.id: SQL Server cannot ");
  }

  @Override
  protected List<String> alterColumnFromIdentity() {
    return unsupported("SQL Server cannot alter column member.id: SQL Server cannot ");
  }

  @Override
  protected List<String> addUnique() {
    return lines("ALTER TABLE [member] ADD CONSTRAINT [uk_member_email] UNIQUE ([email])");
  }

  @Override
  protected List<String> dropUnique() {
    return lines("ALTER TABLE [member] DROP CONSTRAINT [uk_member_email]");
  }

  @Override
  protected List<String> addCheck() {
    return lines("ALTER TABLE [member] ADD CONSTRAINT [ck_member_email] CHECK (email LIKE '%@%')");
  }

  @Override
  protected List<String> dropCheck() {
    return lines("ALTER TABLE [member] DROP CONSTRAINT [ck_member_email]");
  }

  @Override
  protected List<String> dropForeignKey() {
    return lines("ALTER TABLE [member] DROP CONSTRAINT [fk_member_team]");
  }

  @Override
  protected List<String> addForeignKey() {
    return lines("ALTER TABLE [member] ADD CONSTRAINT [fk_member_team] FOREIGN KEY ([team_id]) REFERENCES [team] ([id]) ON DELETE CASCADE");
  }

  @Override
  protected List<String> createIndex() {
    return lines("CREATE UNIQUE INDEX [ix_member_alias] ON [member] ([alias], [team_id])");
  }

  @Override
  protected List<String> dropIndex() {
    return lines("DROP INDEX [ix_member_alias] ON [member]");
  }

  @Override
  protected List<String> dropPrimaryKey() {
    // a batch of its own: a script that drops two primary keys declares no variable twice
    return lines("EXEC sp_executesql N'DECLARE @pk sysname = (SELECT name FROM sys.key_constraints WHERE type = ''PK'' "
        + "AND parent_object_id = OBJECT_ID(N''[member]'')); DECLARE @drop nvarchar(max) = N''ALTER TABLE [member] "
        + "DROP CONSTRAINT '' + QUOTENAME(@pk); EXEC sp_executesql @drop'");
  }

  @Override
  protected List<String> addPrimaryKey() {
    return lines("ALTER TABLE [member] ADD PRIMARY KEY ([id])");
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
    return lines("ALTER TABLE [member] DROP COLUMN [alias]");
  }

  @Override
  protected List<String> renameTable() {
    return lines("EXEC sp_rename N'[member]', N'person'",
        "EXEC sp_rename N'[ck_member_status]', N'ck_person_status', N'OBJECT'",
        "EXEC sp_rename N'[DF_member_status]', N'DF_person_status', N'OBJECT'");
  }

  @Override
  protected List<String> dropTable() {
    return lines("DROP TABLE [person]");
  }

  @Override
  protected List<String> dropSequence() {
    return lines("DROP SEQUENCE [member_seq]");
  }

  @Override
  protected Map<ColumnType, String> typeNames() {
    Map<ColumnType, String> names = new LinkedHashMap<>();
    names.put(ColumnType.BOOLEAN, "BIT");
    names.put(ColumnType.TINYINT, "SMALLINT");
    names.put(ColumnType.SMALLINT, "SMALLINT");
    names.put(ColumnType.INTEGER, "INT");
    names.put(ColumnType.BIGINT, "BIGINT");
    names.put(ColumnType.REAL, "REAL");
    names.put(ColumnType.DOUBLE, "FLOAT(53)");
    names.put(ColumnType.decimal(19, 2), "NUMERIC(19,2)");
    names.put(ColumnType.character(3), "CHAR(3)");
    names.put(ColumnType.varchar(255), "VARCHAR(255)");
    names.put(ColumnType.CLOB, "VARCHAR(MAX)");
    names.put(ColumnType.varbinary(16), "VARBINARY(16)");
    names.put(ColumnType.BLOB, "VARBINARY(MAX)");
    names.put(ColumnType.DATE, "DATE");
    names.put(ColumnType.time(0), "TIME(0)");
    names.put(ColumnType.timeTz(0), "DATETIMEOFFSET(0)");
    names.put(ColumnType.timestamp(6), "DATETIME2(6)");
    names.put(ColumnType.timestampTz(6), "DATETIMEOFFSET(6)");
    names.put(ColumnType.INTERVAL, "NUMERIC(21,0)");
    names.put(ColumnType.UUID, "UNIQUEIDENTIFIER");
    names.put(ColumnType.enumOf("A", "it's"), "VARCHAR(255)");
    names.put(ColumnType.enumOf(20, "A"), "VARCHAR(20)");
    names.put(ColumnType.custom("VARCHAR(10) ARRAY"), "VARCHAR(10) ARRAY");
    return names;
  }

  @Override
  protected Map<String, String> quotedNames() {
    return Map.of("member", "[member]", "Mixed_Case1", "[Mixed_Case1]", "a]b;c", "[a]]b;c]", "x]; DROP TABLE member; --", "[x]]; DROP TABLE member; --]", "two words", "[two words]", "say \"hi\"", "[say \"hi\"]");
  }

  @Override
  protected Map<String, String> quotedTables() {
    return Map.of("orders", "[orders]", "dbo.Orders", "[dbo].[Orders]", "sales.we]ird;", "[sales].[we]]ird;]");
  }

  @Test
  void aColumnsDefaultIsDroppedBeforeTheColumn() {
    Column c = Column.col("n", ColumnType.INTEGER).defaultValue("0").notNull();
    assertThat(sql(dialect.render(new DropColumn("t", c)))).containsExactly(
        "ALTER TABLE [t] DROP CONSTRAINT [DF_t_n]",
        "ALTER TABLE [t] DROP COLUMN [n]");
  }

  @Test
  void aNewDefaultIsANamedConstraintForTheColumn() {
    Column c = Column.col("n", ColumnType.INTEGER);
    assertThat(sql(dialect.render(new AlterColumn("t", c, c.defaultValue("1"))))).containsExactly(
        "ALTER TABLE [t] ADD CONSTRAINT [DF_t_n] DEFAULT 1 FOR [n]");
  }

  @Test
  void theDefaultConstraintIsSetAsideWhileTheTypeChangesKind() {
    Column qty = Column.col("qty", ColumnType.varchar(10)).defaultValue("'5'");
    assertThat(sql(dialect.render(new AlterColumn("t", qty, qty.withType(ColumnType.INTEGER).defaultValue("5")))))
        .containsExactly("ALTER TABLE [t] DROP CONSTRAINT [DF_t_qty]",
            "ALTER TABLE [t] ALTER COLUMN [qty] INT NULL",
            "ALTER TABLE [t] ADD CONSTRAINT [DF_t_qty] DEFAULT 5 FOR [qty]");
  }

  @Test
  void rowsThatHoldNullGetTheNewDefaultBeforeNotNull() {
    Column note = Column.col("note", ColumnType.varchar(40));
    assertThat(sql(dialect.render(new AlterColumn("t", note, note.notNull().defaultValue("'none'")))))
        .containsExactly("UPDATE [t] SET [note] = 'none' WHERE [note] IS NULL",
            "ALTER TABLE [t] ALTER COLUMN [note] VARCHAR(40) NOT NULL",
            "ALTER TABLE [t] ADD CONSTRAINT [DF_t_note] DEFAULT 'none' FOR [note]");
  }

  @Test
  void aNullableColumnWithADefaultGivesItToTheRowsThatExist() {
    assertThat(sql(dialect.render(new dev.retort.op.AddColumn("t", Column.col("n", ColumnType.INTEGER).defaultValue("0")))))
        .containsExactly("ALTER TABLE [t] ADD [n] INT CONSTRAINT [DF_t_n] DEFAULT 0 NULL WITH VALUES");
  }
}
