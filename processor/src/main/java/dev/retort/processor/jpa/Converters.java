package dev.retort.processor.jpa;

import dev.retort.processor.Diagnostics;
import dev.retort.processor.Diagnostics.Tag;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
 * as an {@code @Converter(autoApply = true)} for {@code X}.
 *
 * <p>Auto-applied converters are those of the compile (the processor is registered for
 * {@code @Converter}, so javac and Gradle's incremental compiles hand them over wherever they
 * are), and those in the packages of the entities, which covers an incremental compile that
 * reads unchanged entities and their converters from the class path.
 */
final class Converters {
  private final Mirrors mirrors;
  private final Types types;
  private final Elements elements;
  private final Diagnostics diagnostics;
  private final Map<String, TypeMirror> autoApplied = new HashMap<>();
  private final Set<String> autoAppliedClasses = new TreeSet<>();

  Converters(Mirrors mirrors, Types types, Elements elements, Diagnostics diagnostics) {
    this.mirrors = mirrors;
    this.types = types;
    this.elements = elements;
    this.diagnostics = diagnostics;
  }

  /**
   * Registers the auto-applied converters among {@code converters} (those of the compile) and in
   * the packages the entities are in. Two that apply to the same type are an error on both.
   */
  void scan(Collection<TypeElement> entities, Collection<TypeElement> converters) {
    Map<String, TypeElement> candidates = new TreeMap<>();
    for (TypeElement converter : converters) {
      candidates.put(converter.getQualifiedName().toString(), converter);
    }
    Set<PackageElement> packages = new LinkedHashSet<>();
    for (TypeElement entity : entities) {
      packages.add(elements.getPackageOf(entity));
    }
    // each package once: 2,000 entities in one package are one walk of it, not 2,000
    for (PackageElement pkg : packages) {
      for (Element e : pkg.getEnclosedElements()) {
        if (e instanceof TypeElement type && e.getKind() == ElementKind.CLASS) {
          candidates.put(type.getQualifiedName().toString(), type);
        }
      }
    }
    Map<String, TypeElement> byJavaType = new HashMap<>();
    for (TypeElement type : candidates.values()) {
      Optional<AnnotationMirror> converter = mirrors.jpa(type, JpaNames.CONVERTER);
      if (converter.isEmpty() || !mirrors.bool(converter.get(), "autoApply")) {
        continue;
      }
      Optional<List<TypeMirror>> args = arguments(type.asType());
      if (args.isEmpty()) {
        diagnostics.error(Tag.MAPPING, "The auto-applied converter " + type.getSimpleName() + " does not implement "
            + "AttributeConverter<X, Y> with both type arguments given, so Retort cannot tell which attributes it applies "
            + "to or their column type. Implement it with concrete types.", type, converter.get());
        continue;
      }
      String javaType = erasure(args.get().get(0));
      TypeElement other = byJavaType.putIfAbsent(javaType, type);
      if (other != null) {
        diagnostics.error(Tag.MAPPING, "Both " + other.getQualifiedName() + " and " + type.getQualifiedName()
            + " are auto-applied to " + javaType + ", so neither Retort nor Hibernate can tell which one converts it. "
            + "Keep autoApply on one of them and name the other with @Convert(converter = ...).", type, converter.get());
        continue;
      }
      autoApplied.put(javaType, args.get().get(1));
      autoAppliedClasses.add(type.getQualifiedName().toString());
    }
  }

  /** The auto-applied converters registered, by class name, sorted. */
  List<String> autoAppliedClasses() {
    return List.copyOf(autoAppliedClasses);
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

  /** The class name of a type (primitives boxed), without its type annotations or type arguments. */
  private String erasure(TypeMirror type) {
    TypeMirror boxed = type.getKind().isPrimitive() ? types.boxedClass((javax.lang.model.type.PrimitiveType) type).asType() : type;
    TypeElement element = Mirrors.asTypeElement(boxed);
    return element != null ? element.getQualifiedName().toString() : types.erasure(boxed).toString();
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
