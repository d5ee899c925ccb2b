package dev.retort.processor.loop;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ORDINAL enum's column holds the constants' positions, so reordering or removing constants
 * changes what every stored number means while the schema stays the same. The snapshot records the
 * constants ({@code "ordinals"}), and the data-loss guard refuses such a change on the field until
 * it is acknowledged by name; adding constants at the end is safe. (Member.previousStatus is an
 * ORDINAL {@code Status}; Member.status is the same enum stored by name.)
 */
class OrdinalEnumTest {
  private static final String PKG = "com.example.library.migrations";
  private static final String STATUS = "com/example/library/Status.java";
  private static final String ORIGINAL = "  ACTIVE,\n  SUSPENDED\n";

  @Test
  void theSnapshotRecordsTheConstantsInDeclarationOrder(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);

    assertThat(project.compile()).succeeded();

    assertThat(project.snapshotText()).contains(
        "{\"name\": \"previousStatus\", \"type\": \"tinyint\", \"nullable\": true, \"ordinals\": [\"ACTIVE\", \"SUSPENDED\"]}");
    assertThat(project.snapshotText()).doesNotContain("{\"name\": \"status\", \"type\": \"enum('ACTIVE','SUSPENDED')\", "
        + "\"nullable\": true, \"ordinals\"");
  }

  @Test
  void reorderingIsRefusedOnTheFieldUntilAcknowledgedByName(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);
    assertThat(project.compile()).succeeded();
    String snapshot = project.snapshotText();
    project.edit(STATUS, ORIGINAL, "  SUSPENDED,\n  ACTIVE\n");

    Compilation refused = project.compile();

    assertThat(refused).failed();
    assertThat(refused).hadErrorContaining("[retort:destructive] The ORDINAL enum stored in members.previousStatus was "
        + "[ACTIVE, SUSPENDED] and is now [SUSPENDED, ACTIVE]: its constants were reordered, so the numbers its rows hold "
        + "would mean other constants. Add new constants at the end only, or store the enum by name with "
        + "@Enumerated(EnumType.STRING) in a new column.")
        .inFile(file(refused, "Member.java")).onLineContaining("private Status previousStatus;");
    assertThat(refused).hadErrorContaining("compile once with -Aretort.allowDataLoss=members.previousStatus");
    assertThat(project.migrations(PKG)).containsOnlyKeys("V0001_Initial.java");
    assertThat(project.snapshotText()).isEqualTo(snapshot);

    Compilation acknowledged = project.compile("-Aretort.allowDataLoss=members.previousStatus");

    assertThat(acknowledged).succeeded();
    assertThat(project.snapshotText()).contains("\"ordinals\": [\"SUSPENDED\", \"ACTIVE\"]");
    // the STRING enum column lists its values in the new order too: that one is a migration
    assertThat(project.migrations(PKG)).hasSize(2);
    assertThat(project.compile()).succeeded(); // once acknowledged, the next compile has nothing to say
    assertThat(project.migrations(PKG)).hasSize(2);
  }

  @Test
  void removingAConstantIsRefusedAndNamed(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);
    project.edit(STATUS, ORIGINAL, "  ACTIVE,\n  SUSPENDED,\n  CLOSED\n");
    assertThat(project.compile()).succeeded();
    project.edit(STATUS, "  ACTIVE,\n  SUSPENDED,\n  CLOSED\n", "  ACTIVE,\n  CLOSED\n");

    Compilation refused = project.compile();

    assertThat(refused).failed();
    assertThat(refused).hadErrorContaining("was [ACTIVE, SUSPENDED, CLOSED] and is now [ACTIVE, CLOSED]: it no longer has "
        + "SUSPENDED, so the numbers its rows hold would mean other constants, or none.")
        .inFile(file(refused, "Member.java")).onLineContaining("private Status previousStatus;");
    assertThat(project.migrations(PKG)).containsOnlyKeys("V0001_Initial.java");
  }

  @Test
  void addingAConstantAtTheEndIsSafe(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);
    assertThat(project.compile()).succeeded();
    project.edit(STATUS, ORIGINAL, "  ACTIVE,\n  SUSPENDED,\n  CLOSED\n");

    Compilation compilation = project.compile("-Aretort.message=close");

    assertThat(compilation).succeeded();
    assertThat(project.migrations(PKG).get("V0002_Close.java")).contains("previousStatus between 0 and 2");
    assertThat(project.snapshotText()).contains("\"ordinals\": [\"ACTIVE\", \"SUSPENDED\", \"CLOSED\"]");
  }

  @Test
  void aBuildServerRefusesItToo(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);
    assertThat(project.compile()).succeeded();
    project.edit(STATUS, ORIGINAL, "  SUSPENDED,\n  ACTIVE\n");

    Compilation check = project.compile("-Aretort.mode=check");

    assertThat(check).failed();
    assertThat(check).hadErrorContaining("[retort:destructive] The ORDINAL enum stored in members.previousStatus");
  }

  private static JavaFileObject file(Compilation compilation, String name) {
    return compilation.sourceFiles().stream().filter(f -> f.getName().endsWith(name)).findFirst().orElseThrow();
  }
}
