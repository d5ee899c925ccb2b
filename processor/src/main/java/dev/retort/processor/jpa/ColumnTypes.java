package dev.retort.processor.jpa;

import dev.retort.processor.Diagnostics;
import dev.retort.processor.Diagnostics.Tag;
import dev.retort.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Works out the column type of a basic attribute from its Java type and its annotations. */
final class ColumnTypes {
  private final Mirrors mirrors;
  private final Types types;
  private final Diagnostics diagnostics;

  ColumnTypes(Mirrors mirrors, Types types, Diagnostics diagnostics) {
    this.mirrors = mirrors;
    this.types = types;
    this.diagnostics = diagnostics;
  }

  /**
   * The Java type's name as the tables in {@link BasicTypes} spell it, without the type
   * annotations it may carry ({@code @Min(1) int}: Bean Validation's constraints are TYPE_USE).
   */
  String typeName(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return type.getKind().name().toLowerCase(java.util.Locale.ROOT);
    }
    if (type instanceof ArrayType array) {
      return typeName(array.getComponentType()) + "[]";
    }
    TypeElement element = Mirrors.asTypeElement(type);
    return element == null ? type.toString() : element.getQualifiedName().toString();
  }

  boolean isEnum(TypeMirror type) {
    TypeElement element = Mirrors.asTypeElement(type);
    return element != null && element.getKind() == ElementKind.ENUM;
  }

  /** The column type, or empty after reporting an error on the attribute. */
  Optional<ColumnType> of(Element attribute, TypeMirror javaType, AnnotationMirror column) {
    if (column != null && !mirrors.string(column, "columnDefinition").isEmpty()) {
      return Optional.of(ColumnType.custom(mirrors.string(column, "columnDefinition")));
    }
    Sizes sizes = column == null ? Sizes.DEFAULT : new Sizes(mirrors.integer(column, "length"),
        mirrors.integer(column, "precision"), mirrors.integer(column, "scale"), mirrors.isExplicit(column, "scale"));
    return of(attribute, javaType, sizes, true);
  }

  /** The sizes an annotation ({@code @Column}, {@code @MapKeyColumn}) gives. */
  record Sizes(int length, int precision, int scale, boolean explicitScale) {
    static final Sizes DEFAULT = new Sizes(BasicTypes.DEFAULT_LENGTH, 0, 0, false);
  }

  /**
   * The column type of a value of {@code javaType}; {@code @Lob}, {@code @Enumerated} and
   * {@code @Temporal} are read from {@code attribute} when {@code annotated}.
   */
  Optional<ColumnType> of(Element attribute, TypeMirror javaType, Sizes sizes, boolean annotated) {
    String name = typeName(javaType);
    int length = sizes.length();
    boolean lob = annotated && mirrors.hasJpa(attribute, JpaNames.LOB);
    if (lob) {
      if (BasicTypes.isString(name) || name.equals("char[]") || name.equals("java.lang.Character[]")) {
        return Optional.of(ColumnType.CLOB);
      }
      if (BasicTypes.isBinary(name)) {
        return Optional.of(ColumnType.BLOB);
      }
      return unsupported(attribute, "@Lob on " + name + " (Retort maps @Lob on String, char[] and byte[])");
    }
    if (isEnum(javaType)) {
      return Optional.of(enumType(attribute, javaType, annotated, length));
    }
    if (BasicTypes.isString(name) || name.equals("char[]") || name.equals("java.lang.Character[]")) {
      return Optional.of(ColumnType.varchar(length));
    }
    if (BasicTypes.isBinary(name)) {
      return Optional.of(ColumnType.varbinary(length));
    }
    if (name.equals("char") || name.equals("java.lang.Character")) {
      // Hibernate takes @Column(length) for a char too, but reads 255 (the annotation's default) as unset
      return Optional.of(ColumnType.character(length == BasicTypes.DEFAULT_LENGTH ? 1 : length));
    }
    if (BasicTypes.isDecimal(name)) {
      int precision = sizes.precision();
      int scale = sizes.scale();
      if (precision == 0) {
        precision = BasicTypes.DEFAULT_DECIMAL_PRECISION;
        scale = sizes.explicitScale() ? scale : BasicTypes.DEFAULT_DECIMAL_SCALE;
      }
      return Optional.of(ColumnType.decimal(precision, scale));
    }
    if (name.equals("java.math.BigInteger")) {
      return Optional.of(ColumnType.decimal(sizes.precision() == 0 ? BasicTypes.DEFAULT_DECIMAL_PRECISION : sizes.precision(), 0));
    }
    if (name.equals("java.util.Date") || name.equals("java.util.Calendar")) {
      return annotated ? temporal(attribute, name) : Optional.of(ColumnType.timestamp(BasicTypes.DEFAULT_FRACTIONAL_SECONDS));
    }
    switch (name) {
      case "java.sql.Date":
        return Optional.of(ColumnType.DATE);
      case "java.sql.Time":
        return Optional.of(ColumnType.time(0));
      case "java.sql.Timestamp":
        return Optional.of(ColumnType.timestamp(BasicTypes.DEFAULT_FRACTIONAL_SECONDS));
      default:
        break;
    }
    Optional<ColumnType> fixed = BasicTypes.fixed(name);
    if (fixed.isPresent()) {
      return fixed;
    }
    return unsupported(attribute, "the attribute type " + name
        + " (not a basic type, an @Embeddable or an association). Mark it @Transient if it is not persistent, or "
        + "give it an AttributeConverter (@Convert(converter = ...), or an @Converter(autoApply = true) in this compile or "
        + "in the entity's package)");
  }

  private Optional<ColumnType> temporal(Element attribute, String name) {
    Optional<AnnotationMirror> temporal = mirrors.jpa(attribute, JpaNames.TEMPORAL);
    if (temporal.isEmpty()) {
      diagnostics.error(Tag.MAPPING, name + " needs @Temporal(DATE, TIME or TIMESTAMP) to say which column type it maps to", attribute);
      return Optional.empty();
    }
    return Optional.of(switch (mirrors.enumConstant(temporal.get(), "value")) {
      case "DATE" -> ColumnType.DATE;
      case "TIME" -> ColumnType.time(0);
      default -> ColumnType.timestamp(BasicTypes.DEFAULT_FRACTIONAL_SECONDS);
    });
  }

  /**
   * STRING enums keep their constants in the type, so the database can reject anything else (a
   * native ENUM or a CHECK, as Hibernate 6 and 7 create them); ORDINAL enums are small integers.
   */
  private ColumnType enumType(Element attribute, TypeMirror javaType, boolean annotated, int length) {
    List<String> constants = enumConstants(javaType);
    boolean string = annotated && mirrors.jpa(attribute, JpaNames.ENUMERATED)
        .map(e -> mirrors.enumConstant(e, "value").equals("STRING"))
        .orElse(false);
    if (string) {
      // declaration order (Hibernate sorts them): a database that orders an ENUM column by its
      // values' positions then sorts as the Java enum compares
      // @Column(length) sizes the varchar it is stored in where the database has no ENUM type
      return length == BasicTypes.DEFAULT_LENGTH ? ColumnType.enumOf(constants.toArray(String[]::new))
          : ColumnType.enumOf(length, constants.toArray(String[]::new));
    }
    return constants.size() <= Byte.MAX_VALUE ? ColumnType.TINYINT : ColumnType.SMALLINT;
  }

  List<String> enumConstants(TypeMirror javaType) {
    List<String> constants = new ArrayList<>();
    TypeElement type = Mirrors.asTypeElement(javaType);
    for (Element e : type.getEnclosedElements()) {
      if (e.getKind() == ElementKind.ENUM_CONSTANT) {
        constants.add(((VariableElement) e).getSimpleName().toString());
      }
    }
    return constants;
  }

  boolean isPrimitive(TypeMirror type) {
    return type.getKind().isPrimitive() && type.getKind() != TypeKind.VOID;
  }

  private Optional<ColumnType> unsupported(Element attribute, String what) {
    diagnostics.error(Tag.UNSUPPORTED, "Retort does not support " + what + ".", attribute);
    return Optional.empty();
  }

  Types types() {
    return types;
  }
}
