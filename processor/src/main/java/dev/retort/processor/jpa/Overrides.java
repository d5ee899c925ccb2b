package dev.retort.processor.jpa;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * The {@code @AttributeOverride}s and {@code @AssociationOverride}s in force, by attribute path
 * ({@code billing.street}). An override written further out wins over one further in, as JPA says.
 */
final class Overrides {
  static final Overrides NONE = new Overrides(Map.of(), Map.of());

  private final Map<String, AnnotationMirror> columns;
  private final Map<String, AnnotationMirror> associations;

  private Overrides(Map<String, AnnotationMirror> columns, Map<String, AnnotationMirror> associations) {
    this.columns = columns;
    this.associations = associations;
  }

  /** The overrides written on {@code element}, their names taken relative to {@code path}. */
  static Overrides of(Mirrors mirrors, Element element, String path) {
    Map<String, AnnotationMirror> columns = new HashMap<>();
    Map<String, AnnotationMirror> associations = new HashMap<>();
    String prefix = path.isEmpty() ? "" : path + ".";
    for (AnnotationMirror o : mirrors.repeated(element, JpaNames.ATTRIBUTE_OVERRIDE, JpaNames.ATTRIBUTE_OVERRIDES)) {
      columns.put(prefix + mirrors.string(o, "name"), mirrors.annotation(o, "column"));
    }
    for (AnnotationMirror o : mirrors.repeated(element, JpaNames.ASSOCIATION_OVERRIDE, JpaNames.ASSOCIATION_OVERRIDES)) {
      associations.put(prefix + mirrors.string(o, "name"), o);
    }
    return new Overrides(columns, associations);
  }

  /** These overrides, with {@code outer}'s winning where both name the same attribute. */
  Overrides under(Overrides outer) {
    Map<String, AnnotationMirror> c = new HashMap<>(columns);
    c.putAll(outer.columns);
    Map<String, AnnotationMirror> a = new HashMap<>(associations);
    a.putAll(outer.associations);
    return new Overrides(c, a);
  }

  /** The overriding {@code @Column} for the attribute at this path, or null. */
  AnnotationMirror column(String path) {
    return columns.get(path);
  }

  /** The {@code @AssociationOverride} for the attribute at this path, or null. */
  AnnotationMirror association(String path) {
    return associations.get(path);
  }

  /** Paths overridden but never met: a misspelt override would otherwise be silently ignored. */
  List<String> paths() {
    List<String> all = new java.util.ArrayList<>(columns.keySet());
    all.addAll(associations.keySet());
    return all;
  }
}
