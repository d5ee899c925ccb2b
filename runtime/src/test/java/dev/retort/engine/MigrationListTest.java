package dev.retort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Migration;
import dev.retort.RetortException;
import dev.retort.fixture.AddStock;
import dev.retort.fixture.CreateLibrary;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list of migration classes the processor writes, as the runtime reads it. */
class MigrationListTest {

  private static URL write(Path dir, String content) throws Exception {
    Path file = dir.resolve(MigrationList.RESOURCE);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file.toUri().toURL();
  }

  @Test
  void readsTheClassesInTheirOrderSkippingCommentsAndBlankLines(@TempDir Path dir) throws Exception {
    URL url = write(dir, MigrationList.HEADER + " of dev.retort.fixture in revision order\n"
        + "# generated on every build\n\n"
        + CreateLibrary.class.getName() + "\n"
        + "  " + AddStock.class.getName() + "  # trailing comment\n");

    MigrationList list = MigrationList.read(url, getClass().getClassLoader());

    assertThat(MigrationList.RESOURCE).isEqualTo("META-INF/services/" + Migration.class.getName());
    assertThat(list.migrationClassNames()).containsExactly(CreateLibrary.class.getName(), AddStock.class.getName());
    assertThat(list.migrations()).extracting(m -> (Object) m.getClass()).containsExactly(CreateLibrary.class, AddStock.class);
  }

  @Test
  void aFileThatMergesSeveralModulesListsIsNotTakenAsOneOrder(@TempDir Path dir) throws Exception {
    // what a shaded jar holds after its service files were concatenated
    URL url = write(dir, MigrationList.HEADER + " of a\n" + AddStock.class.getName() + "\n"
        + MigrationList.HEADER + " of b\n" + CreateLibrary.class.getName() + "\n");

    MigrationList list = MigrationList.read(url, getClass().getClassLoader());

    assertThat(list.migrationClassNames()).as("the last line is not known to be a head").isEmpty();
    assertThat(list.migrations()).hasSize(2);
  }

  /** A list as the processor writes it for one head, its size line giving {@code classes} and the body's length. */
  private static String processorList(String module, int classes, String body) {
    return MigrationList.HEADER + " of " + module + ", in revision order\n"
        + MigrationList.HEAD + AddStock.class.getName() + "\n"
        + MigrationList.HEAD_REVISION + "0002\n"
        + MigrationList.HEAD_PARENTS + "0001\n"
        + MigrationList.LIST_SIZE + classes + " classes, " + body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
        + " bytes\n" + body;
  }

  @Test
  void aListAsTheProcessorWroteItIsReadToItsCommentLinesUntilTheNamesAreNeeded(@TempDir Path dir) throws Exception {
    // it says three classes and lists two: only reading the names can tell
    URL url = write(dir, processorList("dev.retort.fixture", 3, CreateLibrary.class.getName() + "\n" + AddStock.class.getName() + "\n"));

    MigrationList list = MigrationList.read(url, getClass().getClassLoader());

    assertThat(list.namesItsHead()).isTrue();
    assertThat(list.headRevision()).isEqualTo("0002");
    assertThat(list.headParents()).containsExactly("0001");
    assertThat(list.size()).isEqualTo(3);
    assertThatThrownBy(list::migrationClassNames)
        .isInstanceOf(RetortException.class)
        .hasMessageContaining("The migration list " + url + " is out of date: it says it lists 3 classes, and lists 2");
  }

  @Test
  void onlyTheCommentLinesAreReadUntilTheNamesAreNeeded() throws Exception {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 999; i++) {
      body.append("com.example.migrations.V").append(i).append("_Step\n");
    }
    body.append(AddStock.class.getName()).append('\n');
    byte[] file = processorList("m", 1000, body.toString()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int[] read = {0};
    URL url = new URL(null, "counting:/" + MigrationList.RESOURCE, new java.net.URLStreamHandler() {
      @Override
      protected java.net.URLConnection openConnection(URL u) {
        return new java.net.URLConnection(u) {
          @Override
          public void connect() {}

          @Override
          public long getContentLengthLong() {
            return file.length;
          }

          @Override
          public java.io.InputStream getInputStream() {
            java.io.InputStream bytes = new java.io.ByteArrayInputStream(file);
            return new java.io.InputStream() { // counts what is read, however it is read
              @Override
              public int read() throws java.io.IOException {
                int b = bytes.read();
                read[0] += b < 0 ? 0 : 1;
                return b;
              }

              @Override
              public int read(byte[] b, int off, int len) throws java.io.IOException {
                int n = bytes.read(b, off, len);
                read[0] += Math.max(n, 0);
                return n;
              }
            };
          }
        };
      }
    });

    MigrationList list = MigrationList.read(url, getClass().getClassLoader());

    assertThat(list.headRevision()).isEqualTo("0002");
    assertThat(list.size()).isEqualTo(1000);
    assertThat(read[0]).as("bytes read of %s", file.length).isLessThanOrEqualTo(1024);
    assertThat(list.migrationClassNames()).hasSize(1000).endsWith(AddStock.class.getName());
    assertThat(read[0]).isEqualTo(1024 + file.length);
  }

