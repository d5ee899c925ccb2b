package dev.retort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Migration;
import dev.retort.MigrationIndex;
import dev.retort.RetortException;
import dev.retort.Revision;
import dev.retort.fixture.AddStock;
import dev.retort.fixture.CreateLibrary;
import dev.retort.op.Operations;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationLoaderTest {

  @Revision(id = "0100", parents = "0002", message = "from another module")
  public static final class FromAnotherModule extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.sql("SELECT 1");
    }
  }

  @Revision(id = "0001", message = "an impostor")
  public static final class Impostor extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.sql("SELECT 1");
    }
  }

  /** A second module's index; lists CreateLibrary again, which is harmless. */
  public static final class SecondIndex implements MigrationIndex {
    @Override
    public List<Migration> migrations() {
      return List.of(new FromAnotherModule(), new CreateLibrary());
    }
  }

  public static final class ClashingIndex implements MigrationIndex {
    @Override
    public List<Migration> migrations() {
      return List.of(new Impostor());
    }
  }

  @Test
  void findsTheIndexThroughServiceLoader() {
    List<Migration> migrations = MigrationLoader.load(getClass().getClassLoader());
    assertThat(migrations).extracting(m -> (Object) m.getClass()).containsExactly(CreateLibrary.class, AddStock.class);
  }

  @Test
  void mergesSeveralIndexes(@TempDir Path dir) throws Exception {
    try (URLClassLoader loader = withServices(dir, SecondIndex.class)) {
      MigrationCatalog catalog = MigrationCatalog.of(MigrationLoader.load(loader));
      assertThat(catalog.graph().topologicalOrder()).containsExactly("0001", "0002", "0100");
    }
  }

  @Test
  void twoMigrationsWithOneIdAreAnError(@TempDir Path dir) throws Exception {
    try (URLClassLoader loader = withServices(dir, ClashingIndex.class)) {
      assertThatThrownBy(() -> MigrationLoader.load(loader))
          .isInstanceOf(RetortException.class)
          .hasMessageContaining("Two migrations have the revision id '0001'")
          .hasMessageContaining(CreateLibrary.class.getName())
          .hasMessageContaining(Impostor.class.getName());
    }
  }

  @Test
  void theCatalogRefusesDuplicatesAndOddIds() {
    assertThatThrownBy(() -> MigrationCatalog.of(List.of(new CreateLibrary(), new Impostor())))
        .hasMessageContaining("Two migrations have the revision id '0001'");
    assertThatThrownBy(() -> MigrationCatalog.of(List.of(new OddId())))
        .hasMessageContaining("has the revision id 'a,b'");
  }

  @Revision(id = "a,b")
  public static final class OddId extends Migration {
    @Override
    public void upgrade(Operations op) {}
  }

  @Revision(id = "ae10")
  public static final class LowerCase extends Migration {
    @Override
    public void upgrade(Operations op) {}
  }

  @Revision(id = "AE10", parents = "ae10")
  public static final class UpperCase extends Migration {
    @Override
    public void upgrade(Operations op) {}
  }

  @Test
  void idsThatDifferOnlyInCaseAreRefusedNamingBothClasses() {
    assertThatThrownBy(() -> MigrationCatalog.of(List.of(new LowerCase(), new UpperCase())))
        .isInstanceOf(RetortException.class)
        .hasMessageContaining("The revision ids 'ae10' (" + LowerCase.class.getName() + ") and 'AE10' ("
            + UpperCase.class.getName() + ") differ only in case")
        .hasMessageContaining("Nothing was changed");
  }

  private URLClassLoader withServices(Path dir, Class<?> index) throws Exception {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve(MigrationIndex.class.getName()), index.getName() + "\n");
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
  }
}
