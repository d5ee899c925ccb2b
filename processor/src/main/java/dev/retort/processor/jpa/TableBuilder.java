package dev.retort.processor.jpa;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;

/** A table being assembled: columns in mapping order, its key and its constraints. */
final class TableBuilder {
  final String name;
  final Element origin;
  private final List<Column> columns = new ArrayList<>();
  private final List<String> primaryKey = new ArrayList<>();
  private final List<UniqueConstraint> uniques = new ArrayList<>();
  private final List<CheckConstraint> checks = new ArrayList<>();
  private final List<ForeignKey> foreignKeys = new ArrayList<>();
  private final List<Index> indexes = new ArrayList<>();

  TableBuilder(String name, Element origin) {
    this.name = name;
    this.origin = origin;
  }

  Optional<Column> column(String column) {
    return columns.stream().filter(c -> c.name().equalsIgnoreCase(column)).findFirst();
  }

  /** Adds the column; false when the table has one of that name already. */
  boolean add(Column column) {
    if (column(column.name()).isPresent()) {
      return false;
    }
    columns.add(column);
    return true;
  }

  void replace(Column column) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equalsIgnoreCase(column.name())) {
        columns.set(i, column);
      }
    }
  }

  void primaryKey(List<String> columns) {
    for (String column : columns) {
      if (!primaryKey.contains(column)) {
        primaryKey.add(column);
      }
    }
  }

  List<String> primaryKey() {
    return primaryKey;
  }

  void unique(UniqueConstraint unique) {
    if (uniques.stream().noneMatch(u -> u.columns().equals(unique.columns()))) {
      uniques.add(unique);
    }
  }

  /**
   * Adds a check; the same check again is ignored, another one under a name already taken gets
   * that name with a number ({@code ck_t_c_2}), so no check is lost to a clash of generated names.
   */
  void check(CheckConstraint check) {
    if (checks.contains(check)) {
      return;
    }
    String name = check.name();
    for (int i = 2; taken(name); i++) {
      name = Naming.shorten(check.name() + "_" + i);
    }
    checks.add(name.equals(check.name()) ? check : new CheckConstraint(name, check.expression()));
  }

  private boolean taken(String name) {
    return checks.stream().anyMatch(c -> c.name().equalsIgnoreCase(name));
  }

  void foreignKey(ForeignKey foreignKey) {
    if (foreignKeys.stream().noneMatch(f -> f.columns().equals(foreignKey.columns())
        && f.referencedTable().equals(foreignKey.referencedTable()))) {
      foreignKeys.add(foreignKey);
    }
  }

  void index(Index index) {
    indexes.add(index);
  }

  /** The table; a unique constraint that only repeats the primary key is left out, as Hibernate does. */
  Table build() {
    Table table = new Table(name, columns, primaryKey, List.of(), checks, foreignKeys, indexes);
    for (UniqueConstraint unique : uniques) {
      if (!unique.columns().equals(primaryKey)) {
        table = table.unique(unique);
      }
    }
    return table;
  }
}
