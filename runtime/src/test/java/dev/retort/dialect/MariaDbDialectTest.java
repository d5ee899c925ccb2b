package dev.retort.dialect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.op.AddPrimaryKey;
import dev.retort.op.DropPrimaryKey;
import dev.retort.schema.ColumnType;
import org.junit.jupiter.api.Test;

/** The SQL MariaDB gets; {@code DialectExecutionTest} runs it on a real server. */
class MariaDbDialectTest extends MySqlFamilyDialectTest {
  private final MariaDbDialect dialect = new MariaDbDialect();

  @Override
  protected Dialect dialect() {
    return dialect;
  }

  @Override
  protected List<String> createSequence() {
    return lines("CREATE SEQUENCE `member_seq` START WITH 1 INCREMENT BY 50 NOCACHE");
  }

  @Override
  protected List<String> alterSequence() {
    return lines("ALTER SEQUENCE `member_seq` INCREMENT BY 10");
  }

  @Override
  protected List<String> dropSequence() {
    return lines("DROP SEQUENCE `member_seq`");
  }

  @Override
  protected Map<ColumnType, String> typeNames() {
    Map<ColumnType, String> names = new LinkedHashMap<>();
    names.put(ColumnType.BOOLEAN, "BIT");
    names.put(ColumnType.TINYINT, "TINYINT");
    names.put(ColumnType.SMALLINT, "SMALLINT");
    names.put(ColumnType.INTEGER, "INTEGER");
    names.put(ColumnType.BIGINT, "BIGINT");
    names.put(ColumnType.REAL, "FLOAT");
    names.put(ColumnType.DOUBLE, "DOUBLE");
    names.put(ColumnType.decimal(19, 2), "DECIMAL(19,2)");
    names.put(ColumnType.character(3), "VARCHAR(3)");
    names.put(ColumnType.varchar(255), "VARCHAR(255)");
    names.put(ColumnType.CLOB, "LONGTEXT");
    names.put(ColumnType.varbinary(16), "VARBINARY(16)");
    names.put(ColumnType.BLOB, "LONGBLOB");
    names.put(ColumnType.DATE, "DATE");
    names.put(ColumnType.time(0), "TIME(0)");
    names.put(ColumnType.timeTz(0), "TIME(0)");
    names.put(ColumnType.timestamp(6), "DATETIME(6)");
    names.put(ColumnType.timestampTz(6), "DATETIME(6)");
    names.put(ColumnType.INTERVAL, "DECIMAL(21,0)");
    names.put(ColumnType.UUID, "UUID");
    names.put(ColumnType.enumOf("A", "it's"), "ENUM('A','it''s')");
    names.put(ColumnType.enumOf(20, "A"), "ENUM('A')");
    names.put(ColumnType.custom("VARCHAR(10) ARRAY"), "VARCHAR(10) ARRAY");
    return names;
  }

  @Override
  protected Map<String, String> quotedNames() {
    return Map.of("member", "`member`", "Mixed_Case1", "`Mixed_Case1`", "a`b;c", "`a``b;c`", "x`; DROP TABLE member; --", "`x``; DROP TABLE member; --`", "two words", "`two words`");
  }

  @Override
  protected Map<String, String> quotedTables() {
    return Map.of("orders", "`orders`", "sales.orders", "`sales`.`orders`", "sales.we`ird;", "`sales`.`we``ird;`");
  }

  /** MariaDB can say IF [NOT] EXISTS, so a table whose key predates Retort's (or lacks it) changes too. */
  @Test
  void theAutoIncrementKeyIsAddedAndDroppedIfNeeded() {
    var noKey = dev.retort.op.SchemaReplay.apply(MySqlDialectTest.P, java.util.List.of(new DropPrimaryKey("p", java.util.List.of("id"))));
    assertThat(sql(dialect.render(new DropPrimaryKey("p", java.util.List.of("id")), RenderContext.before(MySqlDialectTest.P))))
        .containsExactly("ALTER TABLE `p` ADD KEY IF NOT EXISTS `retort_auto_increment` (`id`), DROP PRIMARY KEY");
    assertThat(sql(dialect.render(new AddPrimaryKey("p", java.util.List.of("id")), RenderContext.before(noKey))))
        .containsExactly("ALTER TABLE `p` ADD PRIMARY KEY (`id`), DROP KEY IF EXISTS `retort_auto_increment`");
  }
}
