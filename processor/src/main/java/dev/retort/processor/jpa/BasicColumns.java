package dev.retort.processor.jpa;

import dev.retort.processor.Diagnostics;
import dev.retort.processor.Diagnostics.Tag;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * The column of a basic attribute: its name, its type (through a converter where one applies),
 * its nullability as Hibernate decides it ({@code @Column(nullable)}, {@code @Basic(optional)},
 * primitives, {@code @Version}, Bean Validation's {@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}), its
 * sizes ({@code @Column(length, precision, scale)}, Bean Validation's {@code @Size(max)} and
 * {@code @Digits}, see {@link BeanValidation}), and the constraints that
 * come with it ({@code unique}, JPA 3.2's {@code @Column(check)}, the range check of an ORDINAL enum),
 * and its default ({@code @DefaultValue}, Hibernate's {@code @ColumnDefault}).
 */
final class BasicColumns {
  static final String DEFAULT_VALUE = "dev.retort.DefaultValue";
  static final String COLUMN_DEFAULT = "org.hibernate.annotations.ColumnDefault";

  private final Mirrors mirrors;
  private final ColumnTypes columnTypes;
  private final Converters converters;
  private final Naming naming;
  private final SqlNames sqlNames;
  private final Diagnostics diagnostics;
  private final Tables tables;
  private final BeanValidation validation;

  BasicColumns(Mirrors mirrors, ColumnTypes columnTypes, Converters converters, Naming naming, SqlNames sqlNames,
      Diagnostics diagnostics, Tables tables) {
    this.tables = tables;
    this.validation = new BeanValidation(mirrors);
    this.mirrors = mirrors;
    this.columnTypes = columnTypes;
    this.converters = converters;
    this.naming = naming;
    this.sqlNames = sqlNames;
    this.diagnostics = diagnostics;
  }

  /** The {@code @Column} in force: an override from further out, or the attribute's own. */
  AnnotationMirror columnAnnotation(Context context, Attribute attribute) {
    AnnotationMirror override = context.overrides().column(context.pathOf(attribute));
    return override != null ? override : mirrors.jpa(attribute.element(), JpaNames.COLUMN).orElse(null);
  }

  String name(AnnotationMirror column, String logical) {
    if (column != null && !mirrors.string(column, "name").isEmpty()) {
      return naming.explicit(mirrors.string(column, "name"));
    }
    return naming.physical(logical);
  }

  /** Reads the attribute's column into the context's table. */
  void read(Context context, Attribute attribute) {
    AnnotationMirror column = columnAnnotation(context, attribute);
    String name = name(column, attribute.name());
    if (!sqlNames.check(name, attribute.element(), column, "column")) {
      return;
    }
    // Hibernate's primitive rule covers the entity's own attributes, not an embeddable's (nor an
    // element collection's embeddable), whose whole value may be null
    boolean own = context.path().isEmpty() && !context.inCollection();
    Optional<Column> built = column(attribute.element(), attribute.type(), column, name, context.forceNullable(), own);
    if (built.isEmpty()) {
      return;
    }
    if (tables.addColumn(context.table(), built.get(), attribute.element(), context.forceNullable())) {
      constraints(context.table(), attribute.element(), attribute.type(), column, built.get());
    }
  }

  /**
   * The column for a basic value of {@code javaType} mapped on {@code element}; empty after an error.
   *
   * @param own whether the attribute is the entity's own (not inside an embeddable), where a
   *     primitive is NOT NULL
   */
  Optional<Column> column(Element element, TypeMirror javaType, AnnotationMirror column, String name, boolean forceNullable,
      boolean own) {
    Optional<TypeMirror> converted = converters.databaseType(element, javaType);
    Optional<ColumnType> type = columnTypes.of(element, converted.orElse(javaType), column);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    ColumnType columnType = column != null && !mirrors.string(column, "columnDefinition").isEmpty()
        ? type.get() : validation.sized(element, type.get());
    // as Hibernate decides: an explicit @Column's nullable (true by default, even on a primitive),
    // otherwise NOT NULL for a primitive of the entity's own; a @Version is always NOT NULL, even
    // a wrapper or with @Column(nullable = true)
    boolean nullable = (column != null ? mirrors.bool(column, "nullable") : !(own && columnTypes.isPrimitive(javaType)))
        && mirrors.jpa(element, JpaNames.BASIC).map(b -> mirrors.bool(b, "optional")).orElse(true)
        && !validation.notNull(element)
        && !mirrors.hasJpa(element, JpaNames.VERSION);
    return Optional.of(new Column(name, columnType, nullable || forceNullable, false, defaultValue(element).orElse(null)));
  }

  /**
   * The column's default: {@code @DefaultValue} (Retort's) or Hibernate's {@code @ColumnDefault},
   * a SQL literal or expression written into the migration as given; empty after an error.
   */
  Optional<String> defaultValue(Element element) {
    Optional<AnnotationMirror> retort = mirrors.named(element, DEFAULT_VALUE);
    Optional<AnnotationMirror> hibernate = mirrors.named(element, COLUMN_DEFAULT);
    Optional<String> value = retort.or(() -> hibernate).map(a -> mirrors.string(a, "value"));
    if (retort.isPresent() && hibernate.isPresent() && !value.get().equals(mirrors.string(hibernate.get(), "value"))) {
      diagnostics.error(Tag.MAPPING, "@DefaultValue(\"" + value.get() + "\") and @ColumnDefault(\""
          + mirrors.string(hibernate.get(), "value") + "\") give this column two defaults. Keep one of them.",
          element, hibernate.get());
      return Optional.empty();
    }
    if (value.isPresent() && value.get().isBlank()) {
      diagnostics.error(Tag.MAPPING, "The default value is blank. Give a SQL literal or expression, such as \"0\", "
          + "\"'ACTIVE'\" (a string in single quotes) or \"CURRENT_TIMESTAMP\".", element, retort.or(() -> hibernate).get());
      return Optional.empty();
    }
    return value;
  }

  /** The column of a Map's basic key, with the sizes of its {@code @MapKeyColumn}. */
  Optional<Column> keyColumn(Element element, TypeMirror keyType, String name, int length, int precision, int scale) {
    return columnTypes.of(element, keyType, new ColumnTypes.Sizes(length, precision, scale, scale != 0), false)
        .map(t -> new Column(name, t, false, false, null));
  }

  /** The unique and check constraints that come with a column. */
  void constraints(TableBuilder table, Element element, TypeMirror javaType, AnnotationMirror column, Column built) {
    if (column != null && mirrors.bool(column, "unique")) {
      table.unique(new UniqueConstraint(Naming.unique(table.name, List.of(built.name())), List.of(built.name())));
    }
    if (column != null && mirrors.has(column, "check")) {
      int i = 0;
      for (AnnotationMirror check : mirrors.annotations(column, "check")) {
        String checkName = mirrors.string(check, "name");
        table.check(new CheckConstraint(checkName.isEmpty()
            ? Naming.check(table.name, built.name() + (i == 0 ? "" : "_" + i)) : checkName, mirrors.string(check, "constraint")));
        i++;
      }
    }
    validation.rangeCheck(element, built.name())
        .ifPresent(check -> table.check(new CheckConstraint(Naming.check(table.name, built.name()), check)));
    if (columnTypes.isEnum(javaType) && converters.databaseType(element, javaType).isEmpty()
        && (built.type().kind() == ColumnType.Kind.TINYINT || built.type().kind() == ColumnType.Kind.SMALLINT)) {
      List<String> constants = columnTypes.enumConstants(javaType);
      table.check(new CheckConstraint(Naming.check(table.name, built.name()), built.name() + " between 0 and " + (constants.size() - 1)));
      tables.ordinals(table, built.name(), constants);
    }
    if (column != null && mirrors.has(column, "comment") && !mirrors.string(column, "comment").isEmpty()) {
      diagnostics.warning(Tag.UNSUPPORTED, "Retort does not write column comments yet: the comment of "
          + built.name() + " is left out of the migration.", element);
    }
  }
}
