package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two developers each generate a migration on their own git branch; after the merge there are two
 * heads and the snapshot has a conflict. The next compile writes the merge revision and a snapshot
 * rebuilt from the migrations, and the application migrates through both branches.
 */
class BranchMergeTest {
  private static final String MIGRATIONS = "src/main/java/com/example/shop/migrations";
  private static final String SNAPSHOT = "src/main/resources/retort/snapshot.json";

  @Test
  void aMergeOfTwoBranchesGetsAMergeRevision(@TempDir Path tmp) throws IOException {
    UserProject project = UserProject.copy("shop", tmp);
    assertOk(project.mvn("compile"));
    project.commitAll("initial migration");
    project.git("branch", "-M", "main");

    project.git("checkout", "-q", "-b", "phone");
    addField(project, "src/main/java/com/example/shop/Customer.java", "private String phone;");
    assertOk(project.mvn("compile"));
    project.commitAll("customer phone");

    project.git("checkout", "-q", "main");
    project.git("checkout", "-q", "-b", "note");
    addField(project, "src/main/java/com/example/shop/Purchase.java", "private String note;");
    assertOk(project.mvn("compile"));
    project.commitAll("purchase note");

    UserProject.Run merge = project.tryGit("-c", "user.name=test", "-c", "user.email=test@example.com", "merge", "-q", "phone");
    assertThat(merge.succeeded()).as("git reports the snapshot conflict").isFalse();
    assertThat(project.read(SNAPSHOT)).contains("<<<<<<<");

    UserProject.Run compile = project.mvn("compile");

    assertOk(compile);
    assertThat(compile.output()).contains("[retort:wrote] The migrations had 2 heads");
    assertThat(migrations(project)).containsExactly(
        "V0001_Initial.java", "V0002_AddCustomerPhone.java", "V0002_AddPurchaseNote.java", "V0003_MergeHeads.java");
    String mergeRevision = project.read(MIGRATIONS + "/V0003_MergeHeads.java");
    assertThat(mergeRevision).contains("parents = {\"").contains("message = \"merge_heads\"");
    assertThat(project.read(SNAPSHOT)).doesNotContain("<<<<<<<").contains("\"phone\"").contains("\"note\"");

    project.commitAll("merge phone into note");
    // the application migrates an empty database through both branches and the merge
    assertOk(project.mvn("test", "-Dexpect.columns=CUSTOMER.PHONE,PURCHASE.NOTE"));
    // and the history is a single line again: nothing more to write, and a build server agrees
    assertOk(project.mvn("compile"));
    assertThat(project.status()).isEmpty();
    assertOk(project.mvn(Map.of("CI", "true"), "clean", "compile"));
    assertThat(project.status()).isEmpty();
  }

  private static void addField(UserProject project, String file, String field) throws IOException {
    String source = project.read(file).stripTrailing();
    project.write(file, source.substring(0, source.length() - 1) + "\n  " + field + "\n}\n");
  }

  private static void assertOk(UserProject.Run run) {
    assertThat(run.succeeded()).as(run.output()).isTrue();
  }

  private static List<String> migrations(UserProject project) throws IOException {
    try (Stream<Path> files = Files.list(project.file(MIGRATIONS))) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
