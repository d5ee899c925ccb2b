package dev.retort.dialect;

import dev.retort.op.Operation;
import dev.retort.schema.ColumnType;
import java.util.List;

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
   * The statements that apply one operation, in order. A {@link dev.retort.op.RunJdbc} renders to
   * one {@link SqlStatement#jdbcCallback marker}.
   *
   * @throws UnsupportedByDialectException when the database cannot express the operation
   */
  List<SqlStatement> render(Operation operation);

  /** A single identifier (column, constraint, index), always quoted. */
  String quoteName(String name);

  /** A table or sequence name, possibly {@code schema.name}: each part quoted on its own. */
  String quoteTable(String qualifiedName);

  /** The database's name for a column type. */
  String typeName(ColumnType type);

  /** A name as the database's catalog stores it (after case folding), for metadata lookups. */
  String storedName(String name);
}
