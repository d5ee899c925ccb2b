package dev.retort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Migration;
import dev.retort.MigrationIndex;
import dev.retort.Migrations;
import dev.retort.RetortException;
import dev.retort.Revision;
import dev.retort.SpyDataSource;
import dev.retort.UpgradeResult;
import dev.retort.dialect.H2Dialect;
import dev.retort.history.VersionRow;
import dev.retort.history.VersionTable;
import dev.retort.fixture.AddStock;
import dev.retort.fixture.CreateLibrary;
import dev.retort.fixture.branches.Branches;
import dev.retort.graph.AmbiguousRevisionException;
import dev.retort.Migrator;
import dev.retort.op.Operations;
import dev.retort.testing.Database;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code upgradeToHead} costs on an up-to-date database: one connection and one query of the
 * version table, no migration lock, and of the migrations at most the last class (none when the
 * processor's list gives the head's id), whatever their
 * number. The index below names classes that do not exist and fails if its migrations are
 * listed: the up-to-date path must touch neither.
 */
class StartupCostTest {
  private final JdbcDataSource h2 = new JdbcDataSource();

  StartupCostTest() {
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  @Revision(id = "r3", parents = "r2", message = "the head")
  public static final class Head extends Migration {
    @Override
    public void upgrade(Operations op) {
      throw new AssertionError("the head's operations were recorded");
    }
  }

  /** Names 1,000 classes, of which only the last exists. */
  public static final class NamesOnly implements MigrationIndex {
    static final int COUNT = 1000;

    @Override
    public List<Migration> migrations() {
      throw new AssertionError("every migration was loaded");
    }

    @Override
    public List<String> migrationClassNames() {
      List<String> names = new java.util.ArrayList<>();
      for (int i = 1; i < COUNT; i++) {
        names.add("no.such.Migration" + i);
      }
      names.add(Head.class.getName());
      return names;
    }
  }

  /** An index whose names are not its classes (a stale or hand-written one). */
  public static final class Inconsistent implements MigrationIndex {
    @Override
    public List<Migration> migrations() {
      return List.of(new Head());
    }

    @Override
    public List<String> migrationClassNames() {
      return List.of("some.Other");
    }
  }

  /** Rows x1, x2, ... then r2 and r3 (the code's head, after r2), as many as given. */
  private void record(int count) throws Exception {
    VersionTable table = new VersionTable(new H2Dialect(), VersionTable.DEFAULT_NAME);
    try (Connection c = h2.getConnection()) {
      table.createIfMissing(c);
      String parent = null;
      for (int i = 1; i <= count; i++) {
        String id = i == NamesOnly.COUNT ? "r3" : i == NamesOnly.COUNT - 1 ? "r2" : "x" + i;
        table.insert(c, new VersionRow(id, parent == null ? List.of() : List.of(parent), "m", "v1:0", Instant.now(), "sa", 1, true));
        parent = id;
      }
    }
  }

  /**
   * A class loader that sees the test classes but, of the migration indexes, only the given one
   * (none for null) and what {@code dir} holds.
   */
  private URLClassLoader services(Path dir, Class<?> index) throws Exception {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    String file = "META-INF/services/" + MigrationIndex.class.getName();
    if (index != null) {
      Files.writeString(dir.resolve(file), index.getName() + "\n");
    }
    ClassLoader tests = getClass().getClassLoader();
    ClassLoader withoutIndexes = new ClassLoader(tests) {
      @Override
      public java.util.Enumeration<URL> getResources(String name) throws java.io.IOException {
        return name.equals(file) ? java.util.Collections.emptyEnumeration() : super.getResources(name);
      }
    };
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, withoutIndexes);
  }

  @Test
  void anUpToDateDatabaseCostsOneQueryAndTheLastMigrationClass(@TempDir Path dir) throws Exception {
    record(NamesOnly.COUNT);
    SpyDataSource spy = new SpyDataSource(h2);
    try (URLClassLoader loader = services(dir, NamesOnly.class)) {
      UpgradeResult result = Migrations.using(spy.dataSource()).withClassLoader(loader).upgradeToHead();

      assertThat(result.upToDate()).isTrue();
      assertThat(result.head()).isEqualTo("r3");
    }
    assertThat(spy.connections()).isEqualTo(1);
    assertThat(spy.executed()).hasSize(1);
    assertThat(spy.executed().get(0)).startsWith("SELECT ").contains("FROM \"RETORT_VERSION\"");
  }

