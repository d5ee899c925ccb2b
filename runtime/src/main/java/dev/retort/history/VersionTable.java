package dev.retort.history;

import dev.retort.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.QualifiedName;
import dev.retort.dialect.SqlStatement;
import dev.retort.op.CreateTable;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Table;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The version table, by default {@value #DEFAULT_NAME}: one row per revision applied to the
 * database. Unlike Alembic's table, which keeps only the current heads, it keeps every revision,
 * so the history can be checked against the code (checksums, unknown revisions) and shown.
 *
 * <pre>
 * column        type                         meaning
 * revision      VARCHAR(128) NOT NULL, PK    the revision id
 * parents       VARCHAR(1000) NOT NULL       its parents, comma separated ('' for a base)
 * message       VARCHAR(500)                 its message (cut to 500 characters)
 * checksum      VARCHAR(80) NOT NULL         "v1:" + SHA-256 of its upgrade operations
 * applied_at    TIMESTAMP(3) WITH TIME ZONE  when it finished, in UTC
 *               NOT NULL
 * applied_by    VARCHAR(128)                 the database user that applied it
 * execution_ms  BIGINT NOT NULL              how long it took; -1 when it was stamped
 *                                            (recorded without running, see stamp); -2 while
 *                                            it runs; -4 minus the upgrade's value (-3 and
 *                                            below) while a downgrade runs or after one failed
 *                                            (with success false; see VersionRow)
 * success       BOOLEAN NOT NULL             false: it failed partway and part of it may stay
 *                                            (only on databases without transactional DDL)
 * </pre>
 *
 * <p>Every revision the database has applied has its row, so the current revisions (the heads of
 * what it applied) follow from the rows and their parents alone, even for revisions the code does
 * not know; a downgrade deletes the row of each revision it undoes. Nothing else is stored.
 *
 * <p>The table is created through the dialect like any other table, so its names are quoted and
 * folded the same way ({@code RETORT_VERSION} on H2). A qualified name ({@code "audit.retort_version"})
 * puts it in that schema, which must exist. Each method uses the caller's connection and leaves
 * transactions to the caller.
 */
public final class VersionTable {
  public static final String DEFAULT_NAME = "retort_version";

  static final int REVISION_LENGTH = 128;
  static final int PARENTS_LENGTH = 1000;
  static final int MESSAGE_LENGTH = 500;
  static final int APPLIED_BY_LENGTH = 128;

  private static final List<String> COLUMNS = List.of(
      "revision", "parents", "message", "checksum", "applied_at", "applied_by", "execution_ms", "success");

  private final Dialect dialect;
  private final String name;
  /** Rendered once: every migration's row statement repeats them. */
  private final String quotedName;
  private final String columns;
  private final String trueLiteral;

