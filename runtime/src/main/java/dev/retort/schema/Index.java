package dev.retort.schema;

import java.util.List;

/**
 * A (possibly unique) index on columns of one table.
 *
 * @param name the index's name
 * @param table the table it indexes
 * @param columns the indexed columns, in order
 * @param unique whether it enforces uniqueness
 */
public record Index(String name, String table, List<String> columns, boolean unique) {

  public Index {
    Names.require(name, "index name");
    Names.require(table, "table name");
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("index " + name + " has no column");
    }
  }

  public static Index index(String name, String table, String... columns) {
    return new Index(name, table, List.of(columns), false);
  }

  public static Index uniqueIndex(String name, String table, String... columns) {
    return new Index(name, table, List.of(columns), true);
  }
}
