package dev.retort.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.retort.Migrations;
import dev.retort.fixture.AddStock;
import dev.retort.fixture.CreateLibrary;
import dev.retort.fixture.branches.Branches;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole offline scripts of the databases this repository's CI only renders, SQL Server and
 * MySQL, checked against exact expected files under {@code src/test/resources/golden/scripts}:
 * the library fixture up from base (tables, identity, foreign key, indexes, a sequence, a column
 * with a default, raw SQL) and the branches fixture up and back down to base. Regenerate after an
 * intended change with {@code mvn -B -pl runtime test -Dtest=RenderedScriptsTest
 * -Dretort.updateGolden=true}, then review the diff. (Where Docker runs, {@code
 * ScriptsOnEveryDatabaseTest} also executes SQL Server's scripts.)
 */
class RenderedScriptsTest {

  @Test
  void sqlServer() throws Exception {
    scripts("sqlserver", new SqlServerDialect());
  }

  @Test
  void mySql() throws Exception {
    scripts("mysql", new MySqlDialect());
  }

  private static void scripts(String name, Dialect dialect) throws Exception {
    assertMatches(name + "-library-up.sql",
        Migrations.offline(dialect).withMigrations(List.of(new CreateLibrary(), new AddStock())).script("base", "head"));
    assertMatches(name + "-branches-up.sql", Migrations.offline(dialect).withMigrations(Branches.all()).script("base", "head"));
    assertMatches(name + "-branches-down.sql", Migrations.offline(dialect).withMigrations(Branches.all()).script("head", "base"));
  }

  private static void assertMatches(String name, String actual) throws Exception {
    Path file = Path.of(System.getProperty("basedir", "")).resolve("src/test/resources/golden/scripts").resolve(name);
    if (Boolean.getBoolean("retort.updateGolden")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual);
      return;
    }
    if (!Files.exists(file)) {
      fail("No golden file " + file + ". Run with -Dretort.updateGolden=true to write it, then review it.");
    }
    assertThat(actual).as("%s (regenerate with -Dretort.updateGolden=true if intended)", file).isEqualTo(Files.readString(file));
  }
}
