package dev.retort.processor.jpa;

import dev.retort.processor.Diagnostics;
import dev.retort.processor.Diagnostics.Tag;
import dev.retort.schema.ForeignKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Pairs the join columns of an association with the key columns they reference, and names them
 * as Hibernate does: {@code @JoinColumn(name)}, otherwise {@code <attribute>_<referenced column>}.
 */
final class JoinColumns {
  /**
   * One join column.
   *
   * @param name its name
   * @param referenced the key column of the target it holds
   * @param annotation its {@code @JoinColumn}, or null
   */
  record Join(String name, EntityInfo.KeyColumn referenced, AnnotationMirror annotation) {}

  private final Mirrors mirrors;
  private final Naming naming;
  private final Diagnostics diagnostics;

  JoinColumns(Mirrors mirrors, Naming naming, Diagnostics diagnostics) {
    this.mirrors = mirrors;
    this.naming = naming;
    this.diagnostics = diagnostics;
  }

  /**
   * The join columns to the target's key (or, with {@code referencedColumnName}, to other columns of
   * the target's table, which {@code referencedColumns} supplies); empty after an error.
   *
   * @param prefix the logical name the default names start with (the attribute, or the entity)
   * @param referencedColumns the target table's columns by name, for a reference to a non-key column
   */
  Optional<List<Join>> resolve(Element element, List<AnnotationMirror> annotations, EntityInfo target, String prefix,
      java.util.function.Function<String, Optional<EntityInfo.KeyColumn>> referencedColumns) {
    List<EntityInfo.KeyColumn> key = target.key();
    List<Join> joins = new ArrayList<>();
    if (annotations.isEmpty()) {
      for (EntityInfo.KeyColumn k : key) {
        joins.add(new Join(naming.physical(prefix + "_" + k.column().name()), k, null));
      }
      return Optional.of(joins);
    }
    if (annotations.size() != key.size() && annotations.stream().allMatch(a -> mirrors.string(a, "referencedColumnName").isEmpty())) {
      diagnostics.error(Tag.MAPPING, "The association to " + target.simpleName() + " has " + annotations.size()
          + " join columns, but its key has " + key.size() + " columns " + target.keyNames()
          + ". Give one @JoinColumn per key column, each with referencedColumnName.", element, annotations.get(0));
      return Optional.empty();
    }
    for (int i = 0; i < annotations.size(); i++) {
      AnnotationMirror a = annotations.get(i);
      String referencedName = mirrors.string(a, "referencedColumnName");
      EntityInfo.KeyColumn referenced;
      if (referencedName.isEmpty()) {
        if (annotations.size() != key.size()) {
          diagnostics.error(Tag.MAPPING, "Give every @JoinColumn of a composite join its referencedColumnName.", element, a);
          return Optional.empty();
        }
        referenced = key.get(i);
      } else {
        Optional<EntityInfo.KeyColumn> found = key.stream()
            .filter(k -> k.column().name().equalsIgnoreCase(referencedName)).findFirst();
        if (found.isEmpty()) {
          found = referencedColumns.apply(referencedName);
        }
        if (found.isEmpty()) {
          diagnostics.error(Tag.MAPPING, "referencedColumnName = \"" + referencedName + "\" names no column of "
              + target.simpleName() + "'s table " + target.table() + ". Name a column of that table (its key is "
              + target.keyNames() + ").", element, a);
          return Optional.empty();
        }
        referenced = found.get();
      }
      String name = mirrors.string(a, "name");
      joins.add(new Join(name.isEmpty() ? naming.physical(prefix + "_" + referenced.column().name()) : naming.explicit(name),
          referenced, a));
    }
    if (joins.stream().allMatch(j -> key.contains(j.referenced()))) {
      // a reference to the key lists its columns in the key's order, whatever order the
      // @JoinColumns are written in: as Hibernate does, and as MySQL wants for the key's index
      joins.sort(java.util.Comparator.comparingInt(j -> key.indexOf(j.referenced())));
    }
    return Optional.of(joins);
  }

  /**
   * The foreign key the join columns ask for: none with {@code ConstraintMode.NO_CONSTRAINT}; named
   * by {@code @ForeignKey(name)} or readably after the table and columns.
   *
   * @param container the {@code @JoinColumns} or {@code @JoinTable} holding a table-level foreignKey, or null
   */
  Optional<ForeignKey> foreignKey(String table, List<Join> joins, String referencedTable, AnnotationMirror container,
      String containerAttribute) {
    List<String> columns = joins.stream().map(Join::name).toList();
    List<String> referenced = joins.stream().map(j -> j.referenced().column().name()).toList();
    String name = Naming.foreignKey(table, columns);
    List<AnnotationMirror> specs = new ArrayList<>();
    if (container != null) {
      specs.add(mirrors.annotation(container, containerAttribute));
    }
    joins.stream().map(Join::annotation).filter(a -> a != null).forEach(a -> specs.add(mirrors.annotation(a, "foreignKey")));
    for (AnnotationMirror fk : specs) {
      if (mirrors.enumConstant(fk, "value").equals("NO_CONSTRAINT")) {
        return Optional.empty();
      }
      if (!mirrors.string(fk, "name").isEmpty()) {
        name = mirrors.string(fk, "name");
      }
    }
    return Optional.of(new ForeignKey(name, columns, referencedTable, referenced, ForeignKey.OnDelete.NO_ACTION));
  }
}
