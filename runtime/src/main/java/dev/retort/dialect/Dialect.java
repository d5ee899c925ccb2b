package dev.retort.dialect;

import dev.retort.op.Operation;
import dev.retort.schema.ColumnType;
import java.util.List;
import java.util.Optional;

/**
 * How one database spells operations in SQL, and what it can do. Implementations are stateless
 * and thread-safe; they render, they never touch a connection.
 */
public interface Dialect {

  /** The database's name, as messages show it ("H2", "PostgreSQL"). */
  String databaseName();

  /** What the database can do. */
  Capabilities capabilities();

  /**
   * The statements that apply one operation, in order, without knowing the schema around it. A
   * {@link dev.retort.op.RunJdbc} renders to one {@link SqlStatement#jdbcCallback marker}.
   *
   * @throws UnsupportedByDialectException when the database cannot express the operation, or
   *     needs to know the schema for it (see {@link #render(Operation, RenderContext)})
   */
  default List<SqlStatement> render(Operation operation) {
    return render(operation, RenderContext.unknown());
  }

  /**
   * The statements that apply one operation to the schema {@code context} describes. Only a
   * database whose {@code ALTER TABLE} cannot make a change needs the context (SQLite rebuilds the
   * table, and must know its full definition); the others render the same either way.
   *
   * @throws UnsupportedByDialectException when the database cannot express the operation
   */
  List<SqlStatement> render(Operation operation, RenderContext context);

  /**
   * Whether {@link #render(Operation, RenderContext)} reads the context for this operation. The
   * engine replays the schema only for the operations that need it, so applying a thousand
   * migrations from empty on a database that never asks costs no replay at all. True unless a
   * dialect knows better.
   */
  default boolean rendersWithSchema(Operation operation) {
    return true;
  }

  /** A single identifier (column, constraint, index), always quoted. */
  String quoteName(String name);

  /** A table or sequence name, possibly {@code schema.name}: each part quoted on its own. */
  String quoteTable(String qualifiedName);

  /** The database's name for a column type. */
  String typeName(ColumnType type);

  /**
   * A name as the database's catalog stores it (after case folding, and shortened when it is
   * longer than the database allows), for metadata lookups.
   */
  String storedName(String name);

  /**
   * A string literal as the database reads it: single quotes doubled, on MySQL and MariaDB
   * backslashes too, on PostgreSQL an escape string ({@code E'...'}) when the value has a
   * backslash, and Unicode ({@code N'...'}) on SQL Server.
   */
  String literal(String value);

  /**
   * What a {@code BOOLEAN} column equals when it is true: {@code 1} where the type is a {@code BIT}
   * (MySQL, MariaDB, SQL Server), which takes no {@code TRUE}, and {@code TRUE} elsewhere.
   */
  default String trueLiteral() {
    return typeName(ColumnType.BOOLEAN).equalsIgnoreCase("BIT") ? "1" : "TRUE";
  }

  /** The SQL for the current time, as an offline script's version-table row records it. */
  default String currentTimestamp() {
    return "CURRENT_TIMESTAMP";
  }

  /** The SQL for the connected user's name, as an offline script's version-table row records it. */
  default String currentUser() {
    return "CURRENT_USER";
  }

  /**
   * The SQL for the milliseconds the current transaction has run, by the database's clock, where
   * the engine may send a migration's statements, its version row and its commit to the database
   * in one round trip (PostgreSQL): the row then measures the migration's time itself. Empty where
   * the engine sends them one by one and times them from the client (every other database: their
   * DDL commits on its own, or they run in the application's process).
   */
  default Optional<String> transactionMillis() {
    return Optional.empty();
  }

  /**
   * The statement that lets the current transaction's commit return before the database's log
   * reaches the disk, where the engine sends several migrations' transactions in one batch: it
   * goes in every one of them but the last, whose commit waits for the disk as usual and, the log
   * being flushed in order, makes the ones before it durable too before anything is reported. A
   * crash in between loses a tail of whole transactions, each migration with its row, never part
   * of one (PostgreSQL's asynchronous commit). Empty: every commit waits.
   */
  default Optional<String> asynchronousCommit() {
    return Optional.empty();
  }

  /**
   * How to pause foreign-key enforcement around a migration, when the database needs it for the
   * statements it renders (SQLite); empty for the others.
   */
  default Optional<ForeignKeyPause> foreignKeyPause() {
    return Optional.empty();
  }
}
