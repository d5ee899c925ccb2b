package dev.retort.engine;

import static dev.retort.schema.Column.col;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.op.Operation;
import dev.retort.op.Operations;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksumTest {
  private static List<Operation> ops(String sql) {
    return Operations.recording()
        .createTable(Table.table("team").column(col("id", ColumnType.BIGINT).asIdentity()).primaryKey("id"))
        .addColumn("team", col("name", ColumnType.varchar(100)).defaultValue("'x'"))
        .sql(sql)
        .recorded();
  }

  @Test
  void canonicalFormIsSpelledOut() {
    assertThat(CanonicalForm.of(ops("UPDATE team SET name = 'y'"))).isEqualTo(
        "create_table(table(4:team,[column(2:id,type(6:BIGINT,0,0,0,[]),F,T,~)],[2:id],[],[],[],[]))\n"
            + "add_column(4:team,column(4:name,type(7:VARCHAR,100,0,0,[]),T,F,3:'x'))\n"
            + "execute_sql(26:UPDATE team SET name = 'y')\n");
  }

  @Test
  void isVersionedAndStable() {
    // Pinned: if this changes, every applied migration looks modified. Change the format only
    // together with Checksum.VERSION.
    assertThat(Checksum.of(ops("UPDATE team SET name = 'y'")))
        .isEqualTo("v1:c944da1d3a89aaf5d23e45973f8cd3fb5e24a83b398738d4f052a4c9f346cf41");
  }

  /**
   * Every checksum version this Retort knows, with the checksum it must keep giving for the same
   * operations: rows written by any earlier Retort are checked in their own version, so changing
   * an old version's form would make every migration applied with it look modified.
   */
  private static final java.util.Map<String, String> PINNED = java.util.Map.of(
      "v1", "v1:c944da1d3a89aaf5d23e45973f8cd3fb5e24a83b398738d4f052a4c9f346cf41");

  @Test
  void everyVersionKeepsItsPinnedChecksum() {
    assertThat(Checksum.versions()).contains(Checksum.VERSION);
    assertThat(PINNED.keySet()).as("pin a checksum for every version").containsExactlyInAnyOrderElementsOf(Checksum.versions());
    for (String version : Checksum.versions()) {
      assertThat(Checksum.of(version, ops("UPDATE team SET name = 'y'"))).isEqualTo(PINNED.get(version));
    }
    assertThat(Checksum.versionOf("v1:abc")).isEqualTo("v1");
    assertThat(Checksum.knows("v9")).isFalse();
  }

  @Test
  void changesWithAnyOperationField() {
    String base = Checksum.of(ops("UPDATE team SET name = 'y'"));
    assertThat(Checksum.of(ops("UPDATE team SET name = 'z'"))).isNotEqualTo(base);
    assertThat(Checksum.of(Operations.recording().renameTable("a", "b").recorded()))
        .isNotEqualTo(Checksum.of(Operations.recording().renameTable("a", "c").recorded()));
  }

  @Test
  void ignoresTheDowngradeSqlAndTheCallbackCode() {
    assertThat(Checksum.of(Operations.recording().sql("A", "B").recorded()))
        .isEqualTo(Checksum.of(Operations.recording().sql("A", "C").recorded()));
    assertThat(Checksum.of(Operations.recording().jdbc("fill", c -> {}).recorded()))
        .isEqualTo(Checksum.of(Operations.recording().jdbc("fill", c -> c.commit()).recorded()));
  }

  @Test
  void separatorsInsideStringsCannotCollide() {
    assertThat(Checksum.of(Operations.recording().renameTable("a,1:b", "c").recorded()))
        .isNotEqualTo(Checksum.of(Operations.recording().renameTable("a", "b,1:c").recorded()));
  }
}
