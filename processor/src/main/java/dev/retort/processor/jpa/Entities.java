package dev.retort.processor.jpa;

import dev.retort.processor.Diagnostics;
import dev.retort.processor.Diagnostics.Tag;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * The first pass: each entity's name, table, place in its hierarchy and key, worked out on demand
 * so that an association can ask for its target whatever order the entities come in.
 */
final class Entities {
  private final Mirrors mirrors;
  private final Members members;
  private final Naming naming;
  private final SqlNames sqlNames;
  private final Diagnostics diagnostics;
  private Keys keys;

  private final Map<String, EntityInfo> byClass = new TreeMap<>();
  /** The entities that own a table, by the table's name in one case: two may not share one. */
  private final Map<String, EntityInfo> byTable = new HashMap<>();
  private final Set<String> failed = new HashSet<>();
  private final Set<String> inProgress = new HashSet<>();

  Entities(Mirrors mirrors, Members members, Naming naming, SqlNames sqlNames, Diagnostics diagnostics) {
    this.mirrors = mirrors;
    this.members = members;
    this.naming = naming;
    this.sqlNames = sqlNames;
    this.diagnostics = diagnostics;
  }

  void keys(Keys keys) {
    this.keys = keys;
  }

  Collection<EntityInfo> all() {
    return byClass.values();
  }

  /** The entity's information, or empty when reading it failed (reported once, on the entity). */
  Optional<EntityInfo> get(TypeElement type) {
    String name = type.getQualifiedName().toString();
    EntityInfo known = byClass.get(name);
    if (known != null || failed.contains(name)) {
      return Optional.ofNullable(known);
    }
    if (!inProgress.add(name)) {
      diagnostics.error(Tag.MAPPING, "The key of " + type.getSimpleName() + " depends on itself through "
          + "@MapsId or @Id associations. Break the cycle with an attribute of its own.", type);
      failed.add(name);
      return Optional.empty();
    }
    try {
      Optional<EntityInfo> info = describe(type);
      if (info.isEmpty()) {
        failed.add(name);
      } else {
        byClass.put(name, info.get());
        if (ownsTable(info.get())) {
          byTable.putIfAbsent(tableKey(info.get().table()), info.get());
        }
      }
      return info;
    } finally {
      inProgress.remove(name);
    }
  }

  /** Whether the entity has a table of its own: not abstract in a union, not a single-table subclass. */
  private static boolean ownsTable(EntityInfo info) {
    return info.table() != null && !(info.parent() != null && info.strategy() == EntityInfo.Strategy.SINGLE_TABLE);
  }

