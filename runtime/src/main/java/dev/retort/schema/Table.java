package dev.retort.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table as it stands: columns in order, primary key, unique and check constraints, foreign
 * keys and indexes. Immutable; the fluent methods return a changed copy, so a generated
 * migration builds one as {@code table("member").column(...).primaryKey("id")}.
 *
 * <p>The name may be qualified with a schema ({@code "sales.orders"}); names themselves never
 * contain a dot.
 */
public record Table(
    String name,
    List<Column> columns,
    List<String> primaryKey,
    List<UniqueConstraint> uniqueConstraints,
    List<CheckConstraint> checks,
    List<ForeignKey> foreignKeys,
    List<Index> indexes) {

  public Table {
    Names.require(name, "table name");
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    uniqueConstraints = List.copyOf(uniqueConstraints);
    checks = List.copyOf(checks);
    foreignKeys = List.copyOf(foreignKeys);
    indexes = List.copyOf(indexes);
  }

  public static Table table(String name) {
    return new Table(name, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  public Table column(Column column) {
    if (column(column.name()).isPresent()) {
      throw new IllegalArgumentException("table " + name + " already has a column " + column.name());
    }
    return withColumns(append(columns, column));
  }

  public Table primaryKey(String... columns) {
    return new Table(name, this.columns, List.of(columns), uniqueConstraints, checks, foreignKeys, indexes);
  }

  public Table unique(UniqueConstraint unique) {
    return new Table(name, columns, primaryKey, append(uniqueConstraints, unique), checks, foreignKeys, indexes);
  }

  public Table check(CheckConstraint check) {
    return new Table(name, columns, primaryKey, uniqueConstraints, append(checks, check), foreignKeys, indexes);
  }

  public Table foreignKey(ForeignKey foreignKey) {
    return new Table(name, columns, primaryKey, uniqueConstraints, checks, append(foreignKeys, foreignKey), indexes);
  }

  public Table index(Index index) {
    return new Table(name, columns, primaryKey, uniqueConstraints, checks, foreignKeys, append(indexes, index));
  }

  public Optional<Column> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  public Table withName(String newName) {
    return new Table(newName, columns, primaryKey, uniqueConstraints, checks, foreignKeys, indexes);
  }

  public Table withColumns(List<Column> newColumns) {
    return new Table(name, newColumns, primaryKey, uniqueConstraints, checks, foreignKeys, indexes);
  }

  public Table withPrimaryKey(List<String> newPrimaryKey) {
    return new Table(name, columns, newPrimaryKey, uniqueConstraints, checks, foreignKeys, indexes);
  }

  public Table withUniqueConstraints(List<UniqueConstraint> list) {
    return new Table(name, columns, primaryKey, list, checks, foreignKeys, indexes);
  }

  public Table withChecks(List<CheckConstraint> list) {
    return new Table(name, columns, primaryKey, uniqueConstraints, list, foreignKeys, indexes);
  }

  public Table withForeignKeys(List<ForeignKey> list) {
    return new Table(name, columns, primaryKey, uniqueConstraints, checks, list, indexes);
  }

  public Table withIndexes(List<Index> list) {
    return new Table(name, columns, primaryKey, uniqueConstraints, checks, foreignKeys, list);
  }

  private static <T> List<T> append(List<T> list, T element) {
    List<T> copy = new ArrayList<>(list);
    copy.add(element);
    return copy;
  }
}
