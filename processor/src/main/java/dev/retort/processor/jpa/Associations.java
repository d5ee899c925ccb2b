package dev.retort.processor.jpa;

import dev.retort.processor.Diagnostics;
import dev.retort.processor.Diagnostics.Tag;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * To-one associations ({@code @ManyToOne}, the owning side of {@code @OneToOne}, a {@code @MapsId}
 * or {@code @Id} one) and {@code @OneToMany} with {@code @JoinColumn}, whose foreign key lives in
 * the child's table.
 */
final class Associations {
  private final Mirrors mirrors;
  private final Diagnostics diagnostics;
  private final Entities entities;
  private final JoinColumns joinColumns;
  private final SqlNames sqlNames;
  private final Tables tables;
  private final TargetColumns targetColumns;

  Associations(Mirrors mirrors, Diagnostics diagnostics, Entities entities, JoinColumns joinColumns, SqlNames sqlNames,
      Tables tables, TargetColumns targetColumns) {
    this.mirrors = mirrors;
    this.diagnostics = diagnostics;
    this.entities = entities;
    this.joinColumns = joinColumns;
    this.sqlNames = sqlNames;
    this.tables = tables;
    this.targetColumns = targetColumns;
  }

  /** The target entity class of an association: {@code targetEntity}, or the attribute's (element) type. */
  static Optional<TypeElement> targetOf(Mirrors mirrors, Diagnostics diagnostics, Attribute attribute) {
    AnnotationMirror association = null;
    for (String name : List.of(JpaNames.MANY_TO_ONE, JpaNames.ONE_TO_ONE, JpaNames.ONE_TO_MANY, JpaNames.MANY_TO_MANY)) {
      association = association != null ? association : mirrors.jpa(attribute.element(), name).orElse(null);
    }
    TypeMirror declared = attribute.type();
    if (association != null && (mirrors.hasJpa(attribute.element(), JpaNames.ONE_TO_MANY)
        || mirrors.hasJpa(attribute.element(), JpaNames.MANY_TO_MANY))) {
      List<? extends TypeMirror> arguments = declared instanceof DeclaredType d ? d.getTypeArguments() : List.of();
      declared = arguments.isEmpty() ? null : arguments.get(arguments.size() - 1);
    }
    TypeMirror targetEntity = association == null ? null : mirrors.type(association, "targetEntity");
    TypeElement target = targetEntity != null && targetEntity.getKind() != TypeKind.VOID
        ? Mirrors.asTypeElement(targetEntity) : declared == null ? null : Mirrors.asTypeElement(declared);
    if (target == null || !mirrors.hasJpa(target, JpaNames.ENTITY)) {
      diagnostics.error(Tag.MAPPING, "The association's target " + (target == null ? attribute.type() : target.getSimpleName())
          + " is not an @Entity. Point it at an entity, or set targetEntity.", attribute.element(), association);
      return Optional.empty();
    }
    return Optional.of(target);
  }

  Optional<EntityInfo> target(Attribute attribute) {
    return targetOf(mirrors, diagnostics, attribute).flatMap(entities::get);
  }

  /** The join columns (overridden by an {@code @AssociationOverride} from further out). */
  List<AnnotationMirror> joinColumnAnnotations(Context context, Attribute attribute) {
    AnnotationMirror override = context.overrides().association(context.pathOf(attribute));
    if (override != null) {
      return mirrors.annotations(override, "joinColumns");
    }
    return mirrors.repeated(attribute.element(), JpaNames.JOIN_COLUMN, JpaNames.JOIN_COLUMNS);
  }

