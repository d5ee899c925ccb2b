package dev.retort.processor.jpa;

import dev.retort.processor.Diagnostics;
import dev.retort.processor.Diagnostics.Tag;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * What {@code @GeneratedValue} needs in the database, with the defaults of Hibernate 6 and 7:
 * IDENTITY makes an identity column; SEQUENCE (and AUTO on a number) a sequence, by default
 * {@code <entity>_SEQ} starting at 1 by 50; TABLE a generator table, by default
 * {@code hibernate_sequences(sequence_name, next_val)}; UUID (and AUTO on a UUID) nothing.
 */
final class Generators {
  static final String DEFAULT_TABLE = "hibernate_sequences";
  static final String DEFAULT_SEGMENT_COLUMN = "sequence_name";
  static final String DEFAULT_VALUE_COLUMN = "next_val";

  private final Mirrors mirrors;
  private final Naming naming;
  private final Diagnostics diagnostics;
  private final ColumnTypes columnTypes;
  private final Map<String, Sequence> sequences;
  private final Map<String, List<String>> sequenceTables;
  private final Tables tables;

  Generators(Mirrors mirrors, Naming naming, Diagnostics diagnostics, ColumnTypes columnTypes,
      Map<String, Sequence> sequences, Map<String, List<String>> sequenceTables, Tables tables) {
    this.mirrors = mirrors;
    this.naming = naming;
    this.diagnostics = diagnostics;
    this.columnTypes = columnTypes;
    this.sequences = sequences;
    this.sequenceTables = sequenceTables;
    this.tables = tables;
  }

  static boolean isIdentity(Mirrors mirrors, Attribute id) {
    return mirrors.jpa(id.element(), JpaNames.GENERATED_VALUE)
        .map(g -> mirrors.enumConstant(g, "strategy").equals("IDENTITY"))
        .orElse(false);
  }

  /** Declares the sequence or table the identifier's generator needs. */
  void read(EntityInfo entity, Attribute id) {
    Optional<AnnotationMirror> generated = mirrors.jpa(id.element(), JpaNames.GENERATED_VALUE);
    if (generated.isEmpty()) {
      return;
    }
    String strategy = mirrors.enumConstant(generated.get(), "strategy");
    String generator = mirrors.string(generated.get(), "generator");
    String javaType = columnTypes.typeName(id.type());
    boolean uuid = javaType.equals("java.util.UUID") || javaType.equals("java.lang.String");
    if (strategy.equals("AUTO") && !generator.isEmpty()) {
      if (find(id.element(), entity.type(), JpaNames.TABLE_GENERATOR, generator).isPresent()) {
        strategy = "TABLE";
      } else {
        strategy = "SEQUENCE";
      }
    }
    switch (strategy) {
      case "IDENTITY", "UUID" -> { }
      case "AUTO" -> {
        if (!uuid) {
          sequence(entity, id, generator, generated.get());
        }
      }
      case "SEQUENCE" -> sequence(entity, id, generator, generated.get());
      case "TABLE" -> table(entity, id, generator, generated.get());
      default -> diagnostics.error(Tag.UNSUPPORTED, "Retort does not support @GeneratedValue(strategy = " + strategy
          + "). Use IDENTITY, SEQUENCE, TABLE, AUTO or UUID.", id.element(), generated.get());
    }
  }

  private void sequence(EntityInfo entity, Attribute id, String generatorName, AnnotationMirror generated) {
    String name = naming.physical(entity.root().entityName() + "_SEQ");
    long start = 1;
    long increment = 50;
    Optional<AnnotationMirror> generator = generatorName.isEmpty()
        ? unnamed(id.element(), entity.type(), JpaNames.SEQUENCE_GENERATOR)
        : find(id.element(), entity.type(), JpaNames.SEQUENCE_GENERATOR, generatorName);
    if (generator.isEmpty() && !generatorName.isEmpty()) {
      diagnostics.error(Tag.MAPPING, "No @SequenceGenerator(name = \"" + generatorName + "\") found on this attribute, "
          + "its class or a superclass. Declare it, or remove generator = \"" + generatorName + "\".", id.element(), generated);
      return;
    }
    if (generator.isPresent()) {
      String sequenceName = mirrors.string(generator.get(), "sequenceName");
      String gName = mirrors.string(generator.get(), "name");
      if (!sequenceName.isEmpty()) {
        name = naming.explicit(sequenceName);
      } else if (!gName.isEmpty()) {
        name = naming.explicit(gName);
      }
      String schema = mirrors.string(generator.get(), "schema");
      if (!schema.isEmpty()) {
        name = naming.explicit(schema) + "." + name;
      }
      start = mirrors.integer(generator.get(), "initialValue");
      increment = mirrors.integer(generator.get(), "allocationSize");
    }
    Sequence sequence = new Sequence(name, start, increment);
    Sequence previous = sequences.putIfAbsent(name, sequence);
    List<String> users = sequenceTables.computeIfAbsent(name, n -> new ArrayList<>());
    if (!users.contains(entity.table())) {
      users.add(entity.table());
    }
    if (previous != null && !previous.equals(sequence)) {
      diagnostics.error(Tag.MAPPING, "Sequence " + name + " is declared twice with different settings (start "
          + previous.start() + " by " + previous.increment() + ", and start " + start + " by " + increment
          + "). Make them agree.", id.element(), generated);
    }
  }