  public VersionTable(Dialect dialect, String name) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.name = Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("the version table name must not be blank");
    }
    this.quotedName = dialect.quoteTable(name);
    StringBuilder quoted = new StringBuilder();
    for (String column : COLUMNS) {
      quoted.append(quoted.length() == 0 ? "" : ", ").append(dialect.quoteName(column));
    }
    this.columns = quoted.toString();
    this.trueLiteral = dialect.trueLiteral();
  }

  /** The table's name as given (unquoted, possibly qualified). */
  public String name() {
    return name;
  }

  /** The table's name as SQL writes it: quoted, folded. */
  public String quotedName() {
    return quotedName;
  }

  /** The table as a schema value. */
  public Table definition() {
    return Table.table(name)
        .column(Column.col("revision", ColumnType.varchar(REVISION_LENGTH)).notNull())
        .column(Column.col("parents", ColumnType.varchar(PARENTS_LENGTH)).notNull())
        .column(Column.col("message", ColumnType.varchar(MESSAGE_LENGTH)))
        .column(Column.col("checksum", ColumnType.varchar(80)).notNull())
        .column(Column.col("applied_at", ColumnType.timestampTz(3)).notNull())
        .column(Column.col("applied_by", ColumnType.varchar(APPLIED_BY_LENGTH)))
        .column(Column.col("execution_ms", ColumnType.BIGINT).notNull())
        .column(Column.col("success", ColumnType.BOOLEAN).notNull())
        .primaryKey("revision");
  }

  /**
   * Whether the table exists, looked up in the connection's metadata (reads only): in the
   * connection's schema, or, on databases whose connections have a catalog but no schema (MySQL,
   * MariaDB, where a schema is a database), in its catalog.
   */
  public boolean exists(Connection connection) throws SQLException {
    QualifiedName q = QualifiedName.parse(name);
    String qualifier = q.schema() == null ? null : dialect.storedName(q.schema());
    String currentSchema = connection.getSchema();
    boolean schemasAreCatalogs = currentSchema == null && connection.getCatalog() != null;
    String catalog = schemasAreCatalogs ? (qualifier == null ? connection.getCatalog() : qualifier) : null;
    String schema = schemasAreCatalogs ? null : qualifier == null ? currentSchema : qualifier;
    String table = dialect.storedName(q.name());
    DatabaseMetaData meta = connection.getMetaData();
    try (ResultSet rs = meta.getTables(catalog, schema, table, null)) {
      while (rs.next()) {
        if (table.equals(rs.getString("TABLE_NAME"))
            && (schema == null || schema.equals(rs.getString("TABLE_SCHEM")))
            && (catalog == null || catalog.equals(rs.getString("TABLE_CAT")))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Creates the table unless it exists; returns whether it did. */
  public boolean createIfMissing(Connection connection) throws SQLException {
    if (exists(connection)) {
      return false;
    }
    try (Statement st = connection.createStatement()) {
      for (SqlStatement statement : dialect.render(new CreateTable(definition()))) {
        st.execute(statement.sql());
      }
    }
    return true;
  }

  /**
   * Every row, oldest first; none when the table does not exist. One query when the table
   * exists; when the query fails, the metadata tells whether the table is missing (so this must
   * be the first statement of a transaction: a failed statement ends it on some databases).
   */
  public AppliedRevisions read(Connection connection) throws SQLException {
    try {
      return new AppliedRevisions(rows(connection));
    } catch (SQLException e) {
      if (!connection.getAutoCommit()) {
        connection.rollback();
      }
      if (!exists(connection)) {
        return AppliedRevisions.none();
      }
      throw e;
    }
  }

  /**
   * What the start-up check of a database at the code's head needs, in one row whatever the number
   * of revisions (the database counts, the JVM reads one row).
   *
   * @param revisions how many rows there are
   * @param unsuccessful how many of them failed or are unfinished
   * @param headParents the stored parents of the revision asked about, comma separated; null when
   *     it has no row
   * @param headChildren how many rows list it as a parent (may over-count an id with {@code _} or
   *     {@code %}, which only sends the caller the long way)
   */
  public record HeadCheck(long revisions, long unsuccessful, String headParents, long headChildren) {}

  /**
   * Counts the rows and looks at one revision, in one query; empty when the table does not exist
   * (like {@link #read}, this must then be the first statement of a transaction).
   */
  public java.util.Optional<HeadCheck> headCheck(Connection connection, String head) throws SQLException {
    try {
      return java.util.Optional.of(queryHead(connection, head));
    } catch (SQLException e) {
      if (!connection.getAutoCommit()) {
        connection.rollback();
      }
      if (!exists(connection)) {
        return java.util.Optional.empty();
      }
      throw e;
    }
  }

  /**
   * The query of {@link #headCheck} alone, which fails when the table does not exist: for a caller
   * that treats every failure alike and should not pay a metadata lookup to tell them apart (the
   * start-up check, which then takes the long path under the lock).
   */
  public HeadCheck queryHead(Connection connection, String head) throws SQLException {
    String success = dialect.quoteName("success");
    String revision = dialect.quoteName("revision");
    String parents = dialect.quoteName("parents");
    // literals, not parameters: a plain statement is all the start-up path loads of the driver
    // beyond what connecting did (its prepared statement class is one of its largest)
    String id = dialect.literal(head);
    String sql = "SELECT COUNT(*), SUM(CASE WHEN " + success + " = " + trueLiteral + " THEN 0 ELSE 1 END), MAX(CASE WHEN "
        + revision + " = " + id + " THEN " + parents + " END), SUM(CASE WHEN " + parents + " = " + id
        + " OR " + parents + " LIKE " + dialect.literal(head + ",%") + " OR " + parents + " LIKE " + dialect.literal("%," + head)
        + " OR " + parents + " LIKE " + dialect.literal("%," + head + ",%") + " THEN 1 ELSE 0 END) FROM " + quotedName();
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return new HeadCheck(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4));
    }
  }

  /**
   * The {@code applied_at} column as an instant. SQLite's driver has no {@code java.time} support:
   * it stored the value as ISO text, which is parsed back.
   */
  private static java.time.Instant appliedAt(ResultSet rs) throws SQLException {
    try {
      return rs.getObject(5, OffsetDateTime.class).toInstant();
    } catch (java.sql.SQLFeatureNotSupportedException e) {
      String text = rs.getString(5);
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (java.time.format.DateTimeParseException notIso) {
        // SQLite's CURRENT_TIMESTAMP, written by hand: "2026-01-02 03:04:05", in UTC
        return java.time.LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
      }
    }
  }

  private List<VersionRow> rows(Connection connection) throws SQLException {
    String sql = "SELECT " + columns + " FROM " + quotedName() + " ORDER BY "
        + dialect.quoteName("applied_at") + ", " + dialect.quoteName("revision");
    List<VersionRow> rows = new ArrayList<>();
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        rows.add(new VersionRow(
            rs.getString(1),
            parents(rs.getString(2)),
            rs.getString(3),
            rs.getString(4),
            appliedAt(rs),
            rs.getString(6),
            rs.getLong(7),
            rs.getBoolean(8)));
      }
    }
    return rows;
  }

  /** Adds a row. */
  public void insert(Connection connection, VersionRow row) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(insertSql())) {
      insert(ps, row);
    }
  }

  /**
   * A statement that inserts rows, kept open across many migrations: the database parses it once,
   * as it would a plain JDBC loop's, instead of once per migration. Close it after the last row.
   */
  public RowWriter rowWriter(Connection connection) throws SQLException {
    return new RowWriter(connection.prepareStatement(insertSql()));
  }

  /** See {@link #rowWriter}. */
  public final class RowWriter implements AutoCloseable {
    private final PreparedStatement statement;

    private RowWriter(PreparedStatement statement) {
      this.statement = statement;
    }

    /** Adds the row, in the connection's current transaction. */
    public void insert(VersionRow row) throws SQLException {
      VersionTable.this.insert(statement, row);
    }

    @Override
    public void close() throws SQLException {
      statement.close();
    }
  }

  private String insertSql() {
    return "INSERT INTO " + quotedName() + " (" + columns + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  }

  private void insert(PreparedStatement ps, VersionRow row) throws SQLException {
    ps.setString(1, row.revision());
    ps.setString(2, joinedParents(row));
    ps.setString(3, cut(row.message(), MESSAGE_LENGTH));
    ps.setString(4, row.checksum());
    ps.setObject(5, row.appliedAt().atOffset(ZoneOffset.UTC));
    ps.setString(6, cut(row.appliedBy(), APPLIED_BY_LENGTH));
    ps.setLong(7, row.executionMs());
    ps.setBoolean(8, row.success());
    ps.executeUpdate();
  }

  private static String joinedParents(VersionRow row) {
    if (row.revision().length() > REVISION_LENGTH) {
      throw new RetortException("Revision id " + row.revision() + " is longer than " + REVISION_LENGTH
          + " characters, the most the version table holds. Give it a shorter id.");
    }
    String joined = String.join(",", row.parents());
    if (joined.length() > PARENTS_LENGTH) {
      throw new RetortException("The parents of revision " + row.revision() + " take more than "
          + PARENTS_LENGTH + " characters, the most the version table holds.");
    }
    return joined;
  }

  /**
   * Marks an applied revision's row as being undone, or failed partway in that (a downgrade that
   * stopped): {@code success} false, and {@code execution_ms} turned into {@link
   * VersionRow#downgradeMark}, which tells a later run it was a downgrade and can be turned back.
   * Returns whether it marked the row (false when there is none, or it is marked already).
   */
  public boolean markFailed(Connection connection, String revision) throws SQLException {
    return flip(connection, revision, true);
  }

  /**
   * Marks a revision's row as applied again, as it was before {@link #markFailed} (a downgrade
   * whose mark turned out unneeded: nothing of it stayed); returns whether it did.
   */
  public boolean markSucceeded(Connection connection, String revision) throws SQLException {
    return flip(connection, revision, false);
  }

  /** Turns a row with {@code success = succeeded} into the other state, its execution time with it. */
  private boolean flip(Connection connection, String revision, boolean succeeded) throws SQLException {
    String success = dialect.quoteName("success");
    String ms = dialect.quoteName("execution_ms");
    // -4 - x is its own inverse (VersionRow.downgradeMark); the guard makes marking twice harmless
    String sql = "UPDATE " + quotedName() + " SET " + success + " = ?, " + ms + " = " + VersionRow.downgradeMark(0)
        + " - " + ms + " WHERE " + dialect.quoteName("revision") + " = ? AND " + success + " = ?"
        + (succeeded ? "" : " AND " + ms + " <= " + VersionRow.downgradeMark(VersionRow.STAMPED));
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setBoolean(1, !succeeded);
      ps.setString(2, revision);
      ps.setBoolean(3, succeeded);
      return ps.executeUpdate() > 0;
    }
  }

  /**
   * The execution times of those of {@code revisions} that have a row, by revision: what a batch
   * that went to the database in one round trip committed, and how long each took there.
   */
  public Map<String, Long> executionMillis(Connection connection, List<String> revisions) throws SQLException {
    Map<String, Long> found = new HashMap<>();
    if (revisions.isEmpty()) {
      return found;
    }
    String sql = "SELECT " + dialect.quoteName("revision") + ", " + dialect.quoteName("execution_ms") + " FROM "
        + quotedName() + " WHERE " + dialect.quoteName("revision") + " IN ("
        + String.join(", ", Collections.nCopies(revisions.size(), "?")) + ")";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (int i = 0; i < revisions.size(); i++) {
        ps.setString(i + 1, revisions.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    return found;
  }

  /**
   * Writes a revision's row again, unchanged: a write whose commit flushes the database's log up
   * to it, and so every commit before it (see {@code Dialect#asynchronousCommit}).
   */
  public void rewrite(Connection connection, String revision) throws SQLException {
    String success = dialect.quoteName("success");
    String sql = "UPDATE " + quotedName() + " SET " + success + " = " + success + " WHERE "
        + dialect.quoteName("revision") + " = ?";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, revision);
      ps.executeUpdate();
    }
  }

  /** Removes a revision's row (after a downgrade, or a repair); returns whether there was one. */
  public boolean delete(Connection connection, String revision) throws SQLException {
    String sql = "DELETE FROM " + quotedName() + " WHERE " + dialect.quoteName("revision") + " = ?";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, revision);
      return ps.executeUpdate() > 0;
    }
  }

  /** The SQL that removes a revision's row, for error messages and offline scripts. */
  public String deleteStatementFor(String revision) {
    return "DELETE FROM " + quotedName() + " WHERE " + dialect.quoteName("revision") + " = " + dialect.literal(revision);
  }

  // ---- the same statements as text, for offline scripts ----

  /** The statements that create the table, as an offline script writes them. */
  public List<SqlStatement> createStatements() {
    return dialect.render(new CreateTable(definition()));
  }

  /**
   * The statement that records a revision, with literals instead of parameters: the time and the
   * user are the database's ({@link Dialect#currentTimestamp()}, {@link Dialect#currentUser()})
   * when the script runs, the execution time 0 (not measured).
   */
  public String insertStatementFor(String revision, List<String> parents, String message, String checksum) {
    return insertWithLiterals(new VersionRow(revision, parents, message, checksum, java.time.Instant.EPOCH, null, 0, true),
        dialect.currentUser(), "0");
  }

  /**
   * The statement that records an applied revision with literals, for a migration sent to the
   * database in one round trip with it (see {@link Dialect#transactionMillis()}): the time is the
   * transaction's start by the database's clock, the execution time {@code executionMs}, SQL the
   * database evaluates when the row is written.
   */
  public String insertStatementFor(VersionRow row, String executionMs) {
    String appliedBy = row.appliedBy();
    return insertWithLiterals(row, appliedBy == null ? "NULL" : dialect.literal(cut(appliedBy, APPLIED_BY_LENGTH)),
        executionMs);
  }

  /** A successful row's INSERT: its own values as literals, the time the database's, user and execution time as given. */
  private String insertWithLiterals(VersionRow row, String appliedBySql, String executionMsSql) {
    String message = row.message();
    return "INSERT INTO " + quotedName() + " (" + columns + ") VALUES (" + dialect.literal(row.revision()) + ", "
        + dialect.literal(joinedParents(row)) + ", "
        + (message == null ? "NULL" : dialect.literal(cut(message, MESSAGE_LENGTH))) + ", "
        + dialect.literal(row.checksum()) + ", " + dialect.currentTimestamp() + ", " + appliedBySql + ", "
        + executionMsSql + ", " + trueLiteral + ")";
  }

  private static List<String> parents(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
