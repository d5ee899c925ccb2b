package dev.retort.dialect;

import static dev.retort.schema.Column.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.op.AddCheck;
import dev.retort.op.AddColumn;
import dev.retort.op.AddForeignKey;
import dev.retort.op.AddPrimaryKey;
import dev.retort.op.AddUnique;
import dev.retort.op.AlterColumn;
import dev.retort.op.AlterSequence;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreateSequence;
import dev.retort.op.CreateTable;
import dev.retort.op.DropCheck;
import dev.retort.op.DropColumn;
import dev.retort.op.DropForeignKey;
import dev.retort.op.DropIndex;
import dev.retort.op.DropPrimaryKey;
import dev.retort.op.DropSequence;
import dev.retort.op.DropTable;
import dev.retort.op.DropUnique;
import dev.retort.op.ExecuteSql;
import dev.retort.op.Operation;
import dev.retort.op.RenameColumn;
import dev.retort.op.RenameTable;
import dev.retort.op.RunJdbc;
import dev.retort.op.SchemaReplay;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The scenarios every dialect must render, one abstract method per scenario giving that
 * dialect's exact SQL, so a dialect that misses one does not compile. The scenarios run in order
 * as one migration on an empty schema, so a dialect test may also execute them on its database.
 * {@link #everyOperationHasAScenario} fails when an operation is added without a scenario.
 *
 * <p>Each scenario renders with the schema the scenarios before it lead to (as the engine renders
 * a migration with the schema its history leads to), so a dialect that rebuilds tables (SQLite)
 * is tested like the others. A dialect that cannot express a scenario returns {@link
 * #unsupported}: the test then expects an {@link UnsupportedByDialectException} with that text.
 */
abstract class DialectContractTest {

  static final Sequence MEMBER_SEQ = Sequence.sequence("member_seq", 1, 50);
  static final Table TEAM = Table.table("team")
      .column(col("id", ColumnType.BIGINT).asIdentity())
      .column(col("name", ColumnType.varchar(100)).notNull())
      .primaryKey("id")
      .unique(UniqueConstraint.unique("uk_team_name", "name"))
      .check(CheckConstraint.check("ck_team_name", "name <> ''"));
  static final ForeignKey MEMBER_TEAM =
      ForeignKey.foreignKey("fk_member_team", "team_id", "team", "id").onDelete(ForeignKey.OnDelete.SET_NULL);
  static final Table MEMBER = Table.table("member")
      .column(col("id", ColumnType.BIGINT).notNull())
      .column(col("team_id", ColumnType.BIGINT))
      .column(col("email", ColumnType.varchar(255)))
      .column(col("joined", ColumnType.timestamp(6)))
      .column(col("status", ColumnType.enumOf("ACTIVE", "BLOCKED")).defaultValue("'ACTIVE'").notNull())
      .primaryKey("id")
      .foreignKey(MEMBER_TEAM)
      .index(Index.index("ix_member_email", "member", "email"));
  static final Column NICKNAME = col("nickname", ColumnType.varchar(40)).defaultValue("'none'").notNull();
  static final Column ALIAS = NICKNAME.withName("alias");
  static final Column ALIAS_WIDE = ALIAS.withType(ColumnType.varchar(80));
  static final Column ALIAS_LOOSE = col("alias", ColumnType.varchar(80));
  static final Column ID = col("id", ColumnType.BIGINT).notNull();
  static final UniqueConstraint UK_EMAIL = UniqueConstraint.unique("uk_member_email", "email");
  static final CheckConstraint CK_EMAIL = CheckConstraint.check("ck_member_email", "email LIKE '%@%'");
  static final Index IX_ALIAS = Index.uniqueIndex("ix_member_alias", "member", "alias", "team_id");

  record Scenario(String name, Operation operation, Supplier<List<String>> expected) {}

  protected abstract Dialect dialect();

  /** The scenarios, in an order that runs as one migration on an empty schema. */
  final List<Scenario> scenarios() {
    return List.of(
        new Scenario("createSequence", new CreateSequence(MEMBER_SEQ), this::createSequence),
        new Scenario("alterSequence", new AlterSequence(MEMBER_SEQ, Sequence.sequence("member_seq", 1, 10)), this::alterSequence),
        new Scenario("createTable", new CreateTable(TEAM), this::createTable),
        new Scenario("createTableWithForeignKeyAndIndex", new CreateTable(MEMBER), this::createTableWithForeignKeyAndIndex),
        new Scenario("addColumn", new AddColumn("member", NICKNAME), this::addColumn),
        new Scenario("renameColumn", new RenameColumn("member", "nickname", "alias"), this::renameColumn),
        new Scenario("alterColumnType", new AlterColumn("member", ALIAS, ALIAS_WIDE), this::alterColumnType),
        new Scenario("alterColumnNullabilityAndDefault", new AlterColumn("member", ALIAS_WIDE, ALIAS_LOOSE), this::alterColumnNullabilityAndDefault),
        new Scenario("alterColumnToIdentity", new AlterColumn("member", ID, ID.asIdentity()), this::alterColumnToIdentity),
        new Scenario("alterColumnFromIdentity", new AlterColumn("member", ID.asIdentity(), ID), this::alterColumnFromIdentity),
        new Scenario("addUnique", new AddUnique("member", UK_EMAIL), this::addUnique),
        new Scenario("dropUnique", new DropUnique("member", UK_EMAIL), this::dropUnique),
        new Scenario("addCheck", new AddCheck("member", CK_EMAIL), this::addCheck),
        new Scenario("dropCheck", new DropCheck("member", CK_EMAIL), this::dropCheck),
        new Scenario("dropForeignKey", new DropForeignKey("member", MEMBER_TEAM), this::dropForeignKey),
        new Scenario("addForeignKey", new AddForeignKey("member", MEMBER_TEAM.onDelete(ForeignKey.OnDelete.CASCADE)), this::addForeignKey),
        new Scenario("createIndex", new CreateIndex(IX_ALIAS), this::createIndex),
        new Scenario("dropIndex", new DropIndex(IX_ALIAS), this::dropIndex),
        new Scenario("dropPrimaryKey", new DropPrimaryKey("member", List.of("id")), this::dropPrimaryKey),
        new Scenario("addPrimaryKey", new AddPrimaryKey("member", List.of("id")), this::addPrimaryKey),
        new Scenario("executeSql", new ExecuteSql("UPDATE member SET alias = 'x'", null), this::executeSql),
        new Scenario("runJdbc", new RunJdbc("fill aliases", connection -> {}), this::runJdbc),
        new Scenario("dropColumn", new DropColumn("member", ALIAS_LOOSE), this::dropColumn),
        new Scenario("renameTable", new RenameTable("member", "person"), this::renameTable),
        new Scenario("dropTable", new DropTable(MEMBER.withName("person").withForeignKeys(List.of())), this::dropTable),
        new Scenario("dropSequence", new DropSequence(Sequence.sequence("member_seq", 1, 10)), this::dropSequence));
  }

  protected abstract List<String> createSequence();

  protected abstract List<String> alterSequence();

  protected abstract List<String> createTable();

  protected abstract List<String> createTableWithForeignKeyAndIndex();

  protected abstract List<String> addColumn();

  protected abstract List<String> renameColumn();

  protected abstract List<String> alterColumnType();

  protected abstract List<String> alterColumnNullabilityAndDefault();

  protected abstract List<String> alterColumnToIdentity();

  protected abstract List<String> alterColumnFromIdentity();

  protected abstract List<String> addUnique();

  protected abstract List<String> dropUnique();

  protected abstract List<String> addCheck();

  protected abstract List<String> dropCheck();

  protected abstract List<String> dropForeignKey();

  protected abstract List<String> addForeignKey();

  protected abstract List<String> createIndex();

  protected abstract List<String> dropIndex();

  protected abstract List<String> dropPrimaryKey();

  protected abstract List<String> addPrimaryKey();

  protected abstract List<String> executeSql();

  protected abstract List<String> runJdbc();

  protected abstract List<String> dropColumn();

  protected abstract List<String> renameTable();

  protected abstract List<String> dropTable();

  protected abstract List<String> dropSequence();

  /** The dialect's name for every kind of column type. */
  protected abstract Map<ColumnType, String> typeNames();

  /** The quoted forms of awkward names: name to expected. */
  protected abstract Map<String, String> quotedNames();

  /** The quoted forms of table names, qualified or not: name to expected. */
  protected abstract Map<String, String> quotedTables();

  /** The expectation of a scenario the dialect cannot express: the error's message contains {@code reason}. */
  static List<String> unsupported(String reason) {
    return List.of(UNSUPPORTED + reason);
  }

  private static final String UNSUPPORTED = "!unsupported: ";

  /** The schema before each scenario, replayed from the scenarios before it. */
  final List<RenderContext> contexts() {
    List<RenderContext> contexts = new ArrayList<>();
    Schema schema = Schema.EMPTY;
    for (Scenario s : scenarios()) {
      contexts.add(RenderContext.before(schema));
      schema = SchemaReplay.apply(schema, List.of(s.operation()));
    }
    return contexts;
  }

  /** The scenarios' statements, rendered in order with their context, skipping those the dialect cannot express. */
  final List<SqlStatement> everyStatementInOrder() {
    List<SqlStatement> statements = new ArrayList<>();
    List<RenderContext> contexts = contexts();
    for (int i = 0; i < scenarios().size(); i++) {
      Scenario s = scenarios().get(i);
      List<String> expected = s.expected().get();
      if (expected.isEmpty() || !expected.get(0).startsWith(UNSUPPORTED)) {
        statements.addAll(dialect().render(s.operation(), contexts.get(i)));
      }
    }
    return statements;
  }

  @TestFactory
  Stream<DynamicTest> rendersEachScenario() {
    List<RenderContext> contexts = contexts();
    List<Scenario> scenarios = scenarios();
    return java.util.stream.IntStream.range(0, scenarios.size()).mapToObj(i -> {
      Scenario s = scenarios.get(i);
      RenderContext context = contexts.get(i);
      return DynamicTest.dynamicTest(s.name(), () -> {
      List<String> expected = s.expected().get();
      if (expected.size() == 1 && expected.get(0).startsWith(UNSUPPORTED)) {
        assertThatThrownBy(() -> dialect().render(s.operation(), context))
            .isInstanceOf(UnsupportedByDialectException.class)
            .hasMessageContaining(dialect().databaseName() + " cannot")
            .hasMessageContaining(expected.get(0).substring(UNSUPPORTED.length()));
      } else {
        assertThat(sql(dialect().render(s.operation(), context))).as(s.name()).isEqualTo(expected);
      }
      });
    });
  }

  /**
   * The engine replays the schema only for the operations a dialect says it renders with it: for
   * every other one, the SQL without the schema must be the SQL with it.
   */
  @Test
  void whatRendersWithoutTheSchemaRendersTheSameWithIt() {
    List<RenderContext> contexts = contexts();
    List<Scenario> scenarios = scenarios();
    int checked = 0;
    for (int i = 0; i < scenarios.size(); i++) {
      Scenario s = scenarios.get(i);
      List<String> expected = s.expected().get();
      if (dialect().rendersWithSchema(s.operation()) || expected.size() == 1 && expected.get(0).startsWith(UNSUPPORTED)) {
        continue;
      }
      assertThat(sql(dialect().render(s.operation(), RenderContext.unknown()))).as(s.name())
          .isEqualTo(sql(dialect().render(s.operation(), contexts.get(i))));
      checked++;
    }
    assertThat(checked).as("operations rendered without the schema").isPositive();
  }

  @Test
  void longNamesAreShortenedDeterministically() {
    int max = dialect().capabilities().maxIdentifierLength();
    if (max > 1000) {
      assertThat(dialect().storedName("n".repeat(300))).hasSize(300);
      return;
    }
    String a = "fk_" + "a_very_long_table_name_".repeat(12) + "to_another_table_one";
    String b = "fk_" + "a_very_long_table_name_".repeat(12) + "to_another_table_two";
    String shortA = dialect().storedName(a);
    assertThat(shortA).hasSizeLessThanOrEqualTo(max).isEqualTo(dialect().storedName(a));
    assertThat(dialect().storedName(b)).hasSizeLessThanOrEqualTo(max).isNotEqualTo(shortA);
    assertThat(shortA).matches(".*_[0-9a-f]{8}");
    String fits = "x".repeat(max);
    assertThat(dialect().storedName(fits)).hasSize(max).isEqualToIgnoringCase(fits);
  }

  @Test
  void everyOperationHasAScenario() {
    Set<Class<?>> covered = scenarios().stream().map(s -> s.operation().getClass()).collect(Collectors.toSet());
    assertThat(covered).containsExactlyInAnyOrder(Operation.class.getPermittedSubclasses());
  }

  @Test
  void everyColumnTypeKindHasAName() {
    Set<ColumnType.Kind> kinds = EnumSet.noneOf(ColumnType.Kind.class);
    typeNames().forEach((type, expected) -> {
      assertThat(dialect().typeName(type)).as(type.toString()).isEqualTo(expected);
      kinds.add(type.kind());
    });
    assertThat(kinds).containsExactlyInAnyOrder(ColumnType.Kind.values());
  }

  @Test
  void quotesNamesSoNoSqlCanBeInjected() {
    quotedNames().forEach((name, expected) -> assertThat(dialect().quoteName(name)).as(name).isEqualTo(expected));
    quotedTables().forEach((name, expected) -> assertThat(dialect().quoteTable(name)).as(name).isEqualTo(expected));
  }

  static List<String> sql(List<SqlStatement> statements) {
    return statements.stream().map(SqlStatement::sql).collect(Collectors.toList());
  }

  static List<String> lines(String... sql) {
    return Arrays.asList(sql);
  }
}
