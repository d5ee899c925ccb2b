package dev.retort.processor.jpa;

import dev.retort.processor.Diagnostics;
import dev.retort.processor.Diagnostics.Tag;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * Hands each attribute to the class for its kind of mapping, and expands embeddables (nested ones
 * too) in place, with the overrides written around them.
 */
final class AttributeReader {
  private final Mirrors mirrors;
  private final Members members;
  private final Diagnostics diagnostics;
  private final BasicColumns basicColumns;
  private final Associations associations;
  private final JoinTables joinTables;
  private final CollectionTables collectionTables;
  private final Tables tables;

  AttributeReader(Mirrors mirrors, Members members, Diagnostics diagnostics, BasicColumns basicColumns,
      Associations associations, JoinTables joinTables, CollectionTables collectionTables, Tables tables) {
    this.mirrors = mirrors;
    this.members = members;
    this.diagnostics = diagnostics;
    this.basicColumns = basicColumns;
    this.associations = associations;
    this.joinTables = joinTables;
    this.collectionTables = collectionTables;
    this.tables = tables;
  }

  void read(Context context, Attribute attribute) {
    Element element = attribute.element();
    for (String name : JpaNames.UNSUPPORTED_ON_ATTRIBUTES) {
      Optional<AnnotationMirror> annotation = mirrors.jpa(element, name);
      if (annotation.isPresent()) {
        diagnostics.error(Tag.UNSUPPORTED, "Retort does not support @" + name + " yet. Key the map by a basic "
            + "value with @MapKeyColumn, or mark the attribute @Transient and map it another way.", element, annotation.get());
        return;
      }
    }
    if (Keys.isToOne(mirrors, attribute)) {
      associations.toOne(context, attribute);
    } else if (mirrors.hasJpa(element, JpaNames.ONE_TO_MANY)) {
      oneToMany(context, attribute);
    } else if (mirrors.hasJpa(element, JpaNames.MANY_TO_MANY)) {
      AnnotationMirror manyToMany = mirrors.jpa(element, JpaNames.MANY_TO_MANY).orElseThrow();
      if (mirrors.string(manyToMany, "mappedBy").isEmpty()) {
        associations.target(attribute).ifPresent(t -> joinTables.read(context, attribute, t, false));
      }
    } else if (mirrors.hasJpa(element, JpaNames.ELEMENT_COLLECTION)) {
      if (context.inCollection()) {
        diagnostics.error(Tag.UNSUPPORTED, "Retort does not support a collection inside an element collection's "
            + "embeddable (JPA does not either). Make the embeddable an entity.", element);
        return;
      }
      collectionTables.read(context, attribute, this);
    } else if (isEmbedded(attribute)) {
      embeddable(context, attribute, (DeclaredType) attribute.type(), context.pathOf(attribute));
    } else {
      basicColumns.read(context, attribute);
    }
  }

  boolean isEmbedded(Attribute attribute) {
    TypeElement type = Mirrors.asTypeElement(attribute.type());
    return mirrors.hasJpa(attribute.element(), JpaNames.EMBEDDED) || mirrors.hasJpa(attribute.element(), JpaNames.EMBEDDED_ID)
        || (type != null && mirrors.hasJpa(type, JpaNames.EMBEDDABLE));
  }

  /**
   * Reads an embeddable's attributes into the context's table at {@code path}. The overrides on
   * {@code attribute} (when it is the embedded attribute itself) apply under those from further out.
   */
  void embeddable(Context context, Attribute attribute, DeclaredType type, String path) {
    TypeElement embeddable = (TypeElement) type.asElement();
    if (!mirrors.hasJpa(embeddable, JpaNames.EMBEDDABLE)) {
      diagnostics.error(Tag.MAPPING, embeddable.getSimpleName() + " is used as @Embedded but is not an @Embeddable. "
          + "Annotate it @Embeddable.", attribute.element());
      return;
    }
    Overrides overrides = context.inCollection() && path.equals(context.path())
        ? context.overrides()
        : Overrides.of(mirrors, attribute.element(), path).under(context.overrides());
    Members.Access access = members.explicitAccess(embeddable).orElse(context.entity().access());
    Context inner = context.nested(path, overrides, type);
    for (Attribute nested : members.attributes(embeddable, null, type, access)) {
      read(inner, nested);
    }
  }

  private void oneToMany(Context context, Attribute attribute) {
    AnnotationMirror oneToMany = mirrors.jpa(attribute.element(), JpaNames.ONE_TO_MANY).orElseThrow();
    Optional<EntityInfo> target = associations.target(attribute);
    if (target.isEmpty()) {
      return;
    }
    List<AnnotationMirror> joins = associations.joinColumnAnnotations(context, attribute);
    if (!mirrors.string(oneToMany, "mappedBy").isEmpty()) {
      if (mirrors.hasJpa(attribute.element(), JpaNames.ORDER_COLUMN) && target.get().table() != null) {
        joinTables.orderColumn(tables.entityTable(target.get()), attribute, true);
      }
      return; // the child's @ManyToOne owns the foreign key
    }
    if (!joins.isEmpty()) {
      associations.oneToManyJoinColumn(context, attribute, target.get(), joins);
      if (mirrors.hasJpa(attribute.element(), JpaNames.ORDER_COLUMN) && target.get().table() != null) {
        joinTables.orderColumn(tables.entityTable(target.get()), attribute, true);
      }
      return;
    }
    joinTables.read(context, attribute, target.get(), true);
  }
}
