package dev.retort.dialect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.op.AddColumn;
import dev.retort.op.AddPrimaryKey;
import dev.retort.op.AlterColumn;
import dev.retort.op.CreateTable;
import dev.retort.op.DropPrimaryKey;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import org.junit.jupiter.api.Test;

/** The SQL MySQL gets (rendered only: the MariaDB server executes the same SQL but for sequences). */
class MySqlDialectTest extends MySqlFamilyDialectTest {
  private final MySqlDialect dialect = new MySqlDialect();

  @Override
  protected Dialect dialect() {
    return dialect;
  }

  @Override
  protected List<String> createSequence() {
    return lines("CREATE TABLE `member_seq` (`next_val` BIGINT) ENGINE=InnoDB",
        "INSERT INTO `member_seq` (`next_val`) VALUES (1)");
  }

  @Override
  protected List<String> alterSequence() {
    return lines();
  }

  @Override
  protected List<String> dropSequence() {
    return lines("DROP TABLE `member_seq`");
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
    names.put(ColumnType.UUID, "BINARY(16)");
    names.put(ColumnType.enumOf("A", "it's"), "ENUM('A','it''s')");
    names.put(ColumnType.enumOf(20, "A"), "ENUM('A')");
    names.put(ColumnType.custom("VARCHAR(10) ARRAY"), "VARCHAR(10) ARRAY");
    return names;
  }

  @Override
  protected Map<String, String> quotedNames() {
    return Map.of("member", "`member`", "Mixed_Case1", "`Mixed_Case1`", "a`b;c", "`a``b;c`", "x`; DROP TABLE member; --", "`x``; DROP TABLE member; --`", "two words", "`two words`", "say \"hi\"", "`say \"hi\"`");
  }

  @Override
  protected Map<String, String> quotedTables() {
    return Map.of("orders", "`orders`", "Sales.Orders", "`Sales`.`Orders`", "sales.we`ird;", "`sales`.`we``ird;`");
  }

  @Test
  void namesLongerThan64CharactersAreShortenedWithAHash() {
    String name = "fk_" + "library_member_".repeat(5);
    assertThat(dialect.storedName(name)).hasSize(64).startsWith("fk_library_member_").matches(".*_[0-9a-f]{8}");
    assertThat(dialect.storedName("x".repeat(64))).isEqualTo("x".repeat(64));
  }

  @Test
  void longStringsBecomeTextAsHibernateWritesThem() {
    assertThat(dialect.typeName(ColumnType.varchar(16_383))).isEqualTo("VARCHAR(16383)");
    assertThat(dialect.typeName(ColumnType.varchar(20_000))).isEqualTo("TEXT");
    assertThat(dialect.typeName(ColumnType.varchar(100_000))).isEqualTo("MEDIUMTEXT");
    assertThat(dialect.typeName(ColumnType.varchar(20_000_000))).isEqualTo("LONGTEXT");
    assertThat(dialect.typeName(ColumnType.varbinary(100_000))).isEqualTo("MEDIUMBLOB");
  }

  @Test
  void aBackslashInAnEnumValueIsEscaped() {
    assertThat(dialect.typeName(ColumnType.enumOf("a\\b"))).isEqualTo("ENUM('a\\\\b')");
  }

