package dev.retort.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.Dialects;
import dev.retort.testing.AllDatabases;
import dev.retort.testing.Database;
import dev.retort.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** The version table on every database, through the dialect {@link Dialects#detect} picks. */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(AllDatabases.class)
class VersionTableTest extends VersionTableFixture {
  @Test
  void createsItsTableOnceWithTheDocumentedColumns() throws Exception {
    assertThat(table.exists(connection)).isFalse();
    assertThat(table.read(connection).rows()).isEmpty();
    assertThat(table.createIfMissing(connection)).isTrue();
    assertThat(table.createIfMissing(connection)).isFalse();
    Map<String, TestDatabase.ColumnInfo> columns = db.columns("retort_version");
    assertThat(columns.keySet()).containsExactly(
        "REVISION", "PARENTS", "MESSAGE", "CHECKSUM", "APPLIED_AT", "APPLIED_BY", "EXECUTION_MS", "SUCCESS");
    assertThat(columns.values().stream().filter(TestDatabase.ColumnInfo::nullable).map(c -> c.name().toUpperCase()))
        .containsExactly("MESSAGE", "APPLIED_BY");
    assertThat(db.primaryKey("retort_version")).containsExactly("REVISION");
    if (kind == Database.H2) {
      assertThat(columns.get("APPLIED_AT").type()).isEqualTo("TIMESTAMP WITH TIME ZONE");
    }
  }

  @Test
  void insertsReadsAndDeletesRows() throws Exception {
    table.createIfMissing(connection);
    Instant t1 = Instant.parse("2025-01-02T03:04:05.678Z");
    Instant t2 = Instant.parse("2025-01-02T03:04:06Z");
    table.insert(connection, new VersionRow("a1", List.of(), "create", "v1:aa", t1, "SA", 12, true));
    table.insert(connection, new VersionRow("b2", List.of("a1"), "x".repeat(600), "v1:bb", t2, "SA", 3, false));

    AppliedRevisions read = table.read(connection);
    assertThat(read.rows()).hasSize(2);
    VersionRow first = read.rows().get(0);
    assertThat(first).isEqualTo(new VersionRow("a1", List.of(), "create", "v1:aa", t1, "SA", 12, true));
    assertThat(read.rows().get(1).message()).hasSize(500);
    assertThat(read.rows().get(1).parents()).containsExactly("a1");
    assertThat(read.rows().get(1).appliedAt()).isEqualTo(t2);
    assertThat(read.ids()).containsExactly("a1");
    assertThat(read.failed()).extracting(VersionRow::revision).containsExactly("b2");

    assertThat(table.delete(connection, "b2")).isTrue();
    assertThat(table.delete(connection, "b2")).isFalse();
    assertThat(table.read(connection).rows()).extracting(VersionRow::revision).containsExactly("a1");
  }

  @Test
  void theHeadCheckCountsRowsAndLooksAtOneRevisionInOneRow() throws Exception {
    assertThat(table.headCheck(connection, "c3")).isEmpty();
    assertThatThrownBy(() -> table.queryHead(connection, "c3")).as("the query alone fails without a table")
        .isInstanceOf(java.sql.SQLException.class);
    if (!connection.getAutoCommit()) {
      connection.rollback(); // the failed query ended the transaction on PostgreSQL
    }
    table.createIfMissing(connection);
    assertThat(table.headCheck(connection, "c3")).contains(new VersionTable.HeadCheck(0, 0, null, 0));
    assertThat(table.queryHead(connection, "c3")).isEqualTo(new VersionTable.HeadCheck(0, 0, null, 0));
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    table.insert(connection, new VersionRow("a1", List.of(), "", "v1:", t, null, 0, true));
    table.insert(connection, new VersionRow("b2", List.of("a1"), "", "v1:", t, null, 0, true));
    table.insert(connection, new VersionRow("x9", List.of("a1"), "", "v1:", t, null, 0, true));
    table.insert(connection, new VersionRow("c3", List.of("b2", "x9"), "", "v1:", t, null, 0, true));

    assertThat(table.headCheck(connection, "c3")).contains(new VersionTable.HeadCheck(4, 0, "b2,x9", 0));
    // b2 is listed first, x9 last, a1 alone: each is found as a parent
    assertThat(table.headCheck(connection, "b2")).contains(new VersionTable.HeadCheck(4, 0, "a1", 1));
    assertThat(table.headCheck(connection, "x9")).contains(new VersionTable.HeadCheck(4, 0, "a1", 1));
    assertThat(table.headCheck(connection, "a1")).contains(new VersionTable.HeadCheck(4, 0, "", 2));

    table.insert(connection, new VersionRow("d4", List.of("c3"), "", "v1:", t, null, 0, false));
    assertThat(table.headCheck(connection, "c3")).contains(new VersionTable.HeadCheck(5, 1, "b2,x9", 1));
  }

  @Test
  void currentRevisionsComeFromTheStoredParents() {
    Instant t = Instant.EPOCH;
    AppliedRevisions applied = new AppliedRevisions(List.of(
        new VersionRow("a", List.of(), "", "v1:", t, null, 0, true),
        new VersionRow("b", List.of("a"), "", "v1:", t, null, 0, true),
        new VersionRow("c", List.of("a"), "", "v1:", t, null, 0, true),
        new VersionRow("d", List.of("b", "c"), "", "v1:", t, null, 0, false)));
    assertThat(applied.current()).containsExactly("b", "c");
    assertThat(AppliedRevisions.none().current()).isEmpty();
  }
}
