package dev.retort.processor.codegen;

import static dev.retort.schema.Column.col;
import static dev.retort.schema.ColumnType.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Migration;
import dev.retort.op.AddColumn;
import dev.retort.op.Operation;
import dev.retort.op.Operations;
import dev.retort.schema.ColumnType;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationGeneratorTest {

  @Test
  void sameSpecGivesTheSameSource() {
    String first = MigrationGenerator.migration(Fixtures.everyOperation()).toString();
    String second = MigrationGenerator.migration(Fixtures.everyOperation()).toString();
    String awkward = MigrationGenerator.migration(Fixtures.awkwardValues()).toString();

    assertThat(second).isEqualTo(first);
    assertThat(MigrationGenerator.migration(Fixtures.awkwardValues()).toString())
        .isEqualTo(awkward);
  }

  @Test
  void importsOnlyTheFactoriesAndConstantsItUses() {
    String source = MigrationGenerator.migration(Fixtures.addMemberPhone()).toString();

    assertThat(source.lines().filter(line -> line.startsWith("import ")))
        .containsExactly(
            "import static dev.retort.schema.Column.col;",
            "import static dev.retort.schema.ColumnType.varchar;",
            "import dev.retort.Migration;",
            "import dev.retort.Revision;",
            "import dev.retort.op.Operations;");
  }

  @Test
  void aBaseRevisionRevisesNothing() {
    String source = MigrationGenerator.migration(spec(List.of(), "initial schema")).toString();

    // <base> written as is would be an unknown HTML tag to Javadoc.
    assertThat(source).contains(" * Revises: &lt;base&gt;\n").doesNotContain("parents =");
  }

  @Test
  void aMergeListsItsParentsInline() {
    MigrationSpec spec = new MigrationSpec(
        "p", "V0003_Merge", "c3", List.of("a1", "b2"), "merge", "2026-01-01T00:00:00Z",
        List.of(), List.of());

    assertThat(MigrationGenerator.migration(spec).toString())
        .contains(" * Revises: a1, b2\n", "    parents = {\"a1\", \"b2\"},\n");
  }

  @Test
  void theMessageBecomesTheFirstSentenceWrappedAt100Columns() {
    String message = "split_the_member_name into given and family names, keeping the old column "
        + "until every reader has moved to the new ones";
    String source = MigrationGenerator.migration(spec(List.of("a1"), message)).toString();

    String sentence = source.substring(source.indexOf("/**\n") + 4, source.indexOf(" *\n"));
    assertThat(sentence.lines())
        .hasSize(2)
        .allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(100));
    assertThat(sentence.replace("\n * ", " "))
        .isEqualTo(" * Split the member name into given and family names, keeping the old column"
            + " until every reader has moved to the new ones.\n");
    assertThat(source)
        .contains("    message = \"" + message + "\",\n");
  }

  @Test
  void withoutMessageTheSentenceNamesTheRevision() {
    String source = MigrationGenerator.migration(spec(List.of("a1"), "")).toString();

    assertThat(source).contains(" * Revision c3.\n").doesNotContain("message =");
  }

  @Test
  void aJdbcCallbackCannotBeWritten() {
    List<Operation> upgrade =
        Operations.recording().jdbc("fill names", connection -> {}).recorded();
    MigrationSpec spec = new MigrationSpec(
        "p", "V0003_Jdbc", "c3", List.of(), "", "2026-01-01T00:00:00Z", upgrade, List.of());

    assertThatThrownBy(() -> MigrationGenerator.migration(spec))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("JDBC callback 'fill names'")
        .hasMessageContaining("hand-written migrations");
  }

  @Test
  void aColumnTypeNoFactoryBuildsIsRefused() {
    ColumnType odd = new ColumnType(ColumnType.Kind.BIGINT, 5, 0, 0, List.of());
    List<Operation> upgrade = List.of(new AddColumn("t", col("c", odd)));
    MigrationSpec spec = new MigrationSpec(
        "p", "V0003_Odd", "c3", List.of(), "", "2026-01-01T00:00:00Z", upgrade, List.of());

    assertThatThrownBy(() -> MigrationGenerator.migration(spec))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BIGINT, length 5");
  }

  @Test
  void anEmptyMigrationCompilesAndRecordsNothing() throws Exception {
    MigrationSpec spec = MigrationSpec.empty(
        "com.example", "V0004_Backfill", "d4", List.of("c3"), "backfill", "2026-01-01T00:00:00Z");

    Migration migration = InMemoryCompiler.migration(MigrationGenerator.emptyMigration(spec));

    assertThat(migration.recordUpgrade()).isEmpty();
    assertThat(migration.recordDowngrade()).isEmpty();
    assertThat(migration.revision().parents()).containsExactly("c3");
  }

  @Test
  void anEmptyMigrationTakesNoOperations() {
    assertThatThrownBy(() -> MigrationGenerator.emptyMigration(Fixtures.addMemberPhone()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("V0002_AddMemberPhone");
  }

  @Test
  void specsRejectWhatWouldNotCompileOrParse() {
    assertThatThrownBy(() -> spec("V 2", List.of(), "2026-01-01T00:00:00Z"))
        .hasMessageContaining("'V 2'");
    assertThatThrownBy(() -> spec("class", List.of(), "2026-01-01T00:00:00Z"))
        .hasMessageContaining("'class'");
    assertThatThrownBy(() -> spec("V0002_A", List.of(), "23/11/2026"))
        .hasMessageContaining("ISO-8601");
    assertThatThrownBy(() -> spec("V0002_A", List.of("a1", "a1"), "2026-01-01T00:00:00Z"))
        .hasMessageContaining("repeated");
    assertThatThrownBy(() -> new MigrationSpec(
            "com.example.", "V0002_A", "c3", List.of(), "", "2026-01-01T00:00:00Z",
            List.of(), List.of()))
        .hasMessageContaining("package");
  }

  private static MigrationSpec spec(List<String> parents, String message) {
    List<Operation> upgrade =
        Operations.recording().addColumn("member", col("phone", varchar(40))).recorded();
    return new MigrationSpec(
        "com.example", "V0003_Change", "c3", parents, message, "2026-01-01T00:00:00Z",
        upgrade, Fixtures.inverses(upgrade));
  }

  private static MigrationSpec spec(String className, List<String> parents, String created) {
    return new MigrationSpec(
        "com.example", className, "c3", parents, "", created, List.of(), List.of());
  }
}
