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

  /** The Java type's name as the tables in {@link BasicTypes} spell it. */
  String typeName(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return type.toString();
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
    String name = typeName(javaType);
    int length = column == null ? BasicTypes.DEFAULT_LENGTH : mirrors.integer(column, "length");
    boolean lob = mirrors.hasJpa(attribute, JpaNames.LOB);
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
      return Optional.of(enumType(attribute, javaType));
    }
    if (BasicTypes.isString(name) || name.equals("char[]") || name.equals("java.lang.Character[]")) {
      return Optional.of(ColumnType.varchar(length));
    }
    if (BasicTypes.isBinary(name)) {
      return Optional.of(ColumnType.varbinary(length));
    }
    if (BasicTypes.isDecimal(name)) {
      int precision = column == null ? 0 : mirrors.integer(column, "precision");
      int scale = column == null ? 0 : mirrors.integer(column, "scale");
      if (precision == 0) {
        precision = BasicTypes.DEFAULT_DECIMAL_PRECISION;
        scale = column != null && mirrors.isExplicit(column, "scale") ? scale : BasicTypes.DEFAULT_DECIMAL_SCALE;
      }
      return Optional.of(ColumnType.decimal(precision, scale));
    }
    if (name.equals("java.util.Date") || name.equals("java.util.Calendar")) {
      return temporal(attribute, name);
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
        + " (not a basic type, an @Embeddable or an association). Mark it @Transient if it is not persistent");
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
  private ColumnType enumType(Element attribute, TypeMirror javaType) {
    List<String> constants = enumConstants(javaType);
    boolean string = mirrors.jpa(attribute, JpaNames.ENUMERATED)
        .map(e -> mirrors.enumConstant(e, "value").equals("STRING"))
        .orElse(false);
    if (string) {
      return ColumnType.enumOf(constants.toArray(String[]::new));
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
