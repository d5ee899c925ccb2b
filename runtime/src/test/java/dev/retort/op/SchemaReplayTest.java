package dev.retort.op;

import static dev.retort.schema.Column.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaReplayTest {
  static final Table TEAM = Table.table("team")
      .column(col("id", ColumnType.BIGINT).asIdentity())
      .column(col("name", ColumnType.varchar(100)))
      .primaryKey("id");
  static final Table MEMBER = Table.table("member")
      .column(col("id", ColumnType.BIGINT).notNull())
      .column(col("team_id", ColumnType.BIGINT))
      .primaryKey("id")
      .foreignKey(ForeignKey.foreignKey("fk_member_team", "team_id", "team", "id"))
      .index(Index.index("ix_member_team", "member", "team_id"));

  private static Schema replay(Operations op) {
    return SchemaReplay.apply(Schema.EMPTY, op.recorded());
  }

  @Test
  void createsTablesAndSequences() {
    Schema s = replay(Operations.recording().createTable(TEAM).createTable(MEMBER)
        .createSequence(Sequence.sequence("seq", 1, 50)));
    assertThat(s.tables().keySet()).containsExactly("member", "team");
    assertThat(s.sequences()).containsKey("seq");
    assertThat(s.table("member")).contains(MEMBER);
  }

  @Test
  void upgradeThenDowngradeIsTheStartAgain() {
    Operations up = Operations.recording()
        .createTable(TEAM).createTable(MEMBER)
        .addColumn("member", col("email", ColumnType.varchar(255)))
        .addUnique("member", UniqueConstraint.unique("uk_email", "email"))
        .renameColumn("member", "email", "mail")
        .alterColumn("team", col("name", ColumnType.varchar(100)), col("name", ColumnType.varchar(200)).notNull())
        .renameTable("team", "squad");
    Schema after = replay(up);
    assertThat(after.table("member").orElseThrow().foreignKeys().get(0).referencedTable()).isEqualTo("squad");
    assertThat(after.table("member").orElseThrow().uniqueConstraints().get(0).columns()).containsExactly("mail");
    assertThat(after.table("squad").orElseThrow().column("name").orElseThrow().type()).isEqualTo(ColumnType.varchar(200));

    List<Operation> down = new java.util.ArrayList<>();
    List<Operation> ops = up.recorded();
    for (int i = ops.size() - 1; i >= 0; i--) {
      down.add(ops.get(i).inverse().orElseThrow());
    }
    // dropping "member" first: the inverse of creating it comes before the inverse of creating team
    assertThat(SchemaReplay.apply(after, down)).isEqualTo(Schema.EMPTY);
  }

  /** As the databases rewrite a check on a rename; a SQLite rebuild writes the check from here. */
  @Test
  void renamingAColumnFollowsItIntoChecks() {
    Table stock = Table.table("stock").column(col("qty", ColumnType.INTEGER)).column(col("note", ColumnType.varchar(20)))
        .check(dev.retort.schema.CheckConstraint.check("ck_qty", "QTY >= 0 AND \"qty\" < 100 AND qty_max > 1"))
        .check(dev.retort.schema.CheckConstraint.check("ck_note", "note <> 'qty' AND qty(note) IS NULL AND [qty] <> `qty`"));
    Schema s = replay(Operations.recording().createTable(stock).renameColumn("stock", "qty", "quantity"));
    assertThat(s.table("stock").orElseThrow().checks()).extracting(dev.retort.schema.CheckConstraint::expression)
        .containsExactly("quantity >= 0 AND \"quantity\" < 100 AND qty_max > 1",
            "note <> 'qty' AND qty(note) IS NULL AND [quantity] <> `quantity`");
  }

  @Test
  void renamingAColumnFollowsItIntoKeysIndexesAndReferences() {
    Schema s = replay(Operations.recording().createTable(TEAM).createTable(MEMBER)
        .renameColumn("team", "id", "team_key")
        .renameColumn("member", "team_id", "squad_id"));
    Table member = s.table("member").orElseThrow();
    assertThat(s.table("team").orElseThrow().primaryKey()).containsExactly("team_key");
    assertThat(member.foreignKeys().get(0).referencedColumns()).containsExactly("team_key");
    assertThat(member.foreignKeys().get(0).columns()).containsExactly("squad_id");
    assertThat(member.indexes().get(0).columns()).containsExactly("squad_id");
  }

  @Test
  void rawSqlLeavesTheSchemaAlone() {
    Schema s = replay(Operations.recording().createTable(TEAM).sql("DELETE FROM team").jdbc("noop", c -> {}));
    assertThat(s.tables()).containsOnlyKeys("team");
  }

  @Test
  void droppingAMissingColumnNamesTheOperation() {
    assertThatThrownBy(() -> replay(Operations.recording().createTable(TEAM)
            .dropColumn("team", col("nope", ColumnType.INTEGER))))
        .isInstanceOf(SchemaReplayException.class)
        .hasMessageContaining("Operation 2 (drop column team.nope)")
        .hasMessageContaining("table team has no column nope")
        .satisfies(e -> assertThat(((SchemaReplayException) e).index()).isEqualTo(1));
  }

  @Test
  void misfits() {
    Operations base = Operations.recording().createTable(TEAM).createTable(MEMBER);
    Column name = col("name", ColumnType.varchar(100));
    assertMisfit(base.recorded(), new CreateTable(TEAM), "table team exists already");
    assertMisfit(base.recorded(), new DropTable(TEAM), "foreign key fk_member_team of member still references it");
    assertMisfit(base.recorded(), new AddColumn("team", name), "has a column name already");
    assertMisfit(base.recorded(), new AddColumn("ghost", name), "there is no table ghost");
    assertMisfit(base.recorded(), new DropColumn("member", col("team_id", ColumnType.BIGINT)),
        "still used by index ix_member_team, foreign key fk_member_team");
    assertMisfit(base.recorded(), new DropColumn("team", name.notNull()), "column team.name is");
    assertMisfit(base.recorded(), new AlterColumn("team", name.notNull(), name), "but the operation expects");
    assertMisfit(base.recorded(), new AlterColumn("team", name, name.withName("title")), "RenameColumn");
    assertMisfit(base.recorded(), new AddPrimaryKey("team", List.of("name")), "has a primary key already");
    assertMisfit(base.recorded(), new DropPrimaryKey("team", List.of("name")), "the primary key of team is [id]");
    assertMisfit(base.recorded(), new CreateIndex(Index.index("ix_member_team", "team", "name")), "an index ix_member_team exists already");
    assertMisfit(base.recorded(), new DropIndex(Index.index("ix_x", "team", "name")), "table team has no index ix_x");
    assertMisfit(base.recorded(), new AddForeignKey("member", ForeignKey.foreignKey("fk2", "team_id", "ghost", "id")),
        "references the missing table ghost");
    assertMisfit(base.recorded(), new DropSequence(Sequence.sequence("s", 1, 1)), "there is no sequence s");
    assertMisfit(base.recorded(), new RenameTable("team", "member"), "table member exists already");
  }

  private static void assertMisfit(List<Operation> before, Operation op, String reason) {
    List<Operation> all = new java.util.ArrayList<>(before);
    all.add(op);
    assertThatThrownBy(() -> SchemaReplay.apply(Schema.EMPTY, all))
        .as(op.describe())
        .isInstanceOf(SchemaReplayException.class)
        .hasMessageContaining(op.describe())
        .hasMessageContaining(reason);
  }
}
