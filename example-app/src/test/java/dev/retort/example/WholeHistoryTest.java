package dev.retort.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Migrations;
import dev.retort.Migrator;
import dev.retort.example.library.Author;
import dev.retort.example.library.Book;
import dev.retort.example.library.Loan;
import dev.retort.example.library.Member;
import dev.retort.example.library.Tag;
import dev.retort.testing.Database;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example app's whole history, with rows in its tables, on H2, SQLite, PostgreSQL and MariaDB:
 * upgrade to head, step down and up again with the rows kept, downgrade to base, upgrade again.
 * At head, Hibernate validates the schema on each database it has a dialect for here.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("databases")
class WholeHistoryTest {
  static final String INITIAL = "7d7dcfde138a";
  static final String PHONE = "7616fbeb8e50";
  static final String TAGS = "be53467a75ad";

  static Stream<Database> databases() {
    return Stream.of(Database.H2, Database.SQLITE, Database.POSTGRESQL, Database.MARIADB);
  }

  @Parameter
  Database kind;

  private TestDatabase db;
  private Migrator migrator;

  @BeforeEach
  void open() {
    db = TestDatabases.fresh(kind, "WholeHistoryTest");
    migrator = Migrations.using(db.dataSource());
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  /** A library's worth of rows: an author, two books, a member, a loan, a tag on a book. */
  private void fill() throws SQLException {
    db.execute("INSERT INTO Author (name, born) VALUES ('Ursula K. Le Guin', '1929-10-21')",
        "INSERT INTO Book (title, isbn, publishedYear, author_id) VALUES ('The Dispossessed', '978-0061054884', 1974, 1)",
        "INSERT INTO Book (title, publishedYear, author_id) VALUES ('The Lathe of Heaven', 1971, 1)",
        "INSERT INTO Member (name, email, status, joinedAt, phone) "
            + "VALUES ('Ada', 'ada@example.com', 'ACTIVE', '2026-01-02 10:00:00', '+44 20 7946 0000')",
        "INSERT INTO Loan (book_id, member_id, loanedOn, dueOn, version) VALUES (1, 1, '2026-02-01', '2026-02-22', 0)",
        "INSERT INTO Tag (label) VALUES ('sf')",
        "INSERT INTO book_tag (book_id, tag_id) VALUES (1, 1)");
  }

  private List<String> userTables() throws SQLException {
    return db.tables().stream().map(t -> t.toLowerCase(Locale.ROOT)).filter(t -> !t.equals("retort_version")).sorted().toList();
  }

  private void assertLibraryRows() throws SQLException {
    assertThat(db.strings("SELECT title FROM Book ORDER BY id")).containsExactly("The Dispossessed", "The Lathe of Heaven");
    assertThat(db.strings("SELECT email FROM Member")).containsExactly("ada@example.com");
    assertThat(db.strings("SELECT status FROM Member")).containsExactly("ACTIVE");
    assertThat(db.number("SELECT COUNT(*) FROM Loan WHERE returnedOn IS NULL")).isEqualTo(1);
  }

  @Test
  void upgradeDowngradeAndUpgradeAgainWithRowsInTheTables() throws Exception {
    assertThat(migrator.upgradeToHead().appliedIds()).containsExactly(INITIAL, PHONE, TAGS);
    assertThat(userTables()).containsExactly("author", "book", "book_tag", "loan", "member", "tag");
    fill();
    validateWithHibernate();

    // one step down: the tags go, every other row stays (on SQLite, Member is rebuilt under Loan's foreign key)
    migrator.downgrade(PHONE);
    assertThat(userTables()).containsExactly("author", "book", "loan", "member");
    assertLibraryRows();
    migrator.downgrade(INITIAL);
    assertThat(db.columnNames("Member")).doesNotContain("PHONE");
    assertLibraryRows();
    assertThat(migrator.current()).containsExactly(INITIAL);

    // and up again, onto the same rows
    migrator.upgradeToHead();
    assertLibraryRows();
    db.execute("UPDATE Member SET phone = '+1 555 0100'",
        "INSERT INTO Tag (label) VALUES ('classic')", "INSERT INTO book_tag (book_id, tag_id) VALUES (2, 1)");

    // to base: every table goes, the version table stays, empty
    migrator.downgrade("base");
    assertThat(userTables()).isEmpty();
    assertThat(migrator.current()).isEmpty();

    // and the whole history once more
    assertThat(migrator.upgradeToHead().appliedIds()).containsExactly(INITIAL, PHONE, TAGS);
    fill();
    assertLibraryRows();
    assertThat(db.number("SELECT COUNT(*) FROM book_tag")).isEqualTo(1);
    validateWithHibernate();
  }

  /** Hibernate's {@code hbm2ddl.auto=validate}; SQLite's Hibernate dialect is not on this class path. */
  private void validateWithHibernate() {
    if (kind == Database.SQLITE) {
      return;
    }
    Configuration configuration = new Configuration();
    List.of(Author.class, Book.class, Loan.class, Member.class, Tag.class).forEach(configuration::addAnnotatedClass);
    configuration.setProperty("hibernate.connection.url", db.url());
    configuration.setProperty("hibernate.hbm2ddl.auto", "validate");
    try (SessionFactory sessionFactory = configuration.buildSessionFactory()) {
      assertThat(sessionFactory.getMetamodel().getEntities()).hasSize(5);
    }
  }
}