  private void table(EntityInfo entity, Attribute id, String generatorName, AnnotationMirror generated) {
    String table = DEFAULT_TABLE;
    String segment = DEFAULT_SEGMENT_COLUMN;
    String value = DEFAULT_VALUE_COLUMN;
    Optional<AnnotationMirror> generator = generatorName.isEmpty()
        ? unnamed(id.element(), entity.type(), JpaNames.TABLE_GENERATOR)
        : find(id.element(), entity.type(), JpaNames.TABLE_GENERATOR, generatorName);
    if (generator.isEmpty() && !generatorName.isEmpty()) {
      diagnostics.error(Tag.MAPPING, "No @TableGenerator(name = \"" + generatorName + "\") found on this attribute, "
          + "its class or a superclass. Declare it, or remove generator = \"" + generatorName + "\".", id.element(), generated);
      return;
    }
    Element origin = id.element();
    if (generator.isPresent()) {
      AnnotationMirror g = generator.get();
      if (!mirrors.string(g, "table").isEmpty()) {
        table = mirrors.string(g, "table");
      }
      if (!mirrors.string(g, "schema").isEmpty()) {
        table = mirrors.string(g, "schema") + "." + table;
      }
      if (!mirrors.string(g, "pkColumnName").isEmpty()) {
        segment = mirrors.string(g, "pkColumnName");
      }
      if (!mirrors.string(g, "valueColumnName").isEmpty()) {
        value = mirrors.string(g, "valueColumnName");
      }
      if (!mirrors.annotations(g, "uniqueConstraints").isEmpty() || !mirrors.annotations(g, "indexes").isEmpty()) {
        diagnostics.error(Tag.UNSUPPORTED, "Retort does not support uniqueConstraints or indexes on a @TableGenerator. "
            + "Remove them: the segment column is the generator table's primary key already.", id.element(), g);
        return;
      }
    }
    table = naming.explicit(table);
    TableBuilder builder = tables.generatorTable(naming.explicit(table), origin);
    String segmentColumn = naming.explicit(segment);
    String valueColumn = naming.explicit(value);
    Column segmentDef = new Column(segmentColumn, ColumnType.varchar(BasicTypes.DEFAULT_LENGTH), false, false, null);
    Column valueDef = new Column(valueColumn, ColumnType.BIGINT, true, false, null);
    if (builder.column(segmentColumn).isEmpty()) {
      builder.add(segmentDef);
      builder.primaryKey(List.of(segmentColumn));
    }
    if (builder.column(valueColumn).isEmpty()) {
      builder.add(valueDef);
    }
    if (!builder.column(segmentColumn).get().equals(segmentDef) || !builder.column(valueColumn).get().equals(valueDef)
        || builder.primaryKey().size() != 1) {
      diagnostics.error(Tag.MAPPING, "The generator table " + table + " is declared twice with different columns. "
          + "Give the @TableGenerators the same pkColumnName and valueColumnName.", id.element(), generated);
    }
  }

  /** A generator declared with this name on the attribute, the entity or one of its superclasses. */
  private Optional<AnnotationMirror> find(Element attribute, TypeElement type, String annotation, String name) {
    for (Element place : places(attribute, type)) {
      Optional<AnnotationMirror> generator = mirrors.jpa(place, annotation)
          .filter(g -> mirrors.string(g, "name").equals(name));
      if (generator.isPresent()) {
        return generator;
      }
    }
    return Optional.empty();
  }

  /** A generator on the attribute itself, which {@code @GeneratedValue} without a name uses (JPA 3.2). */
  private Optional<AnnotationMirror> unnamed(Element attribute, TypeElement type, String annotation) {
    Optional<AnnotationMirror> onAttribute = mirrors.jpa(attribute, annotation);
    if (onAttribute.isPresent()) {
      return onAttribute;
    }
    for (Element place : places(attribute, type)) {
      Optional<AnnotationMirror> generator = mirrors.jpa(place, annotation).filter(g -> mirrors.string(g, "name").isEmpty());
      if (generator.isPresent()) {
        return generator;
      }
    }
    return Optional.empty();
  }

  private static List<Element> places(Element attribute, TypeElement type) {
    List<Element> places = new ArrayList<>();
    places.add(attribute);
    for (TypeElement t = type; t != null; t = Members.superclass(t)) {
      places.add(t);
    }
    return places;
  }
}
