package dev.retort.processor.jpa;

import dev.retort.processor.Diagnostics;
import dev.retort.processor.Diagnostics.Tag;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads {@code @Entity} classes, through annotation mirrors, into the schema they need.
 *
 * <p>Two passes: the first names every entity's table and primary key, so that the second can
 * give a foreign key the type and name of the key it references, whatever order the entities
 * come in. Every mapping it cannot read is an error on the element, never a guess.
 */
public final class EntityReader {
  private static final String RENAMED_FROM = "dev.retort.RenamedFrom";
  private static final List<String> ACCESSOR_ANNOTATIONS = List.of(
      JpaNames.ID, JpaNames.EMBEDDED_ID, JpaNames.COLUMN, JpaNames.BASIC, JpaNames.VERSION,
      JpaNames.MANY_TO_ONE, JpaNames.ONE_TO_ONE, JpaNames.ONE_TO_MANY, JpaNames.MANY_TO_MANY,
      JpaNames.EMBEDDED, JpaNames.ENUMERATED, JpaNames.LOB, JpaNames.JOIN_COLUMN);

  private final Mirrors mirrors;
  private final ColumnTypes columnTypes;
  private final Diagnostics diagnostics;
  private final Naming naming;

  /** Each entity's class name, table and primary key, from the first pass. */
  private record EntityInfo(TypeElement type, String entityName, String table, List<Column> idColumns) {}

  private final Map<String, EntityInfo> entities = new TreeMap<>();
  private final Map<String, Table> tables = new TreeMap<>();
  private final Map<String, Sequence> sequences = new TreeMap<>();
  private final Map<String, String> tableRenames = new TreeMap<>();
  private final Map<String, Map<String, String>> columnRenames = new TreeMap<>();
  private final Map<String, Element> origins = new LinkedHashMap<>();

  public EntityReader(ProcessingEnvironment env, Diagnostics diagnostics, Naming naming) {
    this.mirrors = new Mirrors(env.getElementUtils());
    this.columnTypes = new ColumnTypes(mirrors, env.getTypeUtils(), diagnostics);
    this.diagnostics = diagnostics;
    this.naming = naming;
  }

