package dev.retort.processor.jpa;

import dev.retort.schema.Column;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * What the first pass learns about an entity: its names, its place in a hierarchy and its key.
 *
 * @param type the entity class
 * @param entityName the JPA entity name ({@code @Entity(name)}, or the class name without its package,
 *     {@code Outer$Nested} for a nested class, as Hibernate names it)
 * @param table the table its own attributes go into (a SINGLE_TABLE subclass: the root's), or
 *     null for an abstract TABLE_PER_CLASS class, which has none
 * @param parent the nearest entity superclass, or null for a root
 * @param strategy the hierarchy's inheritance strategy, or null outside a hierarchy and for a root
 *     without {@code @Inheritance} (SINGLE_TABLE when it has entity subclasses, which then say
 *     SINGLE_TABLE; its discriminator is decided in {@link TableAssembler})
 * @param access the hierarchy's access type
 * @param key the primary key columns of its table, with the attribute each comes from
 */
record EntityInfo(TypeElement type, String entityName, String table, EntityInfo parent, Strategy strategy,
    Members.Access access, List<KeyColumn> key) {

  enum Strategy { SINGLE_TABLE, JOINED, TABLE_PER_CLASS }

  /**
   * One primary key column.
   *
   * @param attribute the attribute it maps, within the identifier ({@code id}, {@code orderId})
   */
  record KeyColumn(String attribute, Column column) {}

  /**
   * The entity of this hierarchy that declares the attribute (itself, or an entity superclass);
   * null when a mapped superclass declares it.
   */
  EntityInfo declaring(Attribute attribute) {
    for (EntityInfo e = this; e != null; e = e.parent()) {
      if (e.type().equals(attribute.declaredIn())) {
        return e;
      }
    }
    return null;
  }

  EntityInfo root() {
    return parent == null ? this : parent.root();
  }

  List<String> keyNames() {
    return key.stream().map(k -> k.column().name()).toList();
  }

  String simpleName() {
    return type.getSimpleName().toString();
  }
}
