package dev.retort.schema;

import java.util.List;

/**
 * A named UNIQUE constraint.
 *
 * @param name the constraint's name
 * @param columns its columns, in order
 */
public record UniqueConstraint(String name, List<String> columns) {

  public UniqueConstraint {
    Names.require(name, "unique constraint name");
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("unique constraint " + name + " has no column");
    }
  }

  public static UniqueConstraint unique(String name, String... columns) {
    return new UniqueConstraint(name, List.of(columns));
  }
}