  @Test
  void theProcessorsMigrationListCostsTheSame(@TempDir Path dir) throws Exception {
    record(NamesOnly.COUNT);
    // the head line as the processor writes it for one head
    writeList(dir, List.of(MigrationList.HEAD + Head.class.getName()), new NamesOnly().migrationClassNames());
    SpyDataSource spy = new SpyDataSource(h2);
    try (URLClassLoader loader = services(dir, null)) {
      UpgradeResult result = Migrations.using(spy.dataSource()).withClassLoader(loader).upgradeToHead();

      assertThat(result.upToDate()).isTrue();
      assertThat(result.head()).isEqualTo("r3");
      // behind the head, every listed class is needed, and the first of them is missing
      assertThatThrownBy(() -> Migrations.using(h2).withClassLoader(loader).pending())
          .isInstanceOf(RetortException.class)
          .hasMessageContaining("The migration list " + dir.resolve(MigrationList.RESOURCE).toUri().toURL()
              + " is out of date: it lists no.such.Migration1, which cannot be loaded");
    }
    assertThat(spy.connections()).isEqualTo(1);
    assertThat(spy.executed()).hasSize(1);
  }

  /**
   * The processor's list also gives the head's revision and parents: then not even the head's
   * class is loaded (this one names a class that does not exist).
   */
  @Test
  void aListThatGivesItsHeadsRevisionLoadsNoMigrationClass(@TempDir Path dir) throws Exception {
    record(NamesOnly.COUNT);
    List<String> names = new java.util.ArrayList<>(new NamesOnly().migrationClassNames().subList(0, NamesOnly.COUNT - 1));
    names.add("no.such.Head");
    writeList(dir, List.of(MigrationList.HEAD + "no.such.Head", MigrationList.HEAD_REVISION + "r3",
        MigrationList.HEAD_PARENTS + "r2"), names);
    SpyDataSource spy = new SpyDataSource(h2);
    try (URLClassLoader loader = services(dir, null)) {
      UpgradeResult result = Migrations.using(spy.dataSource()).withClassLoader(loader).upgradeToHead();

      assertThat(result.upToDate()).isTrue();
      assertThat(result.head()).isEqualTo("r3");
    }
    assertThat(spy.connections()).isEqualTo(1);
    assertThat(spy.executed()).hasSize(1);
  }

  /** A list whose head lines disagree with the head's class: refused as soon as the classes load, nothing run. */
  @Test
  void aListWhoseHeadLinesDisagreeWithTheClassIsRefused(@TempDir Path dir) throws Exception {
    Migrations.using(h2).withMigrations(List.of(new CreateLibrary())).upgradeToHead();
    writeList(dir, List.of(MigrationList.HEAD + AddStock.class.getName(),
        MigrationList.HEAD_REVISION + new AddStock().revision().id(), MigrationList.HEAD_PARENTS + MigrationList.NO_PARENTS),
        List.of(CreateLibrary.class.getName(), AddStock.class.getName()));
    try (URLClassLoader loader = services(dir, null)) {
      assertThatThrownBy(() -> Migrations.using(h2).withClassLoader(loader).upgradeToHead())
          .isInstanceOf(RetortException.class)
          .hasMessageContaining("is inconsistent: it gives its head " + AddStock.class.getName() + " the revision "
              + new AddStock().revision().id() + " after [], but the class says " + new AddStock().revision().id()
              + " after " + List.of(new AddStock().revision().parents()));
      assertThat(Migrations.using(h2).withMigrations(List.of(new CreateLibrary(), new AddStock())).current())
          .containsExactly(new CreateLibrary().revision().id());
    }
  }

  /** Writes a migration list of these classes into {@code dir}, with the line naming the head or not. */
  private static void list(Path dir, List<? extends Migration> migrations, boolean namesTheHead) throws Exception {
    List<String> names = migrations.stream().map(m -> m.getClass().getName()).toList();
    writeList(dir, namesTheHead ? List.of(MigrationList.HEAD + names.get(names.size() - 1)) : List.of(), names);
  }

