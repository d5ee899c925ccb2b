package dev.retort.processor.jpa;

import dev.retort.processor.Diagnostics;
import dev.retort.processor.Diagnostics.Tag;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Join tables: of a {@code @ManyToMany}, and of a unidirectional {@code @OneToMany} without join
 * columns. Named as Hibernate does ({@code <owner table>_<target table>}, or with Spring Boot's
 * naming {@code <owner table>_<attribute>}), with a foreign key to each side, a primary key for
 * a Set (or a List with {@code @OrderColumn}), and for a one-to-many a unique constraint on the
 * target's columns.
 */
final class JoinTables {
  private final Mirrors mirrors;
  private final Naming naming;
  private final Diagnostics diagnostics;
  private final Tables tables;
  private final JoinColumns joinColumns;
  private final SqlNames sqlNames;
  private final Members members;

  JoinTables(Mirrors mirrors, Naming naming, Diagnostics diagnostics, Tables tables, JoinColumns joinColumns,
      SqlNames sqlNames, Members members) {
    this.mirrors = mirrors;
    this.naming = naming;
    this.diagnostics = diagnostics;
    this.tables = tables;
    this.joinColumns = joinColumns;
    this.sqlNames = sqlNames;
    this.members = members;
  }

  static String unqualified(String table) {
    return table.substring(table.lastIndexOf('.') + 1);
  }

  /** The kind of collection, which decides the join table's key. */
  enum Kind { SET, LIST, BAG, MAP }

  static Kind kind(TypeMirror type) {
    TypeElement element = Mirrors.asTypeElement(type);
    String name = element == null ? "" : element.getQualifiedName().toString();
    return switch (name) {
      case "java.util.Set", "java.util.SortedSet", "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet",
          "java.util.NavigableSet" -> Kind.SET;
      case "java.util.List", "java.util.ArrayList", "java.util.LinkedList" -> Kind.LIST;
      case "java.util.Map", "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.SortedMap" -> Kind.MAP;
      default -> Kind.BAG;
    };
  }