  @Test
  void aListThatChangedSinceTheStartOrDoesNotEndWithItsHeadIsRefusedWhenItsNamesAreRead(@TempDir Path dir) throws Exception {
    String body = CreateLibrary.class.getName() + "\n" + AddStock.class.getName() + "\n";
    URL url = write(dir, processorList("m", 2, body));
    MigrationList changed = MigrationList.read(url, getClass().getClassLoader());
    write(dir, processorList("m", 2, body) + "# more\n");
    assertThatThrownBy(changed::migrationClassNames)
        .hasMessageContaining("is out of date: it was " + processorList("m", 2, body).length() + " bytes long when its comment lines were read");

    // the right length, the head named not last: a hand edit the start believed
    String swapped = AddStock.class.getName() + "\n" + CreateLibrary.class.getName() + "\n";
    MigrationList edited = MigrationList.read(write(dir, processorList("m", 2, swapped)), getClass().getClassLoader());
    assertThat(edited.namesItsHead()).isTrue();
    assertThatThrownBy(edited::migrationClassNames)
        .hasMessageContaining("it names " + AddStock.class.getName() + " as its one head, and lists "
            + CreateLibrary.class.getName() + " last");
  }

  @Test
  void onlyASizeLineInTheProcessorsFormIsTrusted(@TempDir Path dir) throws Exception {
    String body = CreateLibrary.class.getName() + "\n" + AddStock.class.getName() + "\n";
    int length = body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    String top = processorList("m", 2, body).substring(0, processorList("m", 2, body).indexOf(MigrationList.LIST_SIZE));

    // the processor's form, "1 class" as well, is believed until the names are read (it is wrong here)
    MigrationList one = MigrationList.read(write(dir, top + MigrationList.LIST_SIZE + "1 class, " + length + " bytes\n" + body),
        getClass().getClassLoader());
    assertThat(one.size()).isEqualTo(1);
    assertThatThrownBy(one::migrationClassNames).hasMessageContaining("it says it lists 1 classes, and lists 2");

    // any other form: the file is read whole, and its names counted
    for (String size : List.of("3 classes; " + length + " bytes", "three classes, " + length + " bytes",
        "3 classes, " + length, "3 widgets, " + length + " bytes", "3 classes, " + length + " bytes extra", "3  classes, x bytes")) {
      MigrationList list = MigrationList.read(write(dir, top + MigrationList.LIST_SIZE + size + "\n" + body),
          getClass().getClassLoader());
      assertThat(list.size()).as(size).isEqualTo(2);
      assertThat(list.migrationClassNames()).as(size).hasSize(2);
    }
  }

  @Test
  void twoProcessorListsMergedAreReadWholeAndNotTakenAsOneOrder(@TempDir Path dir) throws Exception {
    String body = CreateLibrary.class.getName() + "\n" + AddStock.class.getName() + "\n";
    URL url = write(dir, processorList("a", 2, body) + processorList("b", 2, body));

    MigrationList list = MigrationList.read(url, getClass().getClassLoader());

    assertThat(list.headRevision()).as("two headers: the head lines are not the code's head").isNull();
    assertThat(list.migrationClassNames()).isEmpty();
    assertThat(list.size()).isEqualTo(4);
    assertThat(list.migrations()).hasSize(4);
  }

  @Test
  void theLoaderFindsListsNextToIndexClasses(@TempDir Path dir) throws Exception {
    write(dir, MigrationList.HEADER + "\n" + MigrationLoaderTest.FromAnotherModule.class.getName() + "\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      MigrationCatalog catalog = MigrationCatalog.of(MigrationLoader.load(loader));
      // 0001 and 0002 from the test classes' LibraryIndex, 0100 from the list
      assertThat(catalog.graph().topologicalOrder()).containsExactly("0001", "0002", "0100");
    }
  }

  public static final class NotAMigration {}

  public abstract static class NoConstructor extends Migration {}

  @Test
  void preloadingInPartsLoadsEachClassAndLeavesAMissingOneToBeReportedWhenCreated(@TempDir Path dir) throws Exception {
    URL url = write(dir, MigrationList.HEADER + " of dev.retort.fixture\n" + CreateLibrary.class.getName() + "\n"
        + "com.example.Gone\n" + AddStock.class.getName() + "\n");
    MigrationList list = MigrationList.read(url, getClass().getClassLoader());

    list.preload(0, 1);
    list.preload(1, list.size());

    assertThat(list.size()).isEqualTo(3);
    assertThatThrownBy(list::migrations)
        .isInstanceOf(RetortException.class)
        .hasMessageContaining("it lists com.example.Gone, which cannot be loaded");
  }

  @Test
  void aClassThatIsMissingOrNotAMigrationIsAnErrorNamingTheFile(@TempDir Path dir) throws Exception {
    URL missing = write(dir, "com.example.Gone\n");
    assertThatThrownBy(() -> MigrationList.read(missing, getClass().getClassLoader()).migrations())
        .isInstanceOf(RetortException.class)
        .hasMessageContaining("The migration list " + missing + " is out of date: it lists com.example.Gone, which cannot be loaded")
        .hasMessageContaining("rebuild the module that contains it (with clean)");

    URL notMigration = write(dir, NotAMigration.class.getName() + "\n");
    assertThatThrownBy(() -> MigrationList.read(notMigration, getClass().getClassLoader()).migrations())
        .isInstanceOf(RetortException.class)
        .hasMessageContaining("which does not extend dev.retort.Migration");

    URL abstractClass = write(dir, NoConstructor.class.getName() + "\n");
    assertThatThrownBy(() -> MigrationList.read(abstractClass, getClass().getClassLoader()).migrations())
        .isInstanceOf(RetortException.class)
        .hasMessageContaining("Creating the migration " + NoConstructor.class.getName() + " failed");
  }

  @Test
  void anEmptyFileListsNothing(@TempDir Path dir) throws Exception {
    MigrationList list = MigrationList.read(write(dir, ""), getClass().getClassLoader());
    assertThat(list.migrations()).isEmpty();
    assertThat(list.migrationClassNames()).isEmpty();
  }
}
