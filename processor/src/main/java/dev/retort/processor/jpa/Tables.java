package dev.retort.processor.jpa;

import dev.retort.processor.Diagnostics;
import dev.retort.processor.Diagnostics.Tag;
import dev.retort.schema.Column;
import dev.retort.schema.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Element;

/**
 * Every table being built, the element each table and column comes from, and the renames their
 * {@code @RenamedFrom} annotations declare.
 */
final class Tables {
  private static final String RENAMED_FROM = "dev.retort.RenamedFrom";

  private final Mirrors mirrors;
  private final Diagnostics diagnostics;
  private final Map<String, TableBuilder> builders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final Map<String, Element> origins = new LinkedHashMap<>();
  private final Map<String, String> tableRenames = new TreeMap<>();
  private final Map<String, Map<String, String>> columnRenames = new TreeMap<>();
  private final Map<String, List<String>> ordinals = new TreeMap<>();
  private final Map<String, List<String>> discriminators = new TreeMap<>();
  private final Map<String, String> noDiscriminators = new TreeMap<>();

  Tables(Mirrors mirrors, Diagnostics diagnostics) {
    this.mirrors = mirrors;
    this.diagnostics = diagnostics;
  }

  /** The table of an entity, created on first use. */
  TableBuilder entityTable(EntityInfo entity) {
    TableBuilder builder = builders.get(entity.table());
    if (builder == null) {
      builder = new TableBuilder(entity.table(), entity.type());
      builders.put(entity.table(), builder);
      origins.put(entity.table(), entity.type());
      TableBuilder created = builder;
      mirrors.named(entity.type(), RENAMED_FROM).ifPresent(r -> tableRenames.put(created.name, mirrors.string(r, "value")));
    }
    return builder;
  }

  /** A new join or collection table; null after reporting a clash with another table. */
  TableBuilder newTable(String name, Element origin) {
    if (builders.containsKey(name)) {
      diagnostics.error(Tag.MAPPING, "The table " + name + " is mapped twice (by " + describe(builders.get(name).origin)
          + " and here). Name one of them differently with @JoinTable(name) or @CollectionTable(name).", origin);
      return null;
    }
    TableBuilder builder = new TableBuilder(name, origin);
    builders.put(name, builder);
    origins.put(name, origin);
    return builder;
  }

  /** A generator table, which several entities may share. */
  TableBuilder generatorTable(String name, Element origin) {
    return builders.computeIfAbsent(name, n -> {
      origins.put(n, origin);
      return new TableBuilder(n, origin);
    });
  }

  boolean exists(String name) {
    return builders.containsKey(name);
  }

  TableBuilder get(String name) {
    return builders.get(name);
  }

  /**
   * Adds a column. The same column mapped twice is an error, except when {@code shared} (sibling
   * SINGLE_TABLE subclasses may map one column, as Hibernate allows, when they agree on it).
   */
  boolean addColumn(TableBuilder table, Column column, Element element, boolean shared) {
    var existing = table.column(column.name());
    if (existing.isPresent()) {
      if (shared && existing.get().equals(column)) {
        return true;
      }
      diagnostics.error(Tag.MAPPING, "Column " + column.name() + " is mapped twice in table " + table.name
          + (origins.containsKey(table.name + "." + existing.get().name())
              ? " (also by " + describe(origins.get(table.name + "." + existing.get().name())) + ")" : "")
          + ". Give one of the attributes another column name (@Column(name), @AttributeOverride or @JoinColumn(name)).",
          element);
      return false;
    }
    table.add(column);
    origins.put(table.name + "." + column.name(), element);
    mirrors.named(element, RENAMED_FROM).ifPresent(r -> columnRenames
        .computeIfAbsent(table.name, t -> new TreeMap<>())
        .put(column.name(), mirrors.string(r, "value")));
    return true;
  }

  private static String describe(Element element) {
    Element enclosing = element.getEnclosingElement();
    return enclosing == null || element.getKind().isClass() ? element.getSimpleName().toString()
        : enclosing.getSimpleName() + "." + element.getSimpleName();
  }

  Map<String, Table> build() {
    Map<String, Table> tables = new TreeMap<>();
    builders.values().forEach(b -> tables.put(b.name, b.build()));
    return tables;
  }

  /** Records the constants of the ORDINAL enum a column stores, in declaration order. */
  void ordinals(TableBuilder table, String column, List<String> constants) {
    ordinals.put(table.name + "." + column, List.copyOf(constants));
  }

  /** Records a hierarchy's discriminator column and the values (SQL literals) its check allows. */
  void discriminator(TableBuilder table, String column, List<String> values) {
    discriminators.put(table.name + "." + column, List.copyOf(values));
  }

  Map<String, List<String>> discriminators() {
    return discriminators;
  }

  /**
   * Records a SINGLE_TABLE root that has no discriminator (no subclasses, none declared): the
   * column it would have had, and the entity's own value (an SQL literal) that such a column held.
   */
  void noDiscriminator(TableBuilder table, String column, String value) {
    noDiscriminators.put(table.name + "." + column, value);
  }

  Map<String, String> noDiscriminators() {
    return noDiscriminators;
  }

  Map<String, List<String>> ordinals() {
    return ordinals;
  }

  Map<String, Element> origins() {
    return origins;
  }

  Map<String, String> tableRenames() {
    return tableRenames;
  }

  Map<String, Map<String, String>> columnRenames() {
    return columnRenames;
  }
}
