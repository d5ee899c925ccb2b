package dev.retort.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.H2Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VersionTableTest {
  private Connection connection;
  private final VersionTable table = new VersionTable(new H2Dialect(), VersionTable.DEFAULT_NAME);

  @BeforeEach
  void open() throws Exception {
    connection = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID());
  }

  @AfterEach
  void close() throws Exception {
    connection.close();
  }

  @Test
  void createsItsTableOnceWithTheDocumentedColumns() throws Exception {
    assertThat(table.exists(connection)).isFalse();
    assertThat(table.read(connection).rows()).isEmpty();
    assertThat(table.createIfMissing(connection)).isTrue();
    assertThat(table.createIfMissing(connection)).isFalse();
    List<String> columns = new ArrayList<>();
    try (ResultSet rs = connection.getMetaData().getColumns(null, "PUBLIC", "RETORT_VERSION", null)) {
      while (rs.next()) {
        columns.add(rs.getString("COLUMN_NAME") + " " + rs.getString("TYPE_NAME") + " " + rs.getString("IS_NULLABLE"));
      }
    }
    assertThat(columns).containsExactly(
        "REVISION CHARACTER VARYING NO",
        "PARENTS CHARACTER VARYING NO",
        "MESSAGE CHARACTER VARYING YES",
        "CHECKSUM CHARACTER VARYING NO",
        "APPLIED_AT TIMESTAMP WITH TIME ZONE NO",
        "APPLIED_BY CHARACTER VARYING YES",
        "EXECUTION_MS BIGINT NO",
        "SUCCESS BOOLEAN NO");
    try (ResultSet rs = connection.getMetaData().getPrimaryKeys(null, "PUBLIC", "RETORT_VERSION")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString("COLUMN_NAME")).isEqualTo("REVISION");
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
    assertThat(read.ids()).containsExactly("a1");
    assertThat(read.failed()).extracting(VersionRow::revision).containsExactly("b2");

    assertThat(table.delete(connection, "b2")).isTrue();
    assertThat(table.delete(connection, "b2")).isFalse();
    assertThat(table.read(connection).rows()).extracting(VersionRow::revision).containsExactly("a1");
  }

  @Test
  void customAndQualifiedNames() throws Exception {
    connection.createStatement().execute("CREATE SCHEMA AUDIT");
    VersionTable audit = new VersionTable(new H2Dialect(), "audit.schema_history");
    assertThat(audit.createIfMissing(connection)).isTrue();
    assertThat(audit.exists(connection)).isTrue();
    assertThat(table.exists(connection)).isFalse();
    try (ResultSet rs = connection.getMetaData().getTables(null, "AUDIT", "SCHEMA_HISTORY", null)) {
      assertThat(rs.next()).isTrue();
    }
    assertThat(audit.deleteStatementFor("o'k"))
        .isEqualTo("DELETE FROM \"AUDIT\".\"SCHEMA_HISTORY\" WHERE \"REVISION\" = 'o''k'");
  }

  @Test
  void aTableOfTheSameNameInAnotherSchemaDoesNotCount() throws Exception {
    connection.createStatement().execute("CREATE SCHEMA OTHER");
    connection.createStatement().execute("CREATE TABLE OTHER.RETORT_VERSION (X INT)");
    assertThat(table.exists(connection)).isFalse();
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
