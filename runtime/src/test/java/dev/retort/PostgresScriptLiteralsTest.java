package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Dialects;
import dev.retort.testing.Database;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A PostgreSQL server may still run with the setting of before 9.1, {@code
 * standard_conforming_strings = off}, where a backslash in an ordinary string literal is an
 * escape. An offline script's literals must read the same under either setting, so the message a
 * DBA's script records is the one the code has. (Under the default setting, {@code
 * ScriptsOnEveryDatabaseTest} checks the same message.)
 */
class PostgresScriptLiteralsTest {

  @Test
  void aScriptRecordsABackslashAsWrittenWhenStandardConformingStringsIsOff() throws Exception {
    try (TestDatabase db = TestDatabases.fresh(Database.POSTGRESQL, "ScriptLiterals")) {
      List<Migration> migrations = List.of(new ScriptsOnEveryDatabaseTest.Awkward());
      String script = Migrations.offline(Dialects.named("postgresql")).withMigrations(migrations).script("base", "head");

      try (Connection c = db.connect(); Statement st = c.createStatement()) {
        st.execute("SET standard_conforming_strings = off"); // the DBA's session, as an old server's default
        for (String statement : script.replaceAll("(?m)^--.*\n", "").split(";\n")) {
          if (!statement.isBlank()) {
            st.execute(statement);
          }
        }
      }

      Migrator migrator = Migrations.using(db.dataSource()).withMigrations(migrations);
      assertThat(migrator.history()).singleElement()
          .satisfies(entry -> assertThat(entry.message()).isEqualTo(ScriptsOnEveryDatabaseTest.Awkward.MESSAGE));
      assertThat(migrator.upgradeToHead().upToDate()).isTrue();
    }
  }
}