  /** Writes a migration list into {@code dir}: its header, these comment lines, then the class names. */
  private static void writeList(Path dir, List<String> comments, List<String> names) throws Exception {
    StringBuilder list = new StringBuilder(MigrationList.HEADER + " of a test, in revision order\n");
    comments.forEach(line -> list.append(line).append('\n'));
    names.forEach(name -> list.append(name).append('\n'));
    Files.createDirectories(dir.resolve("META-INF/services"));
    Files.writeString(dir.resolve(MigrationList.RESOURCE), list);
  }

  /**
   * Code with two heads, found through its list (the processor writes one without the head line
   * for them), on a database at both: refused as with the same classes given directly, where the
   * up-to-date check once took the last listed class for the head and said "up to date".
   */
  @Test
  void aListWithTwoHeadsIsNotTakenForUpToDate(@TempDir Path dir) throws Exception {
    try (TestDatabase postgres = TestDatabases.fresh(Database.POSTGRESQL, "StartupCostTest")) {
      Migrations.using(postgres.dataSource()).withMigrations(Branches.unmerged()).upgrade("heads");
      list(dir, Branches.unmerged(), false);
      try (URLClassLoader loader = services(dir, null)) {
        Migrator indexed = Migrations.using(postgres.dataSource()).withClassLoader(loader);
        assertThat(indexed.heads()).containsExactly("b2bbbb", "d1dddd");

        assertThatThrownBy(indexed::upgradeToHead)
            .isInstanceOf(AmbiguousRevisionException.class)
            .hasMessageContaining("'head' is ambiguous: it could mean b2bbbb, d1dddd");
        assertThat(indexed.current()).containsExactly("b2bbbb", "d1dddd");
      }
    }
  }

  /** A list without the line naming its head (an older processor's) is read whole: slower, never wrong. */
  @Test
  void aListThatDoesNotNameItsHeadStillWorks(@TempDir Path dir) throws Exception {
    Migrations.using(h2).withMigrations(Branches.all()).upgradeToHead();
    list(dir, Branches.all(), false);
    try (URLClassLoader loader = services(dir, null)) {
      UpgradeResult result = Migrations.using(h2).withClassLoader(loader).upgradeToHead();
      assertThat(result.upToDate()).isTrue();
      assertThat(result.head()).isEqualTo("c4cccc");
    }
  }

  /** Read whole, as the error shows: the list's first class is gone, which the one-class path would not see. */
  @Test
  void aListThatDoesNotNameItsHeadLoadsEveryClass(@TempDir Path dir) throws Exception {
    record(NamesOnly.COUNT);
    writeList(dir, List.of(), new NamesOnly().migrationClassNames());
    try (URLClassLoader loader = services(dir, null)) {
      assertThatThrownBy(() -> Migrations.using(h2).withClassLoader(loader).upgradeToHead())
          .isInstanceOf(RetortException.class)
          .hasMessageContaining("it lists no.such.Migration1, which cannot be loaded");
    }
  }

  @Test
  void theUpToDateQueryNeedsNoCommitAndLeavesAPoolsConnectionAsItCame() throws Exception {
    List<Migration> migrations = List.of(new CreateLibrary(), new AddStock());
    Migrations.using(h2).withMigrations(migrations).upgradeToHead();
    // a pool that hands out connections out of auto-commit mode, and notes what is done to them
    List<String> calls = new java.util.ArrayList<>();
    javax.sql.DataSource pool = (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {javax.sql.DataSource.class}, (ds, method, args) -> {
          if (!method.getName().equals("getConnection")) {
            return method.invoke(h2, args);
          }
          Connection real = h2.getConnection();
          real.setAutoCommit(false);
          return java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
              (c, m, a) -> {
                if (m.getName().equals("commit") || m.getName().equals("rollback")) {
                  calls.add(m.getName());
                }
                if (m.getName().equals("close")) {
                  calls.add("close with auto-commit " + real.getAutoCommit());
                }
                return m.invoke(real, a);
              });
        });

    assertThat(Migrations.using(pool).withMigrations(migrations).upgradeToHead().upToDate()).isTrue();

