package dev.retort.processor.snapshot;

import com.fasterxml.jackson.core.JsonToken;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads one table: its columns and constraints, checking that names are not repeated and that
 * every column a constraint lists exists. References to other tables are left to
 * {@link ReferenceCheck}, which runs once all tables are read.
 */
final class TableReader {
  private static final String TABLE_KEYS = "columns, primaryKey, uniqueConstraints, checks, foreignKeys, indexes";

  private final JsonCursor cursor;
  private final ReferenceCheck references;
  /** Column lists to check once the table's columns are known, since keys come in any order. */
  private final List<ColumnUse> uses = new ArrayList<>();
  /** The ORDINAL enum constants of this table's columns, by column name. */
  private final Map<String, List<String>> ordinals = new LinkedHashMap<>();
  private String table;

  private record ColumnUse(String owner, List<String> columns, Position at) {}

  /** A list of names and where it starts. */
  private record Names(List<String> names, Position at) {}

  TableReader(JsonCursor cursor, ReferenceCheck references) {
    this.cursor = cursor;
    this.references = references;
  }

  Table table(String name) {
    this.table = name;
    Position at = cursor.requireObject("table \"" + name + "\"");
    List<Column> columns = null;
    List<String> primaryKey = List.of();
    List<UniqueConstraint> uniques = List.of();
    List<CheckConstraint> checks = List.of();
    List<ForeignKey> foreignKeys = List.of();
    List<Index> indexes = List.of();
    while (cursor.nextField()) {
      switch (cursor.field()) {
        case "columns" -> columns = list("column", this::column, Column::name);
        case "primaryKey" -> primaryKey = primaryKey();
        case "uniqueConstraints" -> uniques = list("unique constraint", this::unique, UniqueConstraint::name);
        case "checks" -> checks = list("check", this::check, CheckConstraint::name);
        case "foreignKeys" -> foreignKeys = list("foreign key", this::foreignKey, ForeignKey::name);
        case "indexes" -> indexes = list("index", this::index, Index::name);
        default -> throw cursor.unknownField("table \"" + name + "\"", TABLE_KEYS);
      }
    }
    Required.present(at, "table \"" + name + "\"", "columns", columns);
    checkColumnUses(columns);
    try {
      return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, indexes);
    } catch (IllegalArgumentException e) {
      throw at.error(e.getMessage());
    }
  }

  /** A list of named objects; {@code kind} names them in the message about a repeated name. */
  private <T> List<T> list(String kind, Supplier<T> element, Function<T, String> nameOf) {
    cursor.requireArray("\"" + cursor.field() + "\"");
    List<T> items = new ArrayList<>();
    Set<String> names = new HashSet<>();
    while (cursor.nextElement()) {
      Position at = cursor.here();
      T item = element.get();
      if (!names.add(nameOf.apply(item))) {
        throw at.error("table \"" + table + "\" has a second " + kind + " named \"" + nameOf.apply(item) + "\"");
      }
      items.add(item);
    }
    return items;
  }

  private Column column() {
    Position at = cursor.requireObject("a column");
    String name = null;
    ColumnType type = null;
    Boolean nullable = null;
    boolean identity = false;
    String defaultValue = null;
    List<String> constants = null;
    while (cursor.nextField()) {
      switch (cursor.field()) {
        case "name" -> name = cursor.string();
        case "type" -> type = type();
        case "nullable" -> nullable = cursor.bool();
        case "identity" -> identity = cursor.bool();
        case "default" -> defaultValue = cursor.stringOrNull();
        case "ordinals" -> constants = strings();
        default -> throw cursor.unknownField("a column", "name, type, nullable, identity, default, ordinals");
      }
    }
    if (constants != null && name != null) {
      ordinals.put(name, constants);
    }
    Required.present(at, "a column of table \"" + table + "\"", "name", name);
    String owner = "column \"" + name + "\" of table \"" + table + "\"";
    Required.present(at, owner, "type", type);
    Required.present(at, owner, "nullable", nullable);
    try {
      return new Column(name, type, nullable, identity, defaultValue);
    } catch (IllegalArgumentException e) {
      throw at.error(e.getMessage());
    }
  }

  private ColumnType type() {
    String text = cursor.string();
    try {
      return ColumnTypeFormat.parse(text);
    } catch (IllegalArgumentException e) {
      throw cursor.error(e.getMessage());
    }
  }

  private List<String> primaryKey() {
    Names key = names();
    uses.add(new ColumnUse("the primary key", key.names(), key.at()));
    return key.names();
  }

  private UniqueConstraint unique() {
    Position at = cursor.requireObject("a unique constraint");
    String name = null;
    Names columns = null;
    while (cursor.nextField()) {
      switch (cursor.field()) {
        case "name" -> name = cursor.string();
        case "columns" -> columns = names();
        default -> throw cursor.unknownField("a unique constraint", "name, columns");
      }
    }
    Required.present(at, "a unique constraint of table \"" + table + "\"", "name", name);
    Required.present(at, "unique constraint \"" + name + "\"", "columns", columns);
    uses.add(new ColumnUse("unique constraint \"" + name + "\"", columns.names(), columns.at()));
    try {
      return new UniqueConstraint(name, columns.names());
    } catch (IllegalArgumentException e) {
      throw at.error(e.getMessage());
    }
  }

  private CheckConstraint check() {
    Position at = cursor.requireObject("a check");
    String name = null;
    String expression = null;
    while (cursor.nextField()) {
      switch (cursor.field()) {
        case "name" -> name = cursor.string();
        case "expression" -> expression = cursor.string();
        default -> throw cursor.unknownField("a check", "name, expression");
      }
    }
    Required.present(at, "a check of table \"" + table + "\"", "name", name);
    Required.present(at, "check \"" + name + "\"", "expression", expression);
    try {
      return new CheckConstraint(name, expression);
    } catch (IllegalArgumentException e) {
      throw at.error(e.getMessage());
    }
  }

  private ForeignKey foreignKey() {
    Position at = cursor.requireObject("a foreign key");
    String name = null;
    Names columns = null;
    String referencedTable = null;
    Position referencedTableAt = null;
    Names referencedColumns = null;
    ForeignKey.OnDelete onDelete = null;
    while (cursor.nextField()) {
      switch (cursor.field()) {
        case "name" -> name = cursor.string();
        case "columns" -> columns = names();
        case "referencedTable" -> {
          referencedTable = cursor.string();
          referencedTableAt = cursor.here();
        }
        case "referencedColumns" -> referencedColumns = names();
        case "onDelete" -> onDelete = onDelete();
        default -> throw cursor.unknownField("a foreign key", "name, columns, referencedTable, referencedColumns, onDelete");
      }
    }
    Required.present(at, "a foreign key of table \"" + table + "\"", "name", name);
    String owner = "foreign key \"" + name + "\"";
    Required.present(at, owner, "columns", columns);
    Required.present(at, owner, "referencedTable", referencedTable);
    Required.present(at, owner, "referencedColumns", referencedColumns);
    Required.present(at, owner, "onDelete", onDelete);
    uses.add(new ColumnUse(owner, columns.names(), columns.at()));
    ForeignKey fk;
    try {
      fk = new ForeignKey(name, columns.names(), referencedTable, referencedColumns.names(), onDelete);
    } catch (IllegalArgumentException e) {
      throw at.error(e.getMessage());
    }
    references.add(table, fk, referencedTableAt, referencedColumns.at());
    return fk;
  }

  private ForeignKey.OnDelete onDelete() {
    String text = cursor.string();
    for (ForeignKey.OnDelete action : ForeignKey.OnDelete.values()) {
      if (action.name().equals(text)) {
        return action;
      }
    }
    throw cursor.error("unknown \"onDelete\" action \"" + text + "\"; use NO_ACTION, CASCADE or SET_NULL");
  }

  private Index index() {
    Position at = cursor.requireObject("an index");
    String name = null;
    Names columns = null;
    Boolean unique = null;
    while (cursor.nextField()) {
      switch (cursor.field()) {
        case "name" -> name = cursor.string();
        case "columns" -> columns = names();
        case "unique" -> unique = cursor.bool();
        default -> throw cursor.unknownField("an index", "name, columns, unique");
      }
    }
    Required.present(at, "an index of table \"" + table + "\"", "name", name);
    Required.present(at, "index \"" + name + "\"", "columns", columns);
    Required.present(at, "index \"" + name + "\"", "unique", unique);
    uses.add(new ColumnUse("index \"" + name + "\"", columns.names(), columns.at()));
    try {
      return new Index(name, table, columns.names(), unique);
    } catch (IllegalArgumentException e) {
      throw at.error(e.getMessage());
    }
  }

  /** The ORDINAL enum constants read with the table's columns, by column name. */
  Map<String, List<String>> ordinals() {
    return ordinals;
  }

  /** A list of strings ({@code "ordinals"}: enum constants, in declaration order). */
  private List<String> strings() {
    String key = cursor.field();
    cursor.requireArray("\"" + key + "\"");
    List<String> values = new ArrayList<>();
    while (cursor.nextElement()) {
      if (cursor.token() != JsonToken.VALUE_STRING) {
        throw cursor.error("each entry of \"" + key + "\" must be an enum constant in double quotes, not "
            + JsonCursor.describe(cursor.token()));
      }
      values.add(cursor.string());
    }
    return values;
  }

  /** A list of column names, each a string. */
  private Names names() {
    String key = cursor.field();
    Position at = cursor.requireArray("\"" + key + "\"");
    List<String> names = new ArrayList<>();
    while (cursor.nextElement()) {
      if (cursor.token() != JsonToken.VALUE_STRING) {
        throw cursor.error("each entry of \"" + key + "\" must be a column name in double quotes, not " + JsonCursor.describe(cursor.token()));
      }
      names.add(cursor.string());
    }
    return new Names(names, at);
  }

  private void checkColumnUses(List<Column> columns) {
    Set<String> known = new HashSet<>();
    columns.forEach(c -> known.add(c.name()));
    for (ColumnUse use : uses) {
      for (String column : use.columns()) {
        if (!known.contains(column)) {
          throw use.at().error(use.owner() + " of table \"" + table + "\" lists column \"" + column + "\", which the table does not have");
        }
      }
    }
  }
}