  void toOne(Context context, Attribute attribute) {
    boolean oneToOne = mirrors.hasJpa(attribute.element(), JpaNames.ONE_TO_ONE);
    AnnotationMirror association = mirrors.jpa(attribute.element(), oneToOne ? JpaNames.ONE_TO_ONE : JpaNames.MANY_TO_ONE).orElseThrow();
    if (oneToOne && !mirrors.string(association, "mappedBy").isEmpty()) {
      return; // the other side owns the foreign key
    }
    Optional<EntityInfo> target = target(attribute);
    if (target.isEmpty()) {
      return;
    }
    TableBuilder table = context.table();
    Optional<AnnotationMirror> mapsId = mirrors.jpa(attribute.element(), JpaNames.MAPS_ID);
    boolean id = mirrors.hasJpa(attribute.element(), JpaNames.ID);
    List<AnnotationMirror> annotations = joinColumnAnnotations(context, attribute);
    Optional<List<JoinColumns.Join>> joins = joinColumns.resolve(attribute.element(), annotations, target.get(),
        attribute.name(), name -> targetColumns.find(target.get(), name));
    if (joins.isEmpty()) {
      return;
    }
    if (mapsId.isPresent() || id) {
      // the key columns are in the table already; this association only adds their foreign key
      if (mapsId.isPresent() && !mirrors.string(mapsId.get(), "value").isEmpty()) {
        List<JoinColumns.Join> one = joins.get();
        addForeignKey(context, attribute, one, target.get());
      } else {
        addForeignKey(context, attribute, joins.get(), target.get());
      }
      return;
    }
    // Hibernate's Bean Validation integration makes a @NotNull association's join columns NOT NULL
    boolean nullable = mirrors.bool(association, "optional") && !new BeanValidation(mirrors).notNull(attribute.element());
    boolean unique = oneToOne;
    for (AnnotationMirror a : annotations) {
      nullable = nullable && mirrors.bool(a, "nullable");
      unique = unique || mirrors.bool(a, "unique");
    }
    for (JoinColumns.Join join : joins.get()) {
      if (!sqlNames.check(join.name(), attribute.element(), join.annotation(), "column")) {
        return;
      }
      Column column = new Column(join.name(), join.referenced().column().type(), nullable || context.forceNullable(), false, null);
      if (!tables.addColumn(table, column, attribute.element(), context.forceNullable())) {
        return;
      }
    }
    List<String> names = joins.get().stream().map(JoinColumns.Join::name).toList();
    if (unique) {
      table.unique(new UniqueConstraint(Naming.unique(table.name, names), names));
    }
    addForeignKey(context, attribute, joins.get(), target.get());
  }

  private void addForeignKey(Context context, Attribute attribute, List<JoinColumns.Join> joins, EntityInfo target) {
    if (target.table() == null || target.strategy() == EntityInfo.Strategy.TABLE_PER_CLASS) {
      return; // a union of tables: no single table to reference
    }
    AnnotationMirror container = mirrors.jpa(attribute.element(), JpaNames.JOIN_COLUMNS).orElse(null);
    AnnotationMirror override = context.overrides().association(context.pathOf(attribute));
    if (override != null) {
      container = override;
    }
    joinColumns.foreignKey(context.table().name, joins, target.table(), container, "foreignKey")
        .ifPresent(context.table()::foreignKey);
  }

  /** {@code @OneToMany} with join columns: the foreign key goes into the child's table. */
  void oneToManyJoinColumn(Context context, Attribute attribute, EntityInfo child, List<AnnotationMirror> annotations) {
    TableBuilder childTable = child.table() == null ? null : tables.entityTable(child);
    if (childTable == null) {
      diagnostics.error(Tag.UNSUPPORTED, "Retort does not support @OneToMany with @JoinColumn to an abstract "
          + "TABLE_PER_CLASS entity, which has no table. Point it at a concrete entity.", attribute.element());
      return;
    }
    EntityInfo owner = context.entity();
    Optional<List<JoinColumns.Join>> joins = joinColumns.resolve(attribute.element(), annotations, owner, attribute.name(),
        name -> targetColumns.find(owner, name));
    if (joins.isEmpty()) {
      return;
    }
    boolean nullable = annotations.stream().allMatch(a -> mirrors.bool(a, "nullable"));
    for (JoinColumns.Join join : joins.get()) {
      if (!sqlNames.check(join.name(), attribute.element(), join.annotation(), "column")) {
        return;
      }
      Column column = new Column(join.name(), join.referenced().column().type(), nullable, false, null);
      if (childTable.column(join.name()).isEmpty()) {
        tables.addColumn(childTable, column, attribute.element(), false);
      }
    }
    AnnotationMirror container = mirrors.jpa(attribute.element(), JpaNames.JOIN_COLUMNS).orElse(null);
    Optional<ForeignKey> fk = joinColumns.foreignKey(childTable.name, joins.get(), owner.table(), container, "foreignKey");
    fk.ifPresent(childTable::foreignKey);
  }
}
