package dev.retort.processor.codegen;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated sources, exactly. See {@link GoldenFiles} for how to regenerate them. */
class CodegenGoldenTest {

  @Test
  void addMemberPhoneReadsAsTheDesignNotesShowIt() throws IOException {
    String source = MigrationGenerator.migration(Fixtures.addMemberPhone()).toString();
    GoldenFiles.assertMatches("V0002_AddMemberPhone.java", source);
  }

  @Test
  void everyOperationAndColumnType() throws IOException {
    String source = MigrationGenerator.migration(Fixtures.everyOperation()).toString();
    GoldenFiles.assertMatches("V0003_EveryOperation.java", source);
  }

  @Test
  void emptyMigrationForAHandWrittenChange() throws IOException {
    MigrationSpec spec = MigrationSpec.empty(
        Fixtures.PACKAGE,
        "V0004_BackfillMemberStatus",
        "0d1e2f3a4b5c",
        List.of("9a8b7c6d5e4f"),
        "backfill member status",
        "2026-11-25T10:30:00Z");
    GoldenFiles.assertMatches(
        "V0004_BackfillMemberStatus.java", MigrationGenerator.emptyMigration(spec).toString());
  }

  @Test
  void index() throws IOException {
    IndexSpec spec = new IndexSpec(
        Fixtures.PACKAGE, List.of("V0001_Initial", "V0002_AddMemberPhone", "V0003_EveryOperation"),
        new IndexSpec.Head("9a8b7c6d5e4f", List.of("7c1f0a9e3b21")));
    GoldenFiles.assertMatches("dev.retort.Migration", IndexGenerator.serviceFile(spec));
  }
}