  /** Whether the type is annotated {@code @Entity} (jakarta or javax). */
  public static boolean isEntity(TypeElement type) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      String name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
      if (JpaNames.PACKAGES.stream().anyMatch(p -> name.equals(p + "." + JpaNames.ENTITY))) {
        return true;
      }
    }
    return false;
  }

  /** Reads the given entity classes, reporting every problem on its element. */
  public Mapping read(Collection<TypeElement> entityTypes) {
    List<TypeElement> sorted = new ArrayList<>(entityTypes);
    sorted.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
    for (TypeElement type : sorted) {
      describe(type);
    }
    // an association can reach an entity that is not in this round (an incremental compile):
    // it is read from the class path like the others, until no new one turns up
    Set<String> read = new HashSet<>();
    List<EntityInfo> pending;
    while (!(pending = entities.values().stream().filter(e -> !read.contains(e.table)).toList()).isEmpty()) {
      for (EntityInfo info : pending) {
        read.add(info.table);
        readTable(info);
      }
    }
    return new Mapping(new Schema(tables, sequences), tableRenames, columnRenames, origins);
  }

  // ---- first pass: names and keys ----

  private void describe(TypeElement type) {
    AnnotationMirror entity = mirrors.jpa(type, JpaNames.ENTITY).orElseThrow();
    String entityName = mirrors.string(entity, "name");
    if (entityName.isEmpty()) {
      entityName = type.getSimpleName().toString();
    }
    String table = naming.physical(entityName);
    Optional<AnnotationMirror> tableAnnotation = mirrors.jpa(type, JpaNames.TABLE);
    if (tableAnnotation.isPresent()) {
      String explicit = mirrors.string(tableAnnotation.get(), "name");
      if (!explicit.isEmpty()) {
        table = explicit;
      }
      String schema = mirrors.string(tableAnnotation.get(), "schema");
      if (!schema.isEmpty()) {
        table = schema + "." + table;
      }
    }
    if (!checkName(table, type, "table")) {
      return;
    }
    for (EntityInfo other : entities.values()) {
      if (other.table.equalsIgnoreCase(table)) {
        diagnostics.error(Tag.MAPPING, "Entity " + type.getSimpleName() + " maps to table " + table
            + ", which entity " + other.type.getSimpleName() + " already uses. Give one of them another @Table(name).", type);
        return;
      }
    }
    int errorsBefore = diagnostics.errorCount();
    List<Column> idColumns = new ArrayList<>();
    for (VariableElement field : persistentFields(type)) {
      if (mirrors.hasJpa(field, JpaNames.ID)) {
        if (mirrors.hasJpa(field, JpaNames.MANY_TO_ONE) || mirrors.hasJpa(field, JpaNames.ONE_TO_ONE)) {
          unsupported(field, "@Id on an association (derived identity)", "give the entity its own @Id attribute");
          continue;
        }
        AnnotationMirror column = mirrors.jpa(field, JpaNames.COLUMN).orElse(null);
        columnTypes.of(field, field.asType(), column).ifPresent(t ->
            idColumns.add(Column.col(columnName(field, column, field.getSimpleName().toString()), t).notNull()));
      }
    }
    if (idColumns.isEmpty()) {
      if (diagnostics.errorCount() == errorsBefore) {
        diagnostics.error(Tag.MAPPING, "Entity " + type.getSimpleName() + " has no @Id attribute. "
            + "Add an @Id field (Retort reads field access: annotations on fields).", type);
      }
      return;
    }
    String tableName = table;
    entities.put(type.getQualifiedName().toString(), new EntityInfo(type, entityName, tableName, idColumns));
    origins.put(tableName, type);
    mirrors.named(type, RENAMED_FROM).ifPresent(r -> tableRenames.put(tableName, mirrors.string(r, "value")));
  }

  /**
   * The persistent fields of an entity, mapped superclasses first. Retort reads field access;
   * JPA annotations on getters are reported rather than silently ignored.
   */
  private List<VariableElement> persistentFields(TypeElement type) {
    List<TypeElement> chain = new ArrayList<>();
    for (TypeElement t = type; t != null; t = superclass(t)) {
      if (t != type && mirrors.hasJpa(t, JpaNames.ENTITY)) {
        unsupported(type, "entity inheritance (" + type.getSimpleName() + " extends the entity "
            + t.getSimpleName() + ")", "map the superclass with @MappedSuperclass instead");
        break;
      }
      if (t == type || mirrors.hasJpa(t, JpaNames.MAPPED_SUPERCLASS) || mirrors.hasJpa(t, JpaNames.EMBEDDABLE)) {
        chain.add(0, t);
      }
    }
    List<VariableElement> fields = new ArrayList<>();
    for (TypeElement t : chain) {
      mirrors.jpa(t, JpaNames.ACCESS).filter(a -> mirrors.enumConstant(a, "value").equals("PROPERTY")).ifPresent(a ->
          unsupported(t, "@Access(PROPERTY)", "use field access: put the mapping annotations on fields"));
      for (Element member : t.getEnclosedElements()) {
        if (member.getKind() == ElementKind.METHOD) {
          for (String name : ACCESSOR_ANNOTATIONS) {
            if (mirrors.hasJpa(member, name)) {
              unsupported(member, "@" + name + " on a method (property access)",
                  "put the mapping annotations on the field instead");
              break;
            }
          }
        }
        if (member.getKind() != ElementKind.FIELD) {
          continue;
        }
        VariableElement field = (VariableElement) member;
        if (field.getModifiers().contains(Modifier.STATIC)
            || field.getModifiers().contains(Modifier.TRANSIENT)
            || mirrors.hasJpa(field, JpaNames.TRANSIENT)) {
          continue;
        }
        fields.add(field);
      }
    }
    return fields;
  }

  private static TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    if (superclass.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
    return element.getQualifiedName().contentEquals("java.lang.Object") ? null : element;
  }

  // ---- second pass: tables ----

  private void readTable(EntityInfo info) {
    Table table = Table.table(info.table);
    TableBuilder builder = new TableBuilder(info, table);
    for (VariableElement field : persistentFields(info.type)) {
      readAttribute(builder, field, "");
    }
    builder.table = builder.table.primaryKey(builder.primaryKey.toArray(String[]::new));
    mirrors.jpa(info.type, JpaNames.TABLE).ifPresent(t -> readTableConstraints(builder, t));
    tables.put(info.table, builder.table);
  }

  /** The table being built, with the primary key collected along the way. */
  private static final class TableBuilder {
    final EntityInfo info;
    Table table;
    final List<String> primaryKey = new ArrayList<>();

    TableBuilder(EntityInfo info, Table table) {
      this.info = info;
      this.table = table;
    }
  }

  private void readAttribute(TableBuilder builder, VariableElement field, String prefix) {
    for (String name : JpaNames.NOT_YET_SUPPORTED) {
      Optional<AnnotationMirror> annotation = mirrors.jpa(field, name);
      if (annotation.isPresent()) {
        diagnostics.error(Tag.UNSUPPORTED, "Retort does not support @" + name + " yet. "
            + "Mark the attribute @Transient to leave it out, or map it another way.", field, annotation.get());
        return;
      }
    }
    String attribute = prefix + field.getSimpleName();
    if (mirrors.hasJpa(field, JpaNames.MANY_TO_ONE) || mirrors.hasJpa(field, JpaNames.ONE_TO_ONE)) {
      readToOne(builder, field, attribute);
    } else if (mirrors.hasJpa(field, JpaNames.ONE_TO_MANY)) {
      AnnotationMirror oneToMany = mirrors.jpa(field, JpaNames.ONE_TO_MANY).orElseThrow();
      if (mirrors.string(oneToMany, "mappedBy").isEmpty()) {
        unsupported(field, "@OneToMany without mappedBy", "map the other side with @ManyToOne and add mappedBy here");
      }
    } else if (mirrors.hasJpa(field, JpaNames.MANY_TO_MANY)) {
      readManyToMany(builder, field);
    } else if (isEmbedded(field)) {
      TypeElement embeddable = Mirrors.asTypeElement(field.asType());
      for (VariableElement nested : persistentFields(embeddable)) {
        readAttribute(builder, nested, attribute + ".");
      }
    } else {
      readBasic(builder, field);
    }
  }

  private boolean isEmbedded(VariableElement field) {
    TypeElement type = Mirrors.asTypeElement(field.asType());
    return mirrors.hasJpa(field, JpaNames.EMBEDDED) || (type != null && mirrors.hasJpa(type, JpaNames.EMBEDDABLE));
  }

  private void readBasic(TableBuilder builder, VariableElement field) {
    AnnotationMirror columnAnnotation = mirrors.jpa(field, JpaNames.COLUMN).orElse(null);
    Optional<ColumnType> type = columnTypes.of(field, field.asType(), columnAnnotation);
    if (type.isEmpty()) {
      return;
    }
    String name = columnName(field, columnAnnotation, field.getSimpleName().toString());
    if (!checkName(name, field, "column")) {
      return;
    }
    boolean id = mirrors.hasJpa(field, JpaNames.ID);
    boolean nullable = !id
        && !columnTypes.isPrimitive(field.asType())
        && (columnAnnotation == null || mirrors.bool(columnAnnotation, "nullable"));
    Column column = new Column(name, type.get(), nullable, false, null);
    if (id) {
      builder.primaryKey.add(name);
      column = readGeneratedValue(builder, field, column);
    }
    addColumn(builder, field, column);
    if (columnAnnotation != null && mirrors.bool(columnAnnotation, "unique") && !id) {
      builder.table = builder.table.unique(new UniqueConstraint(Naming.unique(builder.info.table, List.of(name)), List.of(name)));
    }
  }

  private Column readGeneratedValue(TableBuilder builder, VariableElement field, Column column) {
    Optional<AnnotationMirror> generated = mirrors.jpa(field, JpaNames.GENERATED_VALUE);
    if (generated.isEmpty()) {
      return column;
    }
    String strategy = mirrors.enumConstant(generated.get(), "strategy");
    String javaType = columnTypes.typeName(field.asType());
    switch (strategy) {
      case "IDENTITY":
        return column.asIdentity();
      case "UUID":
        return column;
      case "AUTO":
        if (javaType.equals("java.util.UUID") || javaType.equals("java.lang.String")) {
          return column;
        }
        readSequence(builder, field, mirrors.string(generated.get(), "generator"));
        return column;
      case "SEQUENCE":
        readSequence(builder, field, mirrors.string(generated.get(), "generator"));
        return column;
      default:
        unsupported(field, "@GeneratedValue(strategy = " + strategy + ")", "use IDENTITY, SEQUENCE, AUTO or UUID");
        return column;
    }
  }

  /** The sequence Hibernate 6 and 7 use: the named generator's, or {@code <entity>_SEQ} by 50. */
  private void readSequence(TableBuilder builder, VariableElement field, String generatorName) {
    String name = builder.info.entityName + "_SEQ";
    long start = 1;
    long increment = 50;
    if (!generatorName.isEmpty()) {
      Optional<AnnotationMirror> generator = findSequenceGenerator(field, builder.info.type, generatorName);
      if (generator.isEmpty()) {
        diagnostics.error(Tag.MAPPING, "No @SequenceGenerator(name = \"" + generatorName + "\") found on this field or its class. "
            + "Declare it, or remove generator = \"" + generatorName + "\".", field);
        return;
      }
      String sequenceName = mirrors.string(generator.get(), "sequenceName");
      name = sequenceName.isEmpty() ? generatorName : sequenceName;
      start = mirrors.integer(generator.get(), "initialValue");
      increment = mirrors.integer(generator.get(), "allocationSize");
    } else {
      Optional<AnnotationMirror> generator = mirrors.jpa(field, JpaNames.SEQUENCE_GENERATOR);
      if (generator.isPresent()) {
        String sequenceName = mirrors.string(generator.get(), "sequenceName");
        name = sequenceName.isEmpty() ? mirrors.string(generator.get(), "name") : sequenceName;
        start = mirrors.integer(generator.get(), "initialValue");
        increment = mirrors.integer(generator.get(), "allocationSize");
      }
    }
    Sequence sequence = new Sequence(name, start, increment);
    Sequence previous = sequences.putIfAbsent(name, sequence);
    if (previous != null && !previous.equals(sequence)) {
      diagnostics.error(Tag.MAPPING, "Sequence " + name + " is declared twice with different settings ("
          + previous + " and " + sequence + "). Make them agree.", field);
    }
  }

  private Optional<AnnotationMirror> findSequenceGenerator(VariableElement field, TypeElement type, String name) {
    List<Element> places = new ArrayList<>();
    places.add(field);
    for (TypeElement t = type; t != null; t = superclass(t)) {
      places.add(t);
    }
    for (Element place : places) {
      Optional<AnnotationMirror> generator = mirrors.jpa(place, JpaNames.SEQUENCE_GENERATOR)
          .filter(g -> mirrors.string(g, "name").equals(name));
      if (generator.isPresent()) {
        return generator;
      }
    }
    return Optional.empty();
  }

  private void readToOne(TableBuilder builder, VariableElement field, String attribute) {
    boolean oneToOne = mirrors.hasJpa(field, JpaNames.ONE_TO_ONE);
    AnnotationMirror association = mirrors.jpa(field, oneToOne ? JpaNames.ONE_TO_ONE : JpaNames.MANY_TO_ONE).orElseThrow();
    if (oneToOne && !mirrors.string(association, "mappedBy").isEmpty()) {
      return; // the other side owns the foreign key
    }
    Optional<EntityInfo> target = target(field, association, field.asType());
    if (target.isEmpty()) {
      return;
    }
    if (target.get().idColumns.size() != 1) {
      unsupported(field, "an association to an entity with a composite key", "give " + target.get().type.getSimpleName() + " a single @Id");
      return;
    }
    Column referenced = target.get().idColumns.get(0);
    AnnotationMirror joinColumn = mirrors.jpa(field, JpaNames.JOIN_COLUMN).orElse(null);
    String name = naming.physical(attribute.replace('.', '_') + "_" + referenced.name());
    boolean nullable = mirrors.bool(association, "optional");
    boolean unique = oneToOne;
    if (joinColumn != null) {
      if (!mirrors.string(joinColumn, "name").isEmpty()) {
        name = mirrors.string(joinColumn, "name");
      }
      if (!mirrors.string(joinColumn, "referencedColumnName").isEmpty()
          && !mirrors.string(joinColumn, "referencedColumnName").equalsIgnoreCase(referenced.name())) {
        unsupported(field, "referencedColumnName other than the target's primary key", "reference the primary key");
        return;
      }
      nullable = nullable && mirrors.bool(joinColumn, "nullable");
      unique = unique || mirrors.bool(joinColumn, "unique");
    }
    if (!checkName(name, field, "column")) {
      return;
    }
    addColumn(builder, field, new Column(name, referenced.type(), nullable, false, null));
    if (unique) {
      builder.table = builder.table.unique(new UniqueConstraint(Naming.unique(builder.info.table, List.of(name)), List.of(name)));
    }
    foreignKey(joinColumn, builder.info.table, List.of(name), target.get().table, List.of(referenced.name()))
        .ifPresent(fk -> builder.table = builder.table.foreignKey(fk));
  }

  /** The foreign key a join column asks for, unless it says {@code ConstraintMode.NO_CONSTRAINT}. */
  private Optional<ForeignKey> foreignKey(AnnotationMirror joinColumn, String table, List<String> columns,
      String referencedTable, List<String> referencedColumns) {
    String name = Naming.foreignKey(table, columns);
    if (joinColumn != null) {
      AnnotationMirror fk = mirrors.annotation(joinColumn, "foreignKey");
      if (mirrors.enumConstant(fk, "value").equals("NO_CONSTRAINT")) {
        return Optional.empty();
      }
      if (!mirrors.string(fk, "name").isEmpty()) {
        name = mirrors.string(fk, "name");
      }
    }
    return Optional.of(new ForeignKey(name, columns, referencedTable, referencedColumns, ForeignKey.OnDelete.NO_ACTION));
  }

  private Optional<EntityInfo> target(VariableElement field, AnnotationMirror association, TypeMirror type) {
    TypeMirror targetType = mirrors.type(association, "targetEntity");
    TypeElement target = targetType.getKind() == TypeKind.VOID ? Mirrors.asTypeElement(type) : Mirrors.asTypeElement(targetType);
    if (target == null || !mirrors.hasJpa(target, JpaNames.ENTITY)) {
      diagnostics.error(Tag.MAPPING, "The association's target " + (target == null ? type : target.getSimpleName())
          + " is not an @Entity. Point it at an entity, or set targetEntity.", field, association);
      return Optional.empty();
    }
    EntityInfo info = entities.get(target.getQualifiedName().toString());
    if (info == null) {
      describe(target);
      info = entities.get(target.getQualifiedName().toString());
    }
    if (info == null) {
      // an entity whose own reading failed has been reported already
      return Optional.empty();
    }
    return Optional.of(info);
  }

  private void readManyToMany(TableBuilder builder, VariableElement field) {
    AnnotationMirror manyToMany = mirrors.jpa(field, JpaNames.MANY_TO_MANY).orElseThrow();
    if (!mirrors.string(manyToMany, "mappedBy").isEmpty()) {
      return; // the other side owns the join table
    }
    List<? extends TypeMirror> arguments = ((DeclaredType) field.asType()).getTypeArguments();
    if (arguments.size() != 1) {
      unsupported(field, "@ManyToMany on a " + field.asType(), "use a Set or a List of the target entity");
      return;
    }
    Optional<EntityInfo> target = target(field, manyToMany, arguments.get(0));
    if (target.isEmpty()) {
      return;
    }
    EntityInfo owner = builder.info;
    if (owner.idColumns.size() != 1 || target.get().idColumns.size() != 1) {
      unsupported(field, "@ManyToMany between entities with composite keys", "give both entities a single @Id");
      return;
    }
    Column ownerId = owner.idColumns.get(0);
    Column targetId = target.get().idColumns.get(0);
    String inverseAttribute = inverseAttribute(target.get().type, field.getSimpleName().toString());
    String name = naming.physical(unqualified(owner.table) + "_" + unqualified(target.get().table));
    String ownerColumn = naming.physical((inverseAttribute != null ? inverseAttribute : owner.entityName) + "_" + ownerId.name());
    String targetColumn = naming.physical(field.getSimpleName() + "_" + targetId.name());
    AnnotationMirror ownerJoin = null;
    AnnotationMirror targetJoin = null;
    Optional<AnnotationMirror> joinTable = mirrors.jpa(field, JpaNames.JOIN_TABLE);
    if (joinTable.isPresent()) {
      if (!mirrors.string(joinTable.get(), "name").isEmpty()) {
        name = mirrors.string(joinTable.get(), "name");
      }
      if (!mirrors.string(joinTable.get(), "schema").isEmpty()) {
        name = mirrors.string(joinTable.get(), "schema") + "." + name;
      }
      List<AnnotationMirror> joins = mirrors.annotations(joinTable.get(), "joinColumns");
      List<AnnotationMirror> inverseJoins = mirrors.annotations(joinTable.get(), "inverseJoinColumns");
      if (joins.size() > 1 || inverseJoins.size() > 1) {
        unsupported(field, "a join table with composite join columns", "join on single-column keys");
        return;
      }
      ownerJoin = joins.isEmpty() ? null : joins.get(0);
      targetJoin = inverseJoins.isEmpty() ? null : inverseJoins.get(0);
      if (ownerJoin != null && !mirrors.string(ownerJoin, "name").isEmpty()) {
        ownerColumn = mirrors.string(ownerJoin, "name");
      }
      if (targetJoin != null && !mirrors.string(targetJoin, "name").isEmpty()) {
        targetColumn = mirrors.string(targetJoin, "name");
      }
    }
    if (!checkName(name, field, "join table") || !checkName(ownerColumn, field, "column") || !checkName(targetColumn, field, "column")) {
      return;
    }
    String joinTableName = name;
    if (tables.containsKey(name) || entities.values().stream().anyMatch(e -> e.table.equalsIgnoreCase(joinTableName))) {
      diagnostics.error(Tag.MAPPING, "The join table " + name + " has the name of another table. Name it with @JoinTable(name).", field);
      return;
    }
    Table table = Table.table(name)
        .column(new Column(ownerColumn, ownerId.type(), false, false, null))
        .column(new Column(targetColumn, targetId.type(), false, false, null));
    if (isSet(field.asType())) {
      table = table.primaryKey(ownerColumn, targetColumn);
    }
    Optional<ForeignKey> ownerFk = foreignKey(ownerJoin, name, List.of(ownerColumn), owner.table, List.of(ownerId.name()));
    Optional<ForeignKey> targetFk = foreignKey(targetJoin, name, List.of(targetColumn), target.get().table, List.of(targetId.name()));
    if (ownerFk.isPresent()) {
      table = table.foreignKey(ownerFk.get());
    }
    if (targetFk.isPresent()) {
      table = table.foreignKey(targetFk.get());
    }
    tables.put(name, table);
    origins.put(name, field);
  }

  private boolean isSet(TypeMirror type) {
    TypeElement element = Mirrors.asTypeElement(type);
    if (element == null) {
      return false;
    }
    String name = element.getQualifiedName().toString();
    return name.equals("java.util.Set") || name.equals("java.util.SortedSet") || name.equals("java.util.HashSet")
        || name.equals("java.util.LinkedHashSet") || name.equals("java.util.TreeSet");
  }

  /** The attribute of the target entity that says {@code mappedBy = "<attribute>"}, or null. */
  private String inverseAttribute(TypeElement target, String attribute) {
    for (VariableElement field : persistentFields(target)) {
      Optional<AnnotationMirror> manyToMany = mirrors.jpa(field, JpaNames.MANY_TO_MANY);
      if (manyToMany.isPresent() && mirrors.string(manyToMany.get(), "mappedBy").equals(attribute)) {
        return field.getSimpleName().toString();
      }
    }
    return null;
  }

  private void readTableConstraints(TableBuilder builder, AnnotationMirror table) {
    for (AnnotationMirror unique : mirrors.annotations(table, "uniqueConstraints")) {
      List<String> columns = mirrors.strings(unique, "columnNames");
      if (!checkColumns(builder, columns, builder.info.type, unique)) {
        continue;
      }
      String name = mirrors.string(unique, "name");
      builder.table = builder.table.unique(new UniqueConstraint(
          name.isEmpty() ? Naming.unique(builder.info.table, columns) : name, columns));
    }
    for (AnnotationMirror index : mirrors.annotations(table, "indexes")) {
      List<String> columns = new ArrayList<>();
      for (String part : mirrors.string(index, "columnList").split(",")) {
        String column = part.trim();
        String upper = column.toUpperCase(Locale.ROOT);
        if (upper.endsWith(" DESC")) {
          diagnostics.error(Tag.UNSUPPORTED, "Retort does not support descending index columns yet (" + column
              + "). Remove DESC: the database can read an ascending index backwards.", builder.info.type, index);
          return;
        }
        if (upper.endsWith(" ASC")) {
          column = column.substring(0, column.length() - 4).trim();
        }
        columns.add(column);
      }
      if (!checkColumns(builder, columns, builder.info.type, index)) {
        continue;
      }
      String name = mirrors.string(index, "name");
      builder.table = builder.table.index(new Index(
          name.isEmpty() ? Naming.index(builder.info.table, columns) : name, builder.info.table, columns,
          mirrors.bool(index, "unique")));
    }
  }

  private boolean checkColumns(TableBuilder builder, List<String> columns, Element element, AnnotationMirror annotation) {
    for (String column : columns) {
      if (builder.table.column(column).isEmpty()) {
        diagnostics.error(Tag.MAPPING, "Table " + builder.info.table + " has no column '" + column + "'. "
            + "Name the columns as the database knows them (the @Column name, not the field name, where they differ).",
            element, annotation);
        return false;
      }
    }
    if (columns.isEmpty()) {
      diagnostics.error(Tag.MAPPING, "A constraint or index lists no column.", element, annotation);
      return false;
    }
    return true;
  }

  private void addColumn(TableBuilder builder, VariableElement field, Column column) {
    if (builder.table.column(column.name()).isPresent()) {
      diagnostics.error(Tag.MAPPING, "Column " + column.name() + " is mapped twice in table " + builder.info.table
          + ". Give one of the attributes another @Column(name).", field);
      return;
    }
    builder.table = builder.table.column(column);
    origins.put(builder.info.table + "." + column.name(), field);
    mirrors.named(field, RENAMED_FROM).ifPresent(r -> columnRenames
        .computeIfAbsent(builder.info.table, t -> new TreeMap<>())
        .put(column.name(), mirrors.string(r, "value")));
  }

  private String columnName(VariableElement field, AnnotationMirror column, String logical) {
    if (column != null && !mirrors.string(column, "name").isEmpty()) {
      return mirrors.string(column, "name");
    }
    return naming.physical(logical);
  }

  /**
   * Names go into SQL, so anything a dialect could not quote safely is refused here, at compile
   * time, where the developer can see it.
   */
  private boolean checkName(String name, Element element, String what) {
    String problem = null;
    if (name.isBlank()) {
      problem = "is blank";
    } else if (name.chars().anyMatch(c -> Character.isISOControl(c) || c == '"' || c == '`' || c == '[' || c == ']' || c == ';')) {
      problem = "contains a quote, bracket, semicolon or control character";
    } else if (name.startsWith(".") || name.endsWith(".") || name.split("\\.", -1).length > 2) {
      problem = "is not of the form name or schema.name";
    }
    if (problem != null) {
      diagnostics.error(Tag.MAPPING, "The " + what + " name '" + name + "' " + problem
          + ". Use letters, digits and underscores.", element);
      return false;
    }
    return true;
  }

  private static String unqualified(String table) {
    return table.substring(table.lastIndexOf('.') + 1);
  }

  private void unsupported(Element element, String what, String instead) {
    diagnostics.error(Tag.UNSUPPORTED, "Retort does not support " + what + " yet: " + instead + ".", element);
  }
}
