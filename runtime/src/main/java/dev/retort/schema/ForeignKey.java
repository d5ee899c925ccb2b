package dev.retort.schema;

import java.util.List;
import java.util.Objects;

/**
 * A named foreign key from columns of one table to columns of another.
 *
 * @param name the constraint's name
 * @param columns the referencing columns, in order
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns, paired in order with {@code columns}
 * @param onDelete what the database does to referencing rows when the referenced row goes
 */
public record ForeignKey(
    String name, List<String> columns, String referencedTable, List<String> referencedColumns, OnDelete onDelete) {

  /** The referential action on delete. */
  public enum OnDelete {
    NO_ACTION,
    CASCADE,
    SET_NULL
  }

  public ForeignKey {
    Names.require(name, "foreign key name");
    Names.require(referencedTable, "referenced table name");
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
    Objects.requireNonNull(onDelete, "onDelete");
    if (columns.isEmpty() || columns.size() != referencedColumns.size()) {
      throw new IllegalArgumentException(
          "foreign key " + name + " pairs " + columns + " with " + referencedColumns);
    }
  }

  public static ForeignKey foreignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns) {
    return new ForeignKey(name, columns, referencedTable, referencedColumns, OnDelete.NO_ACTION);
  }

  /** A single-column foreign key. */
  public static ForeignKey foreignKey(String name, String column, String referencedTable, String referencedColumn) {
    return foreignKey(name, List.of(column), referencedTable, List.of(referencedColumn));
  }

  public ForeignKey onDelete(OnDelete action) {
    return new ForeignKey(name, columns, referencedTable, referencedColumns, action);
  }
}