  /** Table names compared without case, as the databases that fold them do. */
  private static String tableKey(String table) {
    return table.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  /** The entity subclasses of {@code info} among the entities read. */
  List<EntityInfo> subclasses(EntityInfo info) {
    List<EntityInfo> subclasses = new ArrayList<>();
    for (EntityInfo e : byClass.values()) {
      if (e.parent() == info) {
        subclasses.add(e);
      }
    }
    return subclasses;
  }

  static TypeElement entitySuperclass(Mirrors mirrors, TypeElement type) {
    for (TypeElement t = Members.superclass(type); t != null; t = Members.superclass(t)) {
      if (mirrors.hasJpa(t, JpaNames.ENTITY)) {
        return t;
      }
    }
    return null;
  }

  private Optional<EntityInfo> describe(TypeElement type) {
    AnnotationMirror entity = mirrors.jpa(type, JpaNames.ENTITY).orElseThrow();
    for (String name : JpaNames.UNSUPPORTED_ON_CLASSES) {
      Optional<AnnotationMirror> annotation = mirrors.jpa(type, name);
      if (annotation.isPresent()) {
        diagnostics.error(Tag.UNSUPPORTED, "Retort does not support @" + name + " yet. Map the secondary table "
            + "as an entity of its own with a @OneToOne @MapsId to this one.", type, annotation.get());
        return Optional.empty();
      }
    }
    String entityName = mirrors.string(entity, "name");
    if (entityName.isEmpty()) {
      entityName = mirrors.unqualifiedBinaryName(type);
    }
    TypeElement superEntity = entitySuperclass(mirrors, type);
    EntityInfo parent = null;
    if (superEntity != null) {
      parent = get(superEntity).orElse(null);
      if (parent == null) {
        return Optional.empty();
      }
    }
    EntityInfo.Strategy strategy = parent != null ? parent.strategy() : strategyOf(type);
    if (parent == null && strategy == null && mirrors.hasJpa(type, JpaNames.INHERITANCE)) {
      strategy = EntityInfo.Strategy.SINGLE_TABLE;
    }
    if (parent != null && strategy == null) {
      strategy = EntityInfo.Strategy.SINGLE_TABLE; // JPA's default for an entity hierarchy
    }
    // a root without @Inheritance that has subclasses is SINGLE_TABLE (its strategy stays null: whether
    // it has subclasses is known only once every entity is read, see TableAssembler)
    EntityInfo.Strategy rootStrategy = parent == null ? null
        : parent.root().strategy() == null ? EntityInfo.Strategy.SINGLE_TABLE : parent.root().strategy();
    if (parent != null && mirrors.hasJpa(type, JpaNames.INHERITANCE) && strategyOf(type) != rootStrategy) {
      diagnostics.error(Tag.UNSUPPORTED, "Retort does not support mixing inheritance strategies in one hierarchy: "
          + type.getSimpleName() + " declares another strategy than its root " + parent.root().simpleName()
          + ". Declare @Inheritance on the root only.", type, mirrors.jpa(type, JpaNames.INHERITANCE).get());
      return Optional.empty();
    }
    String table = tableName(type, entityName);
    AnnotationMirror tableAnnotation = mirrors.jpa(type, JpaNames.TABLE).orElse(null);
    if (strategy == EntityInfo.Strategy.SINGLE_TABLE && parent != null) {
      if (tableAnnotation != null && !mirrors.string(tableAnnotation, "name").isEmpty()) {
        diagnostics.error(Tag.MAPPING, type.getSimpleName() + " is a SINGLE_TABLE subclass, so its columns live in "
            + parent.root().table() + "; it cannot have a @Table of its own. Remove @Table, or use JOINED.", type, tableAnnotation);
        return Optional.empty();
      }
      table = parent.root().table();
    } else if (strategy == EntityInfo.Strategy.TABLE_PER_CLASS && type.getModifiers().contains(Modifier.ABSTRACT)) {
      table = null; // an abstract class of a union hierarchy has no table
    } else if (!sqlNames.check(table, type, tableAnnotation, "table")) {
      return Optional.empty();
    }
    if (table != null && !(strategy == EntityInfo.Strategy.SINGLE_TABLE && parent != null)) {
      EntityInfo other = byTable.get(tableKey(table));
      if (other != null) {
        diagnostics.error(Tag.MAPPING, "Entity " + type.getSimpleName() + " maps to table " + table
            + ", which entity " + other.simpleName() + " already uses. Give one of them another @Table(name).", type);
        return Optional.empty();
      }
    }
    Members.Access access = parent != null ? parent.access() : members.defaultAccess(type);
    List<EntityInfo.KeyColumn> key;
    if (parent == null) {
      Optional<List<EntityInfo.KeyColumn>> read = keys.read(type, entityName, access);
      if (read.isEmpty()) {
        return Optional.empty();
      }
      key = read.get();
    } else {
      key = strategy == EntityInfo.Strategy.JOINED ? keys.joinedKey(type, parent) : parent.key();
      if (key == null) {
        return Optional.empty();
      }
    }
    return Optional.of(new EntityInfo(type, entityName, table, parent, strategy, access, key));
  }

  private EntityInfo.Strategy strategyOf(TypeElement type) {
    return mirrors.jpa(type, JpaNames.INHERITANCE)
        .map(i -> EntityInfo.Strategy.valueOf(mirrors.enumConstant(i, "strategy")))
        .orElse(null);
  }

  /** {@code @Table(schema, name)}, or the entity name through the naming strategy. */
  private String tableName(TypeElement type, String entityName) {
    String table = naming.physical(entityName);
    Optional<AnnotationMirror> annotation = mirrors.jpa(type, JpaNames.TABLE);
    if (annotation.isPresent()) {
      String explicit = mirrors.string(annotation.get(), "name");
      if (!explicit.isEmpty()) {
        table = naming.explicit(explicit);
      }
      String schema = mirrors.string(annotation.get(), "schema");
      if (!schema.isEmpty()) {
        table = naming.explicit(schema) + "." + table;
      }
    }
    return table;
  }
}
