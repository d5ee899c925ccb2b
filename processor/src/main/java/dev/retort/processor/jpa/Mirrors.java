package dev.retort.processor.jpa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads annotations through mirrors, by name, with JPA's defaults filled in
 * ({@link Elements#getElementValuesWithDefaults}).
 */
final class Mirrors {
  private final Elements elements;
  private final Map<AnnotationMirror, Map<String, AnnotationValue>> attributes = new IdentityHashMap<>();

  Mirrors(Elements elements) {
    this.elements = elements;
  }

  /**
   * The name Hibernate gives an entity by default: its binary name without the package, so a
   * nested class {@code Outer.Nested} is {@code Outer$Nested}.
   */
  String unqualifiedBinaryName(TypeElement type) {
    String binary = elements.getBinaryName(type).toString();
    return binary.substring(binary.lastIndexOf('.') + 1);
  }

  /** The JPA annotation with this simple name on the element, from either package. */
  Optional<AnnotationMirror> jpa(Element element, String simpleName) {
    return inPackages(element, simpleName, JpaNames.PACKAGES);
  }

  boolean hasJpa(Element element, String simpleName) {
    return jpa(element, simpleName).isPresent();
  }

  /** A Bean Validation constraint with this simple name, from either package. */
  Optional<AnnotationMirror> validation(Element element, String simpleName) {
    return inPackages(element, simpleName, JpaNames.VALIDATION_PACKAGES);
  }

  /**
   * The annotation with this simple name from one of these packages. Every attribute of every
   * entity asks this many times, so it compares javac's names in place instead of building a
   * qualified name per annotation and question.
   */
  private static Optional<AnnotationMirror> inPackages(Element element, String simpleName, List<String> packages) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getSimpleName().contentEquals(simpleName)
          && type.getEnclosingElement() instanceof PackageElement pkg
          && packages.stream().anyMatch(name -> pkg.getQualifiedName().contentEquals(name))) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /**
   * A repeatable JPA annotation: the single one, or those its container holds
   * ({@code @JoinColumn} and {@code @JoinColumns(...)}).
   */
  List<AnnotationMirror> repeated(Element element, String single, String container) {
    List<AnnotationMirror> all = new ArrayList<>();
    jpa(element, single).ifPresent(all::add);
    jpa(element, container).ifPresent(c -> all.addAll(annotations(c, "value")));
    return all;
  }

  /** An annotation by its fully qualified name. */
  Optional<AnnotationMirror> named(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  private AnnotationValue value(AnnotationMirror mirror, String attribute) {
    AnnotationValue value = values(mirror).get(attribute);
    if (value == null) {
      throw new IllegalArgumentException("no attribute " + attribute + " on " + mirror);
    }
    return value;
  }

  /**
   * The attributes of an annotation by name, defaults included. javac builds a new map for each
   * {@code getElementValuesWithDefaults} call, and a mapping reads several attributes of each
   * {@code @Column}, so each annotation's is built once.
   */
  private Map<String, AnnotationValue> values(AnnotationMirror mirror) {
    return attributes.computeIfAbsent(mirror, m -> {
      Map<String, AnnotationValue> byName = new HashMap<>();
      elements.getElementValuesWithDefaults(m).forEach((k, v) -> byName.put(k.getSimpleName().toString(), v));
      return byName;
    });
  }

  /** Whether the annotation type has this attribute (JPA 3.2's newer ones are missing from javax). */
  boolean has(AnnotationMirror mirror, String attribute) {
    return values(mirror).containsKey(attribute);
  }

  /** Whether the attribute was written explicitly (not left to its default). */
  boolean isExplicit(AnnotationMirror mirror, String attribute) {
    return mirror.getElementValues().keySet().stream()
        .anyMatch(k -> k.getSimpleName().contentEquals(attribute));
  }

  String string(AnnotationMirror mirror, String attribute) {
    return (String) value(mirror, attribute).getValue();
  }

  boolean bool(AnnotationMirror mirror, String attribute) {
    return (Boolean) value(mirror, attribute).getValue();
  }

  int integer(AnnotationMirror mirror, String attribute) {
    return (Integer) value(mirror, attribute).getValue();
  }

  /** A numeric attribute of any integral type ({@code @Min(value)} is a long). */
  long number(AnnotationMirror mirror, String attribute) {
    return ((Number) value(mirror, attribute).getValue()).longValue();
  }

  /** The simple name of an enum constant attribute, such as {@code IDENTITY}. */
  String enumConstant(AnnotationMirror mirror, String attribute) {
    return ((VariableElement) value(mirror, attribute).getValue()).getSimpleName().toString();
  }

  /** A Class-valued attribute. */
  TypeMirror type(AnnotationMirror mirror, String attribute) {
    return (TypeMirror) value(mirror, attribute).getValue();
  }

  /** A nested annotation attribute. */
  AnnotationMirror annotation(AnnotationMirror mirror, String attribute) {
    return (AnnotationMirror) value(mirror, attribute).getValue();
  }

  @SuppressWarnings("unchecked")
  List<AnnotationMirror> annotations(AnnotationMirror mirror, String attribute) {
    List<AnnotationMirror> result = new ArrayList<>();
    for (AnnotationValue v : (List<? extends AnnotationValue>) value(mirror, attribute).getValue()) {
      result.add((AnnotationMirror) v.getValue());
    }
    return result;
  }

  @SuppressWarnings("unchecked")
  List<String> strings(AnnotationMirror mirror, String attribute) {
    List<String> result = new ArrayList<>();
    for (AnnotationValue v : (List<? extends AnnotationValue>) value(mirror, attribute).getValue()) {
      result.add((String) v.getValue());
    }
    return result;
  }

  static TypeElement asTypeElement(TypeMirror type) {
    return type instanceof DeclaredType d ? (TypeElement) d.asElement() : null;
  }
}
