package dev.retort.processor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The migration classes that already exist in the migrations package, read through their
 * {@code @Revision} annotations from sources and from compiled classes alike, so that a new
 * migration gets the right parent and sequence number even in an incremental compile.
 */
final class KnownMigrations {
  private static final String REVISION = "dev.retort.Revision";
  private static final Pattern SEQUENCE = Pattern.compile("^V(\\d+)_");

  /** One existing migration. */
  record Known(String className, String id, List<String> parents, Element element) {}

  private final Map<String, Known> byClass = new TreeMap<>();

  static KnownMigrations in(Elements elements, String packageName, Collection<? extends Element> roundRevisions) {
    KnownMigrations known = new KnownMigrations();
    PackageElement pkg = elements.getPackageElement(packageName);
    if (pkg != null) {
      for (Element member : pkg.getEnclosedElements()) {
        known.add(member);
      }
    }
    for (Element element : roundRevisions) {
      if (element instanceof TypeElement type && elements.getPackageOf(type).getQualifiedName().contentEquals(packageName)) {
        known.add(element);
      }
    }
    return known;
  }

  private void add(Element element) {
    if (element.getKind() != ElementKind.CLASS) {
      return;
    }
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(REVISION)) {
        String id = null;
        List<String> parents = new ArrayList<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
          String name = e.getKey().getSimpleName().toString();
          if (name.equals("id")) {
            id = (String) e.getValue().getValue();
          } else if (name.equals("parents")) {
            Object value = e.getValue().getValue();
            if (value instanceof List<?> list) {
              for (Object v : list) {
                parents.add((String) ((AnnotationValue) v).getValue());
              }
            } else {
              parents.add((String) value);
            }
          }
        }
        String className = element.getSimpleName().toString();
        byClass.put(className, new Known(className, id, parents, element));
      }
    }
  }

  Collection<Known> all() {
    return byClass.values();
  }

  boolean isEmpty() {
    return byClass.isEmpty();
  }

  /** The next free sequence number for a class name {@code V<number>_...}. */
  int nextSequence() {
    int max = 0;
    for (String name : byClass.keySet()) {
      Matcher m = SEQUENCE.matcher(name);
      if (m.find()) {
        max = Math.max(max, Integer.parseInt(m.group(1)));
      }
    }
    return max + 1;
  }
}
