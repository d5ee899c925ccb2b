package dev.retort.processor.jpa;

import dev.retort.processor.Diagnostics;
import dev.retort.processor.Diagnostics.Tag;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * {@code @ElementCollection}s: a collection table ({@code @CollectionTable}, by default
 * {@code <entity>_<attribute>}) holding the owner's key ({@code <entity>_<key column>}), with a
 * foreign key to the owner, and the element: a basic column (named after the attribute) or an
 * embeddable's columns; a Map's key column ({@code @MapKeyColumn}, by default
 * {@code <attribute>_KEY}); a List's {@code @OrderColumn}. The table's key: owner and map key for a
 * Map, owner and order column for an ordered List, owner and element for a Set (see {@link #setKey}).
 */
final class CollectionTables {
  private final Mirrors mirrors;
  private final Naming naming;
  private final Diagnostics diagnostics;
  private final Tables tables;
  private final JoinColumns joinColumns;
  private final SqlNames sqlNames;
  private final BasicColumns basicColumns;
  private final JoinTables joinTables;

  CollectionTables(Mirrors mirrors, Naming naming, Diagnostics diagnostics, Tables tables, JoinColumns joinColumns,
      SqlNames sqlNames, BasicColumns basicColumns, JoinTables joinTables) {
    this.mirrors = mirrors;
    this.naming = naming;
    this.diagnostics = diagnostics;
    this.tables = tables;
    this.joinColumns = joinColumns;
    this.sqlNames = sqlNames;
    this.basicColumns = basicColumns;
    this.joinTables = joinTables;
  }

  /** Reads the collection table; {@code embedded} reads an embeddable element's columns into it. */
  void read(Context context, Attribute attribute, AttributeReader embedded) {
    EntityInfo owner = context.entity();
    EntityInfo declaring = owner.declaring(attribute);
    if (owner.table() == null || (declaring != null && declaring.table() == null)) {
      diagnostics.error(Tag.UNSUPPORTED, "Retort does not support an @ElementCollection on an abstract TABLE_PER_CLASS "
          + "entity, which has no table. Move it to the concrete entities.", attribute.element());
      return;
    }
    JoinTables.Kind kind = JoinTables.kind(attribute.type());
    List<? extends TypeMirror> arguments = attribute.type() instanceof DeclaredType d ? d.getTypeArguments() : List.of();
    if (arguments.isEmpty() || (kind == JoinTables.Kind.MAP) != (arguments.size() == 2)) {
      diagnostics.error(Tag.MAPPING, "An @ElementCollection needs a Collection, Set, List or Map with its type "
          + "arguments given, not " + attribute.type() + ".", attribute.element());
      return;
    }
    TypeMirror elementType = arguments.get(arguments.size() - 1);
    Optional<AnnotationMirror> collectionTable = mirrors.jpa(attribute.element(), JpaNames.COLLECTION_TABLE);
    String name = naming.physical(owner.entityName() + "_" + attribute.name());
    List<AnnotationMirror> joins = List.of();
    if (collectionTable.isPresent()) {
      if (!mirrors.string(collectionTable.get(), "name").isEmpty()) {
        name = naming.explicit(mirrors.string(collectionTable.get(), "name"));
      }
      if (!mirrors.string(collectionTable.get(), "schema").isEmpty()) {
        name = naming.explicit(mirrors.string(collectionTable.get(), "schema")) + "." + name;
      }
      joins = mirrors.annotations(collectionTable.get(), "joinColumns");
    }
    if (!sqlNames.check(name, attribute.element(), collectionTable.orElse(null), "collection table")) {
      return;
    }
    Optional<List<JoinColumns.Join>> ownerColumns = joinColumns.resolve(attribute.element(), joins, owner,
        owner.entityName(), n -> Optional.empty());
    if (ownerColumns.isEmpty()) {
      return;
    }
    TableBuilder table = tables.newTable(name, attribute.element());
    if (table == null) {
      return;
    }
    for (JoinColumns.Join join : ownerColumns.get()) {
      tables.addColumn(table, new Column(join.name(), join.referenced().column().type(), false, false, null), attribute.element(), false);
    }
    List<String> key = new ArrayList<>(ownerColumns.get().stream().map(JoinColumns.Join::name).toList());
    if (kind == JoinTables.Kind.MAP) {
      mapKey(table, attribute, arguments.get(0)).ifPresent(key::add);
    }
    Optional<String> order = kind == JoinTables.Kind.LIST ? joinTables.orderColumn(table, attribute, false) : Optional.empty();
    order.ifPresent(key::add);
    int before = table.build().columns().size();
    TypeElement elementClass = Mirrors.asTypeElement(elementType);
    if (elementClass != null && mirrors.hasJpa(elementClass, JpaNames.EMBEDDABLE)) {
      Context inner = new Context(owner, table, kind == JoinTables.Kind.MAP ? "value" : "",
          Overrides.of(mirrors, attribute.element(), ""), false, (DeclaredType) elementType, true);
      embedded.embeddable(inner, attribute, (DeclaredType) elementType, kind == JoinTables.Kind.MAP ? "value" : "");
    } else {
      AnnotationMirror column = mirrors.jpa(attribute.element(), JpaNames.COLUMN).orElse(null);
      String columnName = basicColumns.name(column, attribute.name());
      if (!sqlNames.check(columnName, attribute.element(), column, "column")) {
        return;
      }
      Optional<Column> built = basicColumns.column(attribute.element(), elementType, column, columnName, false, false);
      if (built.isEmpty()) {
        return;
      }
      if (tables.addColumn(table, built.get(), attribute.element(), false)) {
        basicColumns.constraints(table, attribute.element(), elementType, column, built.get());
      }
    }
    if (kind == JoinTables.Kind.SET) {
      setKey(table, key, before);
    } else if (kind == JoinTables.Kind.MAP || order.isPresent()) {
      table.primaryKey(key);
    }
    AnnotationMirror container = collectionTable.orElse(null);
    joinColumns.foreignKey(name, ownerColumns.get(), owner.table(), container, "foreignKey").ifPresent(table::foreignKey);
  }

  /**
   * A Set's rows are its owner's key and the element's columns, as Hibernate 7 keys them: the
   * primary key when every element column is NOT NULL, a unique constraint when one may be NULL
   * (a primary key column cannot), nothing when one is a large object (which no key can hold).
   */
  private void setKey(TableBuilder table, List<String> ownerKey, int firstElementColumn) {
    List<Column> columns = table.build().columns();
    List<Column> element = columns.subList(firstElementColumn, columns.size());
    if (element.stream().anyMatch(c -> c.type().kind() == ColumnType.Kind.CLOB || c.type().kind() == ColumnType.Kind.BLOB)) {
      return;
    }
    List<String> key = new ArrayList<>(ownerKey);
    element.forEach(c -> key.add(c.name()));
    if (element.stream().anyMatch(Column::nullable)) {
      table.unique(new UniqueConstraint(Naming.unique(table.name, key), key));
    } else {
      table.primaryKey(key);
    }
  }

  private Optional<String> mapKey(TableBuilder table, Attribute attribute, TypeMirror keyType) {
    TypeElement keyClass = Mirrors.asTypeElement(keyType);
    if (keyClass != null && (mirrors.hasJpa(keyClass, JpaNames.ENTITY) || mirrors.hasJpa(keyClass, JpaNames.EMBEDDABLE))) {
      diagnostics.error(Tag.UNSUPPORTED, "Retort does not support a Map keyed by an entity or an embeddable yet. "
          + "Key the map by a basic value.", attribute.element());
      return Optional.empty();
    }
    AnnotationMirror column = mirrors.jpa(attribute.element(), JpaNames.MAP_KEY_COLUMN).orElse(null);
    String name = column == null || mirrors.string(column, "name").isEmpty()
        ? naming.physical(attribute.name() + "_KEY") : naming.explicit(mirrors.string(column, "name"));
    if (!sqlNames.check(name, attribute.element(), column, "column")) {
      return Optional.empty();
    }
    int length = column == null ? BasicTypes.DEFAULT_LENGTH : mirrors.integer(column, "length");
    Optional<Column> built = basicColumns.keyColumn(attribute.element(), keyType, name, length,
        column == null ? 0 : mirrors.integer(column, "precision"), column == null ? 0 : mirrors.integer(column, "scale"));
    if (built.isEmpty()) {
      return Optional.empty();
    }
    tables.addColumn(table, built.get().notNull(), attribute.element(), false);
    return Optional.of(name);
  }
}
