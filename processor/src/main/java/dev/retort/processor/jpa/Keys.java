package dev.retort.processor.jpa;

import dev.retort.processor.Diagnostics;
import dev.retort.processor.Diagnostics.Tag;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * An entity's primary key columns: a basic {@code @Id}, an {@code @EmbeddedId}, the {@code @Id}
 * attributes of an {@code @IdClass}, a key derived from an association ({@code @Id} on a to-one,
 * or {@code @MapsId}), and the key of a JOINED subclass ({@code @PrimaryKeyJoinColumn}).
 */
final class Keys {
  private final Mirrors mirrors;
  private final Members members;
  private final ColumnTypes columnTypes;
  private final Naming naming;
  private final Diagnostics diagnostics;
  private final Entities entities;
  private final JoinColumns joinColumns;

  Keys(Mirrors mirrors, Members members, ColumnTypes columnTypes, Naming naming, Diagnostics diagnostics,
      Entities entities, JoinColumns joinColumns) {
    this.mirrors = mirrors;
    this.members = members;
    this.columnTypes = columnTypes;
    this.naming = naming;
    this.diagnostics = diagnostics;
    this.entities = entities;
    this.joinColumns = joinColumns;
  }

  static boolean isToOne(Mirrors mirrors, Attribute a) {
    return mirrors.hasJpa(a.element(), JpaNames.MANY_TO_ONE) || mirrors.hasJpa(a.element(), JpaNames.ONE_TO_ONE);
  }

  Optional<List<EntityInfo.KeyColumn>> read(TypeElement type, String entityName, Members.Access access) {
    List<Attribute> attributes = members.attributes(type, null, (DeclaredType) type.asType(), access);
    List<EntityInfo.KeyColumn> key = new ArrayList<>();
    int errors = diagnostics.errorCount();
    Attribute embeddedId = null;
    for (Attribute a : attributes) {
      if (mirrors.hasJpa(a.element(), JpaNames.EMBEDDED_ID)) {
        embeddedId = a;
        TypeElement embeddable = Mirrors.asTypeElement(a.type());
        Overrides overrides = Overrides.of(mirrors, a.element(), "");
        for (Attribute part : members.attributes(embeddable, null, (DeclaredType) a.type(), access)) {
          basicKeyColumn(part, overrides.column(part.name())).ifPresent(c -> key.add(new EntityInfo.KeyColumn(part.name(), c)));
        }
      }
    }
    for (Attribute a : attributes) {
      if (!mirrors.hasJpa(a.element(), JpaNames.ID)) {
        continue;
      }
      if (isToOne(mirrors, a)) {
        derived(a, a.name()).ifPresent(key::addAll);
      } else {
        Optional<Attribute> mapsId = attributes.stream()
            .filter(o -> mirrors.jpa(o.element(), JpaNames.MAPS_ID).map(m -> mirrors.string(m, "value").isEmpty()).orElse(false))
            .findFirst();
        if (mapsId.isPresent()) {
          derived(mapsId.get(), a.name()).ifPresent(key::addAll);
        } else {
          basicKeyColumn(a, mirrors.jpa(a.element(), JpaNames.COLUMN).orElse(null))
              .ifPresent(c -> key.add(new EntityInfo.KeyColumn(a.name(), c)));
        }
      }
    }
    if (embeddedId != null) {
      // @MapsId("attribute") puts the join column in place of that attribute of the embedded id
      for (Attribute a : attributes) {
        Optional<AnnotationMirror> mapsId = mirrors.jpa(a.element(), JpaNames.MAPS_ID);
        if (mapsId.isEmpty() || mirrors.string(mapsId.get(), "value").isEmpty()) {
          continue;
        }
        String part = mirrors.string(mapsId.get(), "value");
        int index = indexOf(key, part);
        if (index < 0) {
          diagnostics.error(Tag.MAPPING, "@MapsId(\"" + part + "\") names no attribute of the embedded id "
              + embeddedId.type() + ".", a.element(), mapsId.get());
          continue;
        }
        Optional<List<EntityInfo.KeyColumn>> join = derived(a, part);
        if (join.isPresent() && join.get().size() == 1) {
          key.set(index, join.get().get(0));
        } else if (join.isPresent()) {
          diagnostics.error(Tag.UNSUPPORTED, "Retort does not support @MapsId(\"" + part + "\") to an entity with a "
              + "composite key yet. Map the key attributes explicitly.", a.element(), mapsId.get());
        }
      }
    }
    if (key.isEmpty() && diagnostics.errorCount() == errors) {
      diagnostics.error(Tag.MAPPING, "Entity " + type.getSimpleName() + " has no @Id or @EmbeddedId attribute. "
          + "Add one, or make the class a @MappedSuperclass.", type);
    }
    return diagnostics.errorCount() == errors && !key.isEmpty() ? Optional.of(key) : Optional.empty();
  }

