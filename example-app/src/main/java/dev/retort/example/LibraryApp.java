package dev.retort.example;

import dev.retort.HistoryEntry;
import dev.retort.Migrations;
import dev.retort.UpgradeResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The example application: at start-up it brings its embedded H2 database to the newest schema
 * with one call, shows the revision history, then uses the tables.
 */
public final class LibraryApp {
  private LibraryApp() {}

  public static void main(String[] args) throws SQLException {
    Path database = Path.of(System.getProperty("library.db", "target/library-db")).toAbsolutePath();
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:file:" + database);

    // the one line an application needs
    UpgradeResult result = Migrations.upgradeToHead(dataSource);

    System.out.println();
    if (result.upToDate()) {
      System.out.println("Database " + database + " is up to date at " + result.head() + ".");
    } else {
      System.out.println("Applied " + result.applied().size() + " migration(s) to " + database + ":");
      result.applied().forEach(m -> System.out.printf("  %s  %s  (%d ms)%n", m.id(), m.message(), m.duration().toMillis()));
    }

    System.out.println();
    System.out.println("History (newest first, * = current):");
    var history = Migrations.using(dataSource).history();
    for (int i = history.size() - 1; i >= 0; i--) {
      HistoryEntry entry = history.get(i);
      System.out.printf("  %s %s  %-28s %s%n", entry.current() ? "*" : " ", entry.id(), entry.message(),
          entry.pending() ? "pending" : "applied " + entry.appliedAt());
    }

    useTheTables(dataSource);
  }

  /** Writes a loan with everything it needs, then reads back what the library holds. */
  private static void useTheTables(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      long author = insert(c, "INSERT INTO Author (name, born) VALUES (?, ?)", "Ursula K. Le Guin", LocalDate.of(1929, 10, 21));
      long book = insert(c, "INSERT INTO Book (title, isbn, publishedYear, author_id) VALUES (?, ?, ?, ?)",
          "The Dispossessed", null, 1974, author);
      long member = insert(c, "INSERT INTO Member (name, email, status, joinedAt, phone) VALUES (?, ?, ?, ?, ?)",
          "Ada", "ada+" + System.nanoTime() + "@example.com", "ACTIVE", LocalDateTime.now(), "+44 20 7946 0000");
      long tag = insert(c, "INSERT INTO Tag (label) VALUES (?)", "sf-" + System.nanoTime());
      insert(c, "INSERT INTO book_tag (book_id, tag_id) VALUES (?, ?)", book, tag);
      insert(c, "INSERT INTO Loan (book_id, member_id, loanedOn, dueOn, version) VALUES (?, ?, ?, ?, 0)",
          book, member, LocalDate.now(), LocalDate.now().plusWeeks(3));
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM Book), (SELECT COUNT(*) FROM Member), "
              + "(SELECT COUNT(*) FROM Loan WHERE returnedOn IS NULL)")) {
        rs.next();
        System.out.println();
        System.out.printf("The library holds %d book(s) and %d member(s); %d loan(s) are out.%n",
            rs.getLong(1), rs.getLong(2), rs.getLong(3));
      }
    }
  }

  private static long insert(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < values.length; i++) {
        p.setObject(i + 1, values[i]);
      }
      p.executeUpdate();
      try (ResultSet keys = p.getGeneratedKeys()) {
        return keys.next() ? keys.getLong(1) : -1;
      }
    }
  }
}