  @Test
  void anIdentityColumnIsAutoIncrementAfterItsNullability() {
    Table t = Table.table("t").column(Column.col("id", ColumnType.BIGINT).asIdentity()).primaryKey("id");
    assertThat(sql(dialect.render(new CreateTable(t))))
        .containsExactly("CREATE TABLE `t` (`id` BIGINT NOT NULL AUTO_INCREMENT, PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  @Test
  void underNoBackslashEscapesABackslashIsAnOrdinaryCharacter() {
    MySqlDialect noEscapes = new MySqlDialect(IdentifierCase.AS_WRITTEN, false);
    assertThat(noEscapes.typeName(ColumnType.enumOf("a\\b", "it's"))).isEqualTo("ENUM('a\\b','it''s')");
    assertThat(noEscapes.backslashEscapes()).isFalse();
    assertThat(dialect.backslashEscapes()).isTrue();
  }

  static final Column P_ID = Column.col("id", ColumnType.BIGINT).asIdentity();
  static final Schema P = Schema.of(List.of(Table.table("p").column(P_ID)
      .column(Column.col("t", ColumnType.INTEGER).notNull()).primaryKey("id")), List.of());

  @Test
  void anAutoIncrementColumnKeepsAKeyOfItsOwnWhileNoPrimaryKeyLeadsWithIt() {
    assertThat(sql(dialect.render(new DropPrimaryKey("p", List.of("id")), RenderContext.before(P))))
        .containsExactly("ALTER TABLE `p` ADD KEY `retort_auto_increment` (`id`), DROP PRIMARY KEY");
    Schema noKey = dev.retort.op.SchemaReplay.apply(P, List.of(new DropPrimaryKey("p", List.of("id"))));
    assertThat(sql(dialect.render(new AddPrimaryKey("p", List.of("id", "t")), RenderContext.before(noKey))))
        .containsExactly("ALTER TABLE `p` ADD PRIMARY KEY (`id`, `t`), DROP KEY `retort_auto_increment`");
    assertThat(sql(dialect.render(new AddPrimaryKey("p", List.of("t", "id")), RenderContext.before(noKey))))
        .containsExactly("ALTER TABLE `p` ADD PRIMARY KEY (`t`, `id`)");
    assertThat(sql(dialect.render(new AddColumn("q", Column.col("id", ColumnType.BIGINT).asIdentity()))))
        .containsExactly("ALTER TABLE `q` ADD COLUMN `id` BIGINT NOT NULL AUTO_INCREMENT, ADD KEY `retort_auto_increment` (`id`)");
    assertThat(sql(dialect.render(new CreateTable(Table.table("q").column(Column.col("t", ColumnType.INTEGER).notNull())
        .column(P_ID).primaryKey("t", "id")))))
        .containsExactly("CREATE TABLE `q` (`t` INTEGER NOT NULL, `id` BIGINT NOT NULL AUTO_INCREMENT, PRIMARY KEY (`t`, `id`), "
            + "KEY `retort_auto_increment` (`id`)) ENGINE=InnoDB");
    Column plain = Column.col("id", ColumnType.BIGINT).notNull();
    assertThat(sql(dialect.render(new AlterColumn("p", P_ID, plain), RenderContext.before(noKey)))).containsExactly(
        "ALTER TABLE `p` MODIFY COLUMN `id` BIGINT NOT NULL", "ALTER TABLE `p` DROP KEY `retort_auto_increment`");
    Schema plainNoKey = dev.retort.op.SchemaReplay.apply(noKey, List.of(new AlterColumn("p", P_ID, plain)));
    assertThat(sql(dialect.render(new AlterColumn("p", plain, P_ID), RenderContext.before(plainNoKey)))).containsExactly(
        "ALTER TABLE `p` ADD KEY `retort_auto_increment` (`id`)", "ALTER TABLE `p` MODIFY COLUMN `id` BIGINT NOT NULL AUTO_INCREMENT");
  }

  static final Column CODE = Column.col("code", ColumnType.varchar(40)).notNull();
  static final ForeignKey CITY_COUNTRY = ForeignKey.foreignKey("fk_city_country", "country_code", "country", "code");
  static final Schema COUNTRIES = Schema.of(List.of(
      Table.table("country").column(CODE).primaryKey("code"),
      Table.table("city").column(Column.col("id", ColumnType.INTEGER).notNull()).column(CODE.withName("country_code"))
          .primaryKey("id").foreignKey(CITY_COUNTRY)), List.of());

  @Test
  void aTypeChangeDropsTheForeignKeysThatUseTheColumnAndAddsThemBack() {
    assertThat(sql(dialect.render(new AlterColumn("country", CODE, CODE.withType(ColumnType.varchar(80))),
        RenderContext.before(COUNTRIES)))).containsExactly(
            "ALTER TABLE `city` DROP FOREIGN KEY `fk_city_country`",
            "ALTER TABLE `country` MODIFY COLUMN `code` VARCHAR(80) NOT NULL",
            "ALTER TABLE `city` ADD CONSTRAINT `fk_city_country` FOREIGN KEY (`country_code`) REFERENCES `country` (`code`)");
    Column cityCode = CODE.withName("country_code");
    assertThat(sql(dialect.render(new AlterColumn("city", cityCode, cityCode.withType(ColumnType.varchar(80))),
        RenderContext.before(COUNTRIES)))).containsExactly(
            "ALTER TABLE `city` DROP FOREIGN KEY `fk_city_country`",
            "ALTER TABLE `city` MODIFY COLUMN `country_code` VARCHAR(80) NOT NULL",
            "ALTER TABLE `city` ADD CONSTRAINT `fk_city_country` FOREIGN KEY (`country_code`) REFERENCES `country` (`code`)");
    // without the schema, as before: the server names the foreign key in its refusal
    assertThat(sql(dialect.render(new AlterColumn("country", CODE, CODE.withType(ColumnType.varchar(80))))))
        .containsExactly("ALTER TABLE `country` MODIFY COLUMN `code` VARCHAR(80) NOT NULL");
    assertThatThrownBy(() -> dialect.render(new AlterColumn("country", CODE, CODE.withType(ColumnType.INTEGER)),
        RenderContext.before(COUNTRIES)))
        .isInstanceOf(UnsupportedByDialectException.class)
        .hasMessageContaining("city.country_code would be VARCHAR(40) and country.code INTEGER");
  }
}