  private static int indexOf(List<EntityInfo.KeyColumn> key, String attribute) {
    for (int i = 0; i < key.size(); i++) {
      if (key.get(i).attribute().equals(attribute)) {
        return i;
      }
    }
    return -1;
  }

  /** The join columns of a to-one association, as key columns named after {@code attribute}. */
  private Optional<List<EntityInfo.KeyColumn>> derived(Attribute association, String attribute) {
    Optional<EntityInfo> target = Associations.targetOf(mirrors, diagnostics, association)
        .flatMap(entities::get);
    if (target.isEmpty()) {
      return Optional.empty();
    }
    List<AnnotationMirror> annotations = mirrors.repeated(association.element(), JpaNames.JOIN_COLUMN, JpaNames.JOIN_COLUMNS);
    return joinColumns.resolve(association.element(), annotations, target.get(), association.name(), n -> Optional.empty())
        .map(joins -> joins.stream()
            .map(j -> new EntityInfo.KeyColumn(target.get().key().size() == 1 ? attribute : j.referenced().attribute(),
                new Column(j.name(), j.referenced().column().type(), false, false, null)))
            .toList());
  }

  private Optional<Column> basicKeyColumn(Attribute a, AnnotationMirror column) {
    Optional<ColumnType> type = columnTypes.of(a.element(), a.type(), column);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    String name = column != null && !mirrors.string(column, "name").isEmpty()
        ? naming.explicit(mirrors.string(column, "name")) : naming.physical(a.name());
    return Optional.of(new Column(name, type.get(), false, Generators.isIdentity(mirrors, a), null));
  }

  /**
   * A JOINED subclass's key: its parent's, renamed by {@code @PrimaryKeyJoinColumn}s, in order or by
   * referencedColumnName.
   */
  List<EntityInfo.KeyColumn> joinedKey(TypeElement type, EntityInfo parent) {
    List<AnnotationMirror> pkJoins = mirrors.repeated(type, JpaNames.PRIMARY_KEY_JOIN_COLUMN, JpaNames.PRIMARY_KEY_JOIN_COLUMNS);
    List<EntityInfo.KeyColumn> key = new ArrayList<>();
    for (int i = 0; i < parent.key().size(); i++) {
      EntityInfo.KeyColumn k = parent.key().get(i);
      String name = k.column().name();
      for (int j = 0; j < pkJoins.size(); j++) {
        AnnotationMirror p = pkJoins.get(j);
        String referenced = mirrors.string(p, "referencedColumnName");
        if ((referenced.isEmpty() && j == i) || referenced.equalsIgnoreCase(k.column().name())) {
          if (!mirrors.string(p, "name").isEmpty()) {
            name = naming.explicit(mirrors.string(p, "name"));
          }
        }
      }
      key.add(new EntityInfo.KeyColumn(k.attribute(), new Column(name, k.column().type(), false, false, null)));
    }
    return key;
  }
}
