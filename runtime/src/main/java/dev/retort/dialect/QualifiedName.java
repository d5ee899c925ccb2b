package dev.retort.dialect;

import java.util.Objects;

/**
 * A table or sequence name split into its schema (null when unqualified) and its own name:
 * {@code "sales.orders"} is schema {@code sales}, name {@code orders}. Names never contain a dot,
 * so the first dot separates.
 */
public record QualifiedName(String schema, String name) {
  public QualifiedName {
    Objects.requireNonNull(name, "name");
  }

  public static QualifiedName parse(String qualified) {
    int dot = qualified.indexOf('.');
    return dot < 0
        ? new QualifiedName(null, qualified)
        : new QualifiedName(qualified.substring(0, dot), qualified.substring(dot + 1));
  }

  /** The same schema with another name: where an index or a renamed table lands. */
  public QualifiedName sibling(String otherName) {
    return new QualifiedName(schema, otherName);
  }

  @Override
  public String toString() {
    return schema == null ? name : schema + "." + name;
  }
}