    assertThat(calls).containsExactly("close with auto-commit false");
  }

  @Test
  void aStartThatCannotConnectSaysWhyAndLeavesNoThreadReadingTheMigrations() {
    javax.sql.DataSource down = (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {javax.sql.DataSource.class}, (ds, method, args) -> {
          throw new java.sql.SQLException("Connection refused");
        });

    assertThatThrownBy(() -> Migrations.using(down).withMigrations(List.of(new CreateLibrary())).upgradeToHead())
        .isInstanceOf(RetortException.class)
        .hasMessage("Retort could not upgrade: Connection refused");
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("retort-start") && t.isAlive());
  }

  @Test
  void onPostgresAnUpToDateStartTakesNoLockAndRunsOneStatement() throws Exception {
    try (TestDatabase postgres = TestDatabases.fresh(Database.POSTGRESQL, "StartupCostTest")) {
      List<Migration> migrations = List.of(new CreateLibrary(), new AddStock());
      Migrations.using(postgres.dataSource()).withMigrations(migrations.subList(0, 1)).upgradeToHead();
      SpyDataSource spy = new SpyDataSource(postgres.dataSource());

      // behind the head, the check's connection goes on to migrate, and the lock is taken (on a
      // connection of its own) before anything is read again
      assertThat(Migrations.using(spy.dataSource()).withMigrations(migrations).upgradeToHead().appliedIds())
          .containsExactly("0002");
      assertThat(spy.connections()).isEqualTo(2);
      assertThat(spy.executed()).anyMatch(sql -> sql.contains("pg_try_advisory_lock"));

      spy.reset();
      assertThat(Migrations.using(spy.dataSource()).withMigrations(migrations).upgradeToHead().upToDate()).isTrue();

      assertThat(spy.connections()).as("no second connection for the lock").isEqualTo(1);
      assertThat(spy.executed()).hasSize(1).allMatch(sql -> sql.startsWith("SELECT COUNT(*)"));
    }
  }

  @Test
  void onANewPostgresDatabaseTheFailedCheckGoesStraightToTheLock() throws Exception {
    try (TestDatabase postgres = TestDatabases.fresh(Database.POSTGRESQL, "StartupCostTest")) {
      SpyDataSource spy = new SpyDataSource(postgres.dataSource());

      assertThat(Migrations.using(spy.dataSource()).withMigrations(List.of(new CreateLibrary())).upgradeToHead().appliedIds())
          .containsExactly("0001");

      // the check fails for want of a table; whether the table exists is only asked under the
      // lock, so the migrations start loading as soon as the check has failed
      List<String> events = spy.events();
      assertThat(events.get(0)).startsWith("SELECT COUNT(*)");
      int lock = indexOf(events, "pg_try_advisory_lock");
      int lookup = indexOf(events, "metadata: getTables");
      assertThat(lock).as("the lock, in %s", events).isPositive();
      assertThat(lookup).as("the first table lookup, in %s", events).isGreaterThan(lock);
    }
  }

  private static int indexOf(List<String> events, String part) {
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).contains(part)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void aDatabaseThatIsNotAtTheHeadLoadsEveryMigration(@TempDir Path dir) throws Exception {
    record(NamesOnly.COUNT - 1);
    try (URLClassLoader loader = services(dir, NamesOnly.class)) {
      assertThatThrownBy(() -> Migrations.using(h2).withClassLoader(loader).upgradeToHead())
          .isInstanceOf(AssertionError.class)
          .hasMessage("every migration was loaded");
    }
  }

  @Test
  void anIndexWhoseNamesAreNotItsClassesIsRefused(@TempDir Path dir) throws Exception {
    try (URLClassLoader loader = services(dir, Inconsistent.class)) {
      assertThatThrownBy(() -> Migrations.using(h2).withClassLoader(loader).upgradeToHead())
          .isInstanceOf(RetortException.class)
          .hasMessageContaining("The migration index " + Inconsistent.class.getName()
              + " is inconsistent: it names the class some.Other, which cannot be loaded");
      assertThatThrownBy(() -> Migrations.using(h2).withClassLoader(loader).pending())
          .isInstanceOf(RetortException.class)
          .hasMessageContaining("are not the classes of its migrations()");
    }
  }
}
