package dev.retort.processor.codegen;

import static dev.retort.schema.Column.col;
import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.DATE;
import static dev.retort.schema.ColumnType.decimal;
import static dev.retort.schema.ColumnType.varchar;
import static dev.retort.schema.ForeignKey.foreignKey;
import static dev.retort.schema.Index.index;
import static dev.retort.schema.Table.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Dialects;
import dev.retort.op.Operation;
import dev.retort.op.Operations;
import dev.retort.op.SchemaReplay;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The SQL a generated migration shows in its comment ({@code -Aretort.dialect}): rendered by the
 * runtime's dialects from the same operations, each against the schema before it, laid out for
 * reading, and escaped so that no SQL text can break the comment.
 */
class SqlPreviewTest {
  private static final Table MEMBER = table("member")
      .column(col("id", BIGINT).notNull().asIdentity())
      .column(col("name", varchar(80)).notNull())
      .column(col("email", varchar(200)))
      .primaryKey("id");

  /** The loan table arrives, a member gets a phone, and the email column grows. */
  static List<Operation> createLoan() {
    return Operations.recording()
        .createTable(table("loan")
            .column(col("id", BIGINT).notNull().asIdentity())
            .column(col("member_id", BIGINT).notNull())
            .column(col("lent_on", DATE).notNull())
            .column(col("fee", decimal(10, 2)))
            .primaryKey("id")
            .foreignKey(foreignKey("fk_loan_member", "member_id", "member", "id")))
        .createIndex(index("ix_loan_member", "loan", "member_id"))
        .addColumn("member", col("phone", varchar(40)))
        .alterColumn("member", col("email", varchar(200)), col("email", varchar(320)))
        .recorded();
  }

  static MigrationSpec spec(List<SqlPreview> sql) {
    List<Operation> upgrade = createLoan();
    List<Operation> downgrade = Operations.recording()
        .alterColumn("member", col("email", varchar(320)), col("email", varchar(200)))
        .dropColumn("member", col("phone", varchar(40)))
        .dropIndex(index("ix_loan_member", "loan", "member_id"))
        .dropTable(((dev.retort.op.CreateTable) upgrade.get(0)).table())
        .recorded();
    return new MigrationSpec(Fixtures.PACKAGE, "V0005_CreateLoan", "5e4d3c2b1a09", List.of("0d1e2f3a4b5c"),
        "create_loan", "2026-11-26T09:00:00Z", upgrade, downgrade, sql);
  }

  @Test
  void goldenMigrationWithItsSqlOnPostgresqlAndSqlite() throws IOException {
    Schema before = Schema.EMPTY.withTable(MEMBER);
    MigrationSpec spec = spec(List.of(
        SqlPreview.render(Dialects.named("postgresql"), before, createLoan()),
        SqlPreview.render(Dialects.named("sqlite"), before, createLoan())));
    var file = MigrationGenerator.migration(spec);
    GoldenFiles.assertMatches("V0005_CreateLoan.java", file.toString());
    InMemoryCompiler.compile(file); // with doclint, warnings as errors
  }

  @Test
  void theStatementsAreTheDialectsOwn() {
    Schema before = Schema.EMPTY.withTable(MEMBER);
    var dialect = Dialects.named("postgresql");
    SqlPreview preview = SqlPreview.render(dialect, before, createLoan());
    assertThat(preview.problem()).isNull();
    assertThat(preview.database()).isEqualTo("PostgreSQL");
    Schema schema = before;
    List<String> expected = new java.util.ArrayList<>();
    for (Operation op : createLoan()) {
      for (var statement : dialect.render(op, dev.retort.dialect.RenderContext.before(schema))) {
        expected.add(statement.sql());
      }
      schema = SchemaReplay.apply(schema, List.of(op));
    }
    assertThat(preview.statements()).isEqualTo(expected);
  }

  @Test
  void eachOperationIsRenderedAgainstTheSchemaTheOnesBeforeItLeave() {
    // SQLite changes a column by rebuilding the table: it must know the table, here created by
    // the same migration's first operation
    List<Operation> ops = Operations.recording()
        .createTable(table("shelf").column(col("id", BIGINT).notNull()).column(col("label", varchar(20))).primaryKey("id"))
        .alterColumn("shelf", col("label", varchar(20)), col("label", varchar(60)))
        .recorded();
    SqlPreview preview = SqlPreview.render(Dialects.named("sqlite"), Schema.EMPTY, ops);
    assertThat(preview.problem()).isNull();
    assertThat(String.join("\n", preview.statements())).contains("\"label\" VARCHAR(60)");
  }

  @Test
  void aDatabaseThatCannotRunTheMigrationSaysWhy() {
    SqlPreview preview = SqlPreview.render(Dialects.named("sqlite"), null,
        Operations.recording().alterColumn("member", col("email", varchar(200)), col("email", varchar(320))).recorded());
    assertThat(preview.statements()).isEmpty();
    assertThat(preview.problem()).startsWith("operation 1 of 1 ('");
    String source = MigrationGenerator.migration(spec(List.of(preview))).toString();
    assertThat(source).contains(" * <p>On SQLite this migration cannot run as it is: operation 1 of 1");
  }

  @Test
  void sqlCannotBreakTheComment() {
    SqlPreview hostile = new SqlPreview("PostgreSQL",
        List.of("UPDATE t SET note = '*/ class X {} /*' WHERE a < b && c > d", "SELECT '@deprecated \\u002a/'"), null);
    var file = MigrationGenerator.migration(spec(List.of(hostile)));
    String source = file.toString();
    assertThat(source)
        .contains(" * UPDATE t SET note = '*&#47; class X {} /*' WHERE a &lt; b &amp;&amp; c &gt; d;")
        .contains(" * SELECT '&#64;deprecated &#92;u002a/';");
    // javac with doclint: the comment is still one valid comment
    InMemoryCompiler.compile(file);
  }

  @Test
  void createTableIsLaidOutOneElementPerLine() {
    assertThat(SqlLayout.lines("CREATE TABLE \"a,b\" (\"x\" DECIMAL(10, 2) NOT NULL, \"y\" VARCHAR(5) DEFAULT 'p,q', "
        + "CONSTRAINT \"ck\" CHECK (x IN (1, 2)), PRIMARY KEY (\"x\", \"y\"))"))
        .containsExactly(
            "CREATE TABLE \"a,b\" (",
            "  \"x\" DECIMAL(10, 2) NOT NULL,",
            "  \"y\" VARCHAR(5) DEFAULT 'p,q',",
            "  CONSTRAINT \"ck\" CHECK (x IN (1, 2)),",
            "  PRIMARY KEY (\"x\", \"y\")",
            ")");
    assertThat(SqlLayout.lines("ALTER TABLE \"t\" ADD COLUMN \"c\" INT")).containsExactly("ALTER TABLE \"t\" ADD COLUMN \"c\" INT");
    // unbalanced text is left alone rather than split wrongly
    assertThat(SqlLayout.lines("CREATE TABLE t (a VARCHAR(5) DEFAULT 'x)")).hasSize(1);
  }
}
