package dev.retort.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Migrations;
import dev.retort.Migrator;
import dev.retort.fixture.AddStock;
import dev.retort.fixture.CreateLibrary;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import dev.retort.testing.Database;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** verify(): the live database against the schema its migrations produce at its revision. */
class DriftTest {
  private final JdbcDataSource h2 = new JdbcDataSource();
  private final Migrator library;

  DriftTest() {
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    library = Migrations.using(h2).withMigrations(List.of(new CreateLibrary(), new AddStock()));
  }

  private static void execute(DataSource dataSource, String... sql) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
      for (String s : sql) {
        st.execute(s);
      }
    }
  }

  @Test
  void aDatabaseItsMigrationsBuiltHasNoDrift() {
    library.upgradeToHead();

    Drift drift = Migrations.verify(h2);

    assertThat(drift.differences()).isEmpty();
    assertThat(drift.clean()).isTrue();
    assertThat(drift.revisions()).containsExactly("0002");
    assertThat(drift).hasToString("The database matches its migrations at revision 0002.");
  }

  @Test
  void changesMadeByHandAreEachReported() throws Exception {
    library.upgradeToHead();
    execute(h2,
        "ALTER TABLE book ALTER COLUMN title SET DATA TYPE VARCHAR(100)",
        "ALTER TABLE author ALTER COLUMN name SET NULL",
        "DROP INDEX ix_book_title",
        "ALTER TABLE author DROP CONSTRAINT uk_author_name",
        "ALTER TABLE book DROP CONSTRAINT fk_book_author",
        "ALTER TABLE book ADD COLUMN note VARCHAR(10)",
        "CREATE TABLE hand_made (id INT)",
        "CREATE TABLE shelf (id INT PRIMARY KEY)",
        "ALTER TABLE book ADD CONSTRAINT fk_made_by_hand FOREIGN KEY (author_id) REFERENCES shelf (id)");

    Drift drift = library.verify();

    assertThat(drift.differences()).extracting(Difference::toString).containsExactlyInAnyOrder(
        "column type book.title: the migrations say CHARACTER VARYING(200), the database has CHARACTER VARYING(100)",
        "column nullability author.name: the migrations say NOT NULL, the database has NULL",
        "missing index ix_book_title: the migrations create it on book (TITLE), the database does not have it",
        "missing unique uk_author_name: the migrations make author (NAME) unique, the database does not enforce it",
        "missing foreign key fk_book_author: the migrations add (AUTHOR_ID) -> AUTHOR(ID) on book, the database does not have it",
        "unexpected foreign key FK_MADE_BY_HAND: the database has (AUTHOR_ID) -> SHELF(ID) on book, the migrations do not add it",
        "unexpected column book.NOTE: the database has it (CHARACTER VARYING(10)), the migrations do not add it",
        "unexpected table HAND_MADE: the database has it, the migrations do not create it",
        "unexpected table SHELF: the database has it, the migrations do not create it");
    assertThat(drift.toString()).startsWith("The database differs from its migrations at revision 0002 in 9 places:\n  ");
  }

  @Test
  void theDatabaseIsComparedWithTheSchemaAtItsOwnRevision() throws Exception {
    library.upgrade("0001");
    assertThat(library.verify().clean()).isTrue();

    execute(h2, "DROP TABLE book");
    assertThat(library.verify().differences()).extracting(Difference::kind).containsExactly(Difference.Kind.MISSING_TABLE);
  }

  @Test
  void aColumnAlteredByHandOnPostgresIsReported() throws Exception {
    try (TestDatabase postgres = TestDatabases.fresh(Database.POSTGRESQL, "DriftTest")) {
      Migrator migrator = Migrations.using(postgres.dataSource()).withMigrations(List.of(new CreateLibrary(), new AddStock()));
      migrator.upgradeToHead();
      assertThat(migrator.verify().differences()).isEmpty();

      postgres.execute("ALTER TABLE book ALTER COLUMN price TYPE NUMERIC(12,2)", "DROP INDEX ix_book_isbn");

      assertThat(migrator.verify().differences()).extracting(Difference::toString).containsExactlyInAnyOrder(
          "column type book.price: the migrations say NUMERIC(10,2), the database has numeric(12,2)",
          "missing index ix_book_isbn: the migrations create it on book (isbn), the database does not have it");
    }
  }

  @Test
  void aColumnAlteredByHandOnMariaDbIsReported() throws Exception {
    try (TestDatabase mariaDb = TestDatabases.fresh(Database.MARIADB, "DriftTest")) {
      Migrator migrator = Migrations.using(mariaDb.dataSource()).withMigrations(List.of(new CreateLibrary()));
      migrator.upgradeToHead();
      assertThat(migrator.verify().differences()).isEmpty();

      mariaDb.execute("ALTER TABLE book MODIFY title VARCHAR(100) NULL");

      assertThat(migrator.verify().differences()).extracting(Difference::kind)
          .containsExactlyInAnyOrder(Difference.Kind.COLUMN_TYPE, Difference.Kind.COLUMN_NULLABILITY);
    }
  }
}