  /** Reads the join table of an association that has one. */
  void read(Context context, Attribute attribute, EntityInfo target, boolean oneToMany) {
    EntityInfo owner = context.entity();
    Kind kind = kind(attribute.type());
    if (kind == Kind.MAP) {
      diagnostics.error(Tag.UNSUPPORTED, "Retort does not support a Map of entities yet. Use a Set or a List, "
          + "or an @ElementCollection for a Map of values.", attribute.element());
      return;
    }
    EntityInfo declaring = owner.declaring(attribute);
    if (owner.table() == null || target.table() == null || (declaring != null && declaring.table() == null)) {
      diagnostics.error(Tag.UNSUPPORTED, "Retort does not support join tables to or from an abstract TABLE_PER_CLASS "
          + "entity, which has no table. Point the association at a concrete entity.", attribute.element());
      return;
    }
    Optional<AnnotationMirror> joinTable = Optional.ofNullable(context.overrides().association(context.pathOf(attribute)))
        .map(o -> mirrors.annotation(o, "joinTable"))
        .filter(t -> !mirrors.string(t, "name").isEmpty() || !mirrors.annotations(t, "joinColumns").isEmpty())
        .or(() -> mirrors.jpa(attribute.element(), JpaNames.JOIN_TABLE));
    String name = naming.strategy() == Naming.Strategy.SNAKE_CASE
        ? naming.physical(unqualified(owner.table()) + "_" + attribute.name())
        : unqualified(owner.table()) + "_" + unqualified(target.table());
    List<AnnotationMirror> ownerJoins = List.of();
    List<AnnotationMirror> targetJoins = List.of();
    if (joinTable.isPresent()) {
      if (!mirrors.string(joinTable.get(), "name").isEmpty()) {
        name = naming.explicit(mirrors.string(joinTable.get(), "name"));
      }
      if (!mirrors.string(joinTable.get(), "schema").isEmpty()) {
        name = naming.explicit(mirrors.string(joinTable.get(), "schema")) + "." + name;
      }
      ownerJoins = mirrors.annotations(joinTable.get(), "joinColumns");
      targetJoins = mirrors.annotations(joinTable.get(), "inverseJoinColumns");
    }
    if (!sqlNames.check(name, attribute.element(), joinTable.orElse(null), "join table")) {
      return;
    }
    String ownerPrefix = inverseAttribute(target, owner, attribute.name()).orElse(owner.entityName());
    Optional<List<JoinColumns.Join>> ownerColumns = joinColumns.resolve(attribute.element(), ownerJoins, owner, ownerPrefix,
        n -> Optional.empty());
    Optional<List<JoinColumns.Join>> targetColumns = joinColumns.resolve(attribute.element(), targetJoins, target,
        attribute.name(), n -> Optional.empty());
    if (ownerColumns.isEmpty() || targetColumns.isEmpty()) {
      return;
    }
    TableBuilder table = tables.newTable(name, attribute.element());
    if (table == null) {
      return;
    }
    for (JoinColumns.Join join : ownerColumns.get()) {
      sqlNames.check(join.name(), attribute.element(), join.annotation(), "column");
      tables.addColumn(table, new Column(join.name(), join.referenced().column().type(), false, false, null), attribute.element(), false);
    }
    for (JoinColumns.Join join : targetColumns.get()) {
      sqlNames.check(join.name(), attribute.element(), join.annotation(), "column");
      tables.addColumn(table, new Column(join.name(), join.referenced().column().type(), false, false, null), attribute.element(), false);
    }
    List<String> ownerNames = ownerColumns.get().stream().map(JoinColumns.Join::name).toList();
    List<String> targetNames = targetColumns.get().stream().map(JoinColumns.Join::name).toList();
    Optional<String> order = orderColumn(table, attribute, false);
    List<String> key = new ArrayList<>(ownerNames);
    if (order.isPresent()) {
      key.add(order.get());
      table.primaryKey(key);
    } else if (kind == Kind.SET && oneToMany) {
      table.primaryKey(targetNames); // each child belongs to one owner: its key alone identifies the row
    } else if (kind == Kind.SET) {
      key.addAll(targetNames);
      table.primaryKey(key);
    }
    if (oneToMany && !(kind == Kind.SET && order.isEmpty())) {
      table.unique(new UniqueConstraint(Naming.unique(name, targetNames), targetNames));
    }
    joinColumns.foreignKey(name, ownerColumns.get(), owner.table(), joinTable.orElse(null), "foreignKey")
        .ifPresent(table::foreignKey);
    joinColumns.foreignKey(name, targetColumns.get(), target.table(), joinTable.orElse(null), "inverseForeignKey")
        .ifPresent(table::foreignKey);
  }

  /** The {@code @OrderColumn} of a List, added to the table: {@code <attribute>_ORDER integer not null} by default. */
  Optional<String> orderColumn(TableBuilder table, Attribute attribute, boolean nullable) {
    Optional<AnnotationMirror> order = mirrors.jpa(attribute.element(), JpaNames.ORDER_COLUMN);
    if (order.isEmpty()) {
      return Optional.empty();
    }
    String name = mirrors.string(order.get(), "name");
    name = name.isEmpty() ? naming.physical(attribute.name() + "_ORDER") : naming.explicit(name);
    if (!sqlNames.check(name, attribute.element(), order.get(), "column")) {
      return Optional.empty();
    }
    tables.addColumn(table, new Column(name, ColumnType.INTEGER, nullable && mirrors.bool(order.get(), "nullable"), false, null),
        attribute.element(), false);
    table.check(new CheckConstraint(Naming.check(table.name, name), name + " >= 0"));
    return Optional.of(name);
  }

  /** The attribute of the target that maps this one back ({@code mappedBy = "<attribute>"}). */
  private Optional<String> inverseAttribute(EntityInfo target, EntityInfo owner, String attribute) {
    for (Attribute a : members.attributes(target.type(), null, (javax.lang.model.type.DeclaredType) target.type().asType(),
        target.access())) {
      for (String kind : List.of(JpaNames.MANY_TO_MANY, JpaNames.ONE_TO_MANY)) {
        Optional<AnnotationMirror> m = mirrors.jpa(a.element(), kind);
        if (m.isPresent() && mirrors.string(m.get(), "mappedBy").equals(attribute)) {
          return Optional.of(a.name());
        }
      }
    }
    return Optional.empty();
  }
}
