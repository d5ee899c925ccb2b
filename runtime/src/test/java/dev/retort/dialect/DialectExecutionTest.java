package dev.retort.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.AllDatabases;
import dev.retort.testing.Database;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Each dialect on its real database: {@link Dialects#detect} picks it from the connection, and
 * every scenario of the contract suite runs, in order, as one migration would (SQLite's rebuilds
 * included). SQL Server runs where Docker is available; without it that database is skipped.
 */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(AllDatabases.class)
class DialectExecutionTest {
  @Parameter
  Database kind;

  private TestDatabase db;

  @BeforeEach
  void open() {
    db = TestDatabases.fresh(kind, "DialectExecutionTest");
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  /** The contract test of the dialect that runs on this database. */
  private DialectContractTest contract() {
    return switch (kind) {
      case H2 -> new H2DialectTest();
      case POSTGRESQL -> new PostgresDialectTest();
      case MARIADB -> new MariaDbDialectTest();
      case SQLITE -> new SqliteDialectTest();
      case SQLSERVER -> new SqlServerDialectTest();
    };
  }

  @Test
  void detectsItsDialectFromTheConnection() throws Exception {
    try (Connection c = db.connect()) {
      Dialect detected = Dialects.detect(c);
      assertThat(detected.getClass()).isEqualTo(contract().dialect().getClass());
      assertThat(detected.databaseName()).isEqualTo(kind == Database.MARIADB ? "MariaDB" : contract().dialect().databaseName());
    }
  }

  @Test
  void everyScenarioRunsInOrder() throws Exception {
    DialectContractTest contract = contract();
    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      for (SqlStatement statement : contract.everyStatementInOrder()) {
        if (!statement.jdbcCallback()) {
          st.execute(statement.sql());
        }
      }
    }
    assertThat(db.tables()).containsExactly(db.stored("team"));
    assertThat(db.columnNames("team")).containsExactly("ID", "NAME");
    assertThat(db.indexes("team")).containsExactly("unique (NAME)");
  }

  @Test
  void aNameWithQuotesAndASemicolonStaysOneName() throws Exception {
    Dialect dialect = contract().dialect();
    String name = "x\"`]; DROP TABLE victim; --";
    db.execute("CREATE TABLE victim (id INT)");
    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      for (SqlStatement s : dialect.render(new dev.retort.op.CreateTable(dev.retort.schema.Table.table(name)
          .column(dev.retort.schema.Column.col(name, dev.retort.schema.ColumnType.INTEGER))))) {
        st.execute(s.sql());
      }
    }
    assertThat(db.tables()).contains(db.stored("victim"), name);
  }

  @Test
  void aLongNameIsShortenedTheSameWayEachTime() throws Exception {
    Dialect dialect = contract().dialect();
    String table = "library_member_" + "with_a_very_long_name_".repeat(12);
    dev.retort.schema.Table t = dev.retort.schema.Table.table(table)
        .column(dev.retort.schema.Column.col("id", dev.retort.schema.ColumnType.INTEGER).notNull())
        .primaryKey("id")
        .index(dev.retort.schema.Index.index("ix_" + table, table, "id"));
    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      for (SqlStatement s : dialect.render(new dev.retort.op.CreateTable(t))) {
        st.execute(s.sql());
      }
      for (SqlStatement s : dialect.render(new dev.retort.op.DropIndex(t.indexes().get(0)))) {
        st.execute(s.sql());
      }
    }
    assertThat(db.tables()).containsExactly(dialect.storedName(table));
  }

  /**
   * The table Retort creates is the one a query that does not quote (Hibernate's by default)
   * finds: PostgreSQL folds only A to Z, and a dollar sign after the first character is part of
   * an unquoted name.
   */
  @Test
  void anUnquotedQueryFindsTheTableAndColumnRetortCreated() throws Exception {
    Dialect dialect = contract().dialect();
    String table = "ÄPfel$Kiste";
    String column = "Über$Menge";
    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      for (SqlStatement s : dialect.render(new dev.retort.op.CreateTable(dev.retort.schema.Table.table(table)
          .column(dev.retort.schema.Column.col(column, dev.retort.schema.ColumnType.INTEGER))))) {
        st.execute(s.sql());
      }
      st.execute("INSERT INTO " + table + " (" + column + ") VALUES (7)");
      try (java.sql.ResultSet rs = st.executeQuery("SELECT " + column + " FROM " + table)) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(7);
      }
    }
    assertThat(db.tables()).containsExactly(dialect.storedName(table));
  }
}
