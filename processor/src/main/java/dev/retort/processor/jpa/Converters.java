package dev.retort.processor.jpa;

import dev.retort.processor.Diagnostics;
import dev.retort.processor.Diagnostics.Tag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Attribute converters: a column's type comes from the database-side type argument {@code Y} of
 * the {@code AttributeConverter<X, Y>} that applies, named by {@code @Convert(converter)} or found
 * as an {@code @Converter(autoApply = true)} for {@code X}. Auto-applied converters are looked for
 * in the packages of the entities.
 */
final class Converters {
  private final Mirrors mirrors;
  private final Types types;
  private final Elements elements;
  private final Diagnostics diagnostics;
  private final Map<String, TypeMirror> autoApplied = new HashMap<>();

  Converters(Mirrors mirrors, Types types, Elements elements, Diagnostics diagnostics) {
    this.mirrors = mirrors;
    this.types = types;
    this.elements = elements;
    this.diagnostics = diagnostics;
  }

  /** Registers the auto-applied converters of the packages these entities are in. */
  void scan(List<TypeElement> entities) {
    for (TypeElement entity : entities) {
      PackageElement pkg = elements.getPackageOf(entity);
      for (Element e : pkg.getEnclosedElements()) {
        if (!(e instanceof TypeElement type) || e.getKind() != ElementKind.CLASS) {
          continue;
        }
        Optional<AnnotationMirror> converter = mirrors.jpa(type, JpaNames.CONVERTER);
        if (converter.isPresent() && mirrors.bool(converter.get(), "autoApply")) {
          arguments(type.asType()).ifPresent(args -> autoApplied.put(erasure(args.get(0)), args.get(1)));
        }
      }
    }
  }

  /** The database-side type of the converter that applies to this attribute, if one does. */
  Optional<TypeMirror> databaseType(Element attribute, TypeMirror javaType) {
    Optional<AnnotationMirror> convert = mirrors.jpa(attribute, JpaNames.CONVERT)
        .filter(c -> mirrors.string(c, "attributeName").isEmpty());
    if (convert.isPresent()) {
      if (mirrors.bool(convert.get(), "disableConversion")) {
        return Optional.empty();
      }
      TypeMirror converter = mirrors.type(convert.get(), "converter");
      if (converter.getKind() != TypeKind.VOID) {
        Optional<List<TypeMirror>> args = arguments(converter);
        if (args.isEmpty()) {
          diagnostics.error(Tag.MAPPING, "The converter " + converter + " does not implement AttributeConverter<X, Y> "
              + "with both type arguments given, so Retort cannot tell the column type. Implement it with concrete types.",
              attribute, convert.get());
        }
        return args.map(a -> a.get(1));
      }
    }
    return Optional.ofNullable(autoApplied.get(erasure(javaType)));
  }

  private String erasure(TypeMirror type) {
    return types.erasure(type.getKind().isPrimitive() ? types.boxedClass((javax.lang.model.type.PrimitiveType) type).asType() : type)
        .toString();
  }

  /** X and Y of the AttributeConverter<X, Y> the class implements, through superclasses and interfaces. */
  private Optional<List<TypeMirror>> arguments(TypeMirror type) {
    for (TypeMirror supertype : types.directSupertypes(type)) {
      if (supertype instanceof DeclaredType declared) {
        String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
        if (JpaNames.PACKAGES.stream().anyMatch(p -> name.equals(p + ".AttributeConverter"))) {
          List<? extends TypeMirror> args = declared.getTypeArguments();
          if (args.size() == 2 && args.stream().allMatch(a -> a.getKind() == TypeKind.DECLARED || a.getKind() == TypeKind.ARRAY)) {
            return Optional.of(List.of(args.get(0), args.get(1)));
          }
          return Optional.empty();
        }
        Optional<List<TypeMirror>> found = arguments(supertype);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }
}
