package dev.retort.processor.jpa;

import dev.retort.processor.Diagnostics;
import dev.retort.processor.Diagnostics.Tag;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * The second pass for one entity: its table's key, its hierarchy's columns (discriminator, the
 * JOINED subclass's foreign key to its parent), its attributes and its table-level constraints.
 *
 * <p>SINGLE_TABLE subclasses add their columns to the root's table, all nullable; JOINED
 * subclasses get a table of their own holding their key and their own attributes; concrete
 * TABLE_PER_CLASS classes get a table with every inherited attribute, abstract ones none.
 */
final class TableAssembler {
  private final Mirrors mirrors;
  private final Members members;
  private final Naming naming;
  private final Diagnostics diagnostics;
  private final Tables tables;
  private final AttributeReader attributes;
  private final Generators generators;
  private final SqlNames sqlNames;
  private final Entities entities;

  TableAssembler(Mirrors mirrors, Members members, Naming naming, Diagnostics diagnostics, Tables tables,
      AttributeReader attributes, Generators generators, SqlNames sqlNames, Entities entities) {
    this.entities = entities;
    this.mirrors = mirrors;
    this.members = members;
    this.naming = naming;
    this.diagnostics = diagnostics;
    this.tables = tables;
    this.attributes = attributes;
    this.generators = generators;
    this.sqlNames = sqlNames;
  }

  void assemble(EntityInfo entity) {
    if (entity.table() == null) {
      return;
    }
    for (Element ignored : members.ignoredMappings(entity.type(), entity.access())) {
      diagnostics.error(Tag.MAPPING, "This mapping annotation is on a " + (ignored.getKind().isField() ? "field" : "getter")
          + ", but " + entity.simpleName() + " uses " + entity.access().name().toLowerCase(Locale.ROOT)
          + " access (where its @Id is), so JPA ignores it. Move it next to the @Id's kind of member, or say "
          + "@Access(" + (ignored.getKind().isField() ? "FIELD" : "PROPERTY") + ") on it.", ignored);
    }
    boolean singleTableChild = entity.parent() != null && entity.strategy() == EntityInfo.Strategy.SINGLE_TABLE;
    TableBuilder table = tables.entityTable(entity);
    if (!singleTableChild) {
      for (EntityInfo.KeyColumn key : entity.key()) {
        tables.addColumn(table, key.column(), entity.type(), false);
      }
      table.primaryKey(entity.keyNames());
    }
    if (entity.parent() != null && entity.strategy() == EntityInfo.Strategy.JOINED) {
      EntityInfo parent = entity.parent();
      List<String> columns = entity.keyNames();
      table.foreignKey(new ForeignKey(Naming.foreignKey(table.name, columns), columns, parent.table(), parent.keyNames(),
          ForeignKey.OnDelete.NO_ACTION));
    }
    if (entity.parent() == null && (entity.strategy() == EntityInfo.Strategy.JOINED || singleTableWithDiscriminator(entity))) {
      discriminator(entity, table);
    } else if (entity.parent() == null && entity.strategy() != EntityInfo.Strategy.TABLE_PER_CLASS) {
      tables.noDiscriminator(table, discriminatorName(entity), discriminatorLiteral(entity));
    }
    DeclaredType seenFrom = (DeclaredType) entity.type().asType();
    Overrides classOverrides = Overrides.of(mirrors, entity.type(), "");
    Context context = new Context(entity, table, "", classOverrides, singleTableChild, seenFrom, false);
    List<EntityInfo> chain = new ArrayList<>();
    if (entity.strategy() == EntityInfo.Strategy.TABLE_PER_CLASS) {
      for (EntityInfo e = entity; e != null; e = e.parent()) {
        chain.add(0, e);
      }
    } else {
      chain.add(entity);
    }
    for (EntityInfo level : chain) {
      TypeElement stop = level.parent() == null ? null : level.parent().type();
      for (Attribute attribute : members.attributes(level.type(), stop, seenFrom, entity.access())) {
        if (mirrors.hasJpa(attribute.element(), JpaNames.EMBEDDED_ID)) {
          continue;
        }
        if (mirrors.hasJpa(attribute.element(), JpaNames.ID) && !Keys.isToOne(mirrors, attribute)) {
          generators.read(entity, attribute);
          continue;
        }
        if (mirrors.hasJpa(attribute.element(), JpaNames.VERSION) && singleTableChild) {
          diagnostics.error(Tag.MAPPING, "@Version belongs on the root of the hierarchy.", attribute.element());
          continue;
        }
        List<Column> before = table.build().columns();
        attributes.read(context, attribute);
        if (singleTableChild && entities.subclasses(entity).isEmpty()) {
          notNullForThisClass(entity, table, attribute, before);
        }
      }
    }
    mirrors.jpa(entity.type(), JpaNames.TABLE).ifPresent(t -> tableConstraints(entity, table, t));
  }

  /**
   * A SINGLE_TABLE subclass's column is nullable, since the other classes' rows have no value for
   * it; a value the subclass needs (a primitive, {@code nullable = false}) is checked for its own
   * rows instead, as Hibernate 7 does for primitives.
   */
  private void notNullForThisClass(EntityInfo entity, TableBuilder table, Attribute attribute, List<Column> before) {
    AnnotationMirror annotation = mirrors.jpa(attribute.element(), JpaNames.COLUMN).orElse(null);
    boolean needed = annotation != null ? !mirrors.bool(annotation, "nullable") : attribute.type().getKind().isPrimitive();
    if (!needed) {
      return;
    }
    for (Column column : table.build().columns()) {
      if (!before.contains(column)) {
        table.check(new CheckConstraint(Naming.check(table.name, column.name()),
            discriminatorName(entity.root()) + " <> " + discriminatorLiteral(entity) + " or (" + column.name() + " is not null)"));
      }
    }
  }

  /**
   * Whether a SINGLE_TABLE root, with {@code @Inheritance} or without it (as JPA and Hibernate
   * default it), has a discriminator: when it has entity subclasses, or declares
   * {@code @DiscriminatorColumn}. A root without either has none, explicit
   * {@code @Inheritance(strategy = SINGLE_TABLE)} or not ({@code @DiscriminatorValue} alone adds
   * nothing): Hibernate 7 creates no column for it and writes none. The subclasses are known here,
   * in the second pass: every entity of the compile has been read by then.
   */
  private boolean singleTableWithDiscriminator(EntityInfo root) {
    return (root.strategy() == null || root.strategy() == EntityInfo.Strategy.SINGLE_TABLE)
        && (!entities.subclasses(root).isEmpty() || mirrors.hasJpa(root.type(), JpaNames.DISCRIMINATOR_COLUMN));
  }

  /**
   * The discriminator column: DTYPE varchar(31) by default; SINGLE_TABLE has one when the root has
   * subclasses or declares it (see {@link #singleTableWithDiscriminator}), JOINED when declared.
   */
  private void discriminator(EntityInfo root, TableBuilder table) {
    Optional<AnnotationMirror> declared = mirrors.jpa(root.type(), JpaNames.DISCRIMINATOR_COLUMN);
    if (root.strategy() == EntityInfo.Strategy.TABLE_PER_CLASS
        || (root.strategy() == EntityInfo.Strategy.JOINED && declared.isEmpty())) {
      return;
    }
    String name = "DTYPE";
    ColumnType type = ColumnType.varchar(31);
    if (declared.isPresent()) {
      AnnotationMirror d = declared.get();
      if (!mirrors.string(d, "name").isEmpty()) {
        name = naming.explicit(mirrors.string(d, "name"));
      }
      type = switch (mirrors.enumConstant(d, "discriminatorType")) {
        case "CHAR" -> ColumnType.character(1);
        case "INTEGER" -> ColumnType.INTEGER;
        default -> ColumnType.varchar(mirrors.integer(d, "length"));
      };
      if (!mirrors.string(d, "columnDefinition").isEmpty()) {
        type = ColumnType.custom(mirrors.string(d, "columnDefinition"));
      }
    }
    if (sqlNames.check(name, root.type(), declared.orElse(null), "column")) {
      tables.addColumn(table, new Column(name, type, false, false, null), root.type(), false);
      if (type.kind() == ColumnType.Kind.VARCHAR || type.kind() == ColumnType.Kind.CHAR
          || type.kind() == ColumnType.Kind.INTEGER) {
        // Hibernate 6 and 7 check that the discriminator holds one of the concrete classes' values
        List<String> values = new ArrayList<>();
        List<EntityInfo> concrete = new ArrayList<>();
        concrete(root, concrete);
        concrete.sort(java.util.Comparator.comparing(e -> e == root ? "" : e.entityName()));
        for (EntityInfo e : concrete) {
          if (type.kind() == ColumnType.Kind.INTEGER && !isInteger(discriminatorValue(e))) {
            diagnostics.error(Tag.MAPPING, "The discriminator " + name + " is an INTEGER, but " + e.simpleName()
                + "'s @DiscriminatorValue(\"" + discriminatorValue(e) + "\") is not a whole number, which Hibernate "
                + "rejects. Give a number, or use discriminatorType = STRING.", e.type(),
                mirrors.jpa(e.type(), JpaNames.DISCRIMINATOR_VALUE).orElse(null));
            return;
          }
          values.add(discriminatorLiteral(e));
        }
        table.check(new CheckConstraint(Naming.check(table.name, name), name + " in (" + String.join(",", values) + ")"));
        tables.discriminator(table, name, values);
      } else {
        tables.discriminator(table, name, List.of());
      }
    }
  }

  private void concrete(EntityInfo entity, List<EntityInfo> out) {
    if (!entity.type().getModifiers().contains(javax.lang.model.element.Modifier.ABSTRACT)) {
      out.add(entity);
    }
    entities.subclasses(entity).forEach(s -> concrete(s, out));
  }

  /**
   * {@code @DiscriminatorValue}, or by default the entity name; for an INTEGER discriminator the
   * entity name's {@code hashCode()}, as Hibernate 6 and 7 default it.
   */
  String discriminatorValue(EntityInfo entity) {
    return mirrors.jpa(entity.type(), JpaNames.DISCRIMINATOR_VALUE).map(v -> mirrors.string(v, "value"))
        .orElseGet(() -> integerDiscriminator(entity.root())
            ? String.valueOf(entity.entityName().hashCode()) : entity.entityName());
  }

  /** The discriminator value as it stands in a check: a number as is, otherwise a string literal. */
  private String discriminatorLiteral(EntityInfo entity) {
    String value = discriminatorValue(entity);
    return integerDiscriminator(entity.root()) && isInteger(value) ? value.trim() : "'" + value.replace("'", "''") + "'";
  }

  private boolean integerDiscriminator(EntityInfo root) {
    return mirrors.jpa(root.type(), JpaNames.DISCRIMINATOR_COLUMN)
        .filter(d -> mirrors.string(d, "columnDefinition").isEmpty())
        .map(d -> mirrors.enumConstant(d, "discriminatorType").equals("INTEGER")).orElse(false);
  }

  private static boolean isInteger(String value) {
    try {
      Integer.parseInt(value.trim());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The discriminator column's name, for a SINGLE_TABLE subclass's checks. */
  String discriminatorName(EntityInfo root) {
    return mirrors.jpa(root.type(), JpaNames.DISCRIMINATOR_COLUMN).map(d -> mirrors.string(d, "name"))
        .filter(n -> !n.isEmpty()).map(naming::explicit).orElse("DTYPE");
  }

  private void tableConstraints(EntityInfo entity, TableBuilder table, AnnotationMirror annotation) {
    for (AnnotationMirror unique : mirrors.annotations(annotation, "uniqueConstraints")) {
      List<String> columns = mirrors.strings(unique, "columnNames").stream().map(naming::explicit).toList();
      if (!checkColumns(table, columns, entity.type(), unique)) {
        continue;
      }
      String name = mirrors.string(unique, "name");
      table.unique(new UniqueConstraint(name.isEmpty() ? Naming.unique(table.name, columns) : name, columns));
    }
    for (AnnotationMirror index : mirrors.annotations(annotation, "indexes")) {
      List<String> columns = new ArrayList<>();
      for (String part : mirrors.string(index, "columnList").split(",")) {
        String column = part.trim();
        String upper = column.toUpperCase(Locale.ROOT);
        if (upper.endsWith(" DESC")) {
          diagnostics.error(Tag.UNSUPPORTED, "Retort does not support descending index columns yet (" + column
              + "). Remove DESC: the database can read an ascending index backwards.", entity.type(), index);
          return;
        }
        if (upper.endsWith(" ASC")) {
          column = column.substring(0, column.length() - 4).trim();
        }
        columns.add(naming.explicit(column));
      }
      if (!checkColumns(table, columns, entity.type(), index)) {
        continue;
      }
      String name = mirrors.string(index, "name");
      table.index(new Index(name.isEmpty() ? Naming.index(table.name, columns) : name, table.name, columns,
          mirrors.bool(index, "unique")));
    }
    if (mirrors.has(annotation, "check")) {
      int i = 0;
      for (AnnotationMirror check : mirrors.annotations(annotation, "check")) {
        String name = mirrors.string(check, "name");
        table.check(new CheckConstraint(name.isEmpty() ? Naming.check(table.name, String.valueOf(++i)) : name,
            mirrors.string(check, "constraint")));
      }
    }
    if (mirrors.has(annotation, "comment") && !mirrors.string(annotation, "comment").isEmpty()) {
      diagnostics.warning(Tag.UNSUPPORTED, "Retort does not write table comments yet: the comment of "
          + table.name + " is left out of the migration.", entity.type());
    }
  }

  private boolean checkColumns(TableBuilder table, List<String> columns, Element element, AnnotationMirror annotation) {
    if (columns.isEmpty()) {
      diagnostics.error(Tag.MAPPING, "A constraint or index lists no column.", element, annotation);
      return false;
    }
    for (String column : columns) {
      if (table.column(column).isEmpty()) {
        diagnostics.error(Tag.MAPPING, "Table " + table.name + " has no column '" + column + "'. "
            + "Name the columns as the database knows them (the @Column name, not the field name, where they differ).",
            element, annotation);
        return false;
      }
    }
    return true;
  }
}
