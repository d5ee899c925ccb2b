package dev.retort.processor;

import com.google.auto.service.AutoService;
import dev.retort.processor.Diagnostics.Tag;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Retort's annotation processor. It stays thin: it collects the entities and migrations of the
 * compile and hands them to {@link Generation}, once, in the first round that has any (so the
 * migration it writes is compiled in this same build). It never claims the annotations: other
 * processors, such as Hibernate's, still see them.
 */
@AutoService(Processor.class)
public final class RetortProcessor extends AbstractProcessor {
  static final String ENTITY_JAKARTA = "jakarta.persistence.Entity";
  static final String ENTITY_JAVAX = "javax.persistence.Entity";
  static final String REVISION = "dev.retort.Revision";
  /** Auto-applied converters decide column types wherever they are, so the processor asks for them too. */
  static final String CONVERTER_JAKARTA = "jakarta.persistence.Converter";
  static final String CONVERTER_JAVAX = "javax.persistence.Converter";

  private Diagnostics diagnostics;
  private boolean done;

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    diagnostics = new Diagnostics(processingEnv.getMessager());
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> names = new TreeSet<>(List.of(
        ENTITY_JAKARTA, ENTITY_JAVAX,
        "jakarta.persistence.Embeddable", "javax.persistence.Embeddable",
        "jakarta.persistence.MappedSuperclass", "javax.persistence.MappedSuperclass",
        CONVERTER_JAKARTA, CONVERTER_JAVAX,
        REVISION));
    return names;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return ProcessorOptions.names();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (done || round.processingOver() || annotations.isEmpty()) {
      return false;
    }
    done = true;
    try {
      ProcessorOptions options = ProcessorOptions.parse(processingEnv.getOptions(), System.getenv());
      if (options.mode() == ProcessorOptions.Mode.OFF) {
        return false;
      }
      RoundTypes types = RoundTypes.of(round);
      new Generation(processingEnv, diagnostics, options).run(types.with(ENTITY_JAKARTA, ENTITY_JAVAX),
          List.copyOf(types.with(REVISION)), types.with(CONVERTER_JAKARTA, CONVERTER_JAVAX));
    } catch (IllegalArgumentException e) {
      diagnostics.error(Tag.LAYOUT, e.getMessage());
    } catch (RuntimeException e) {
      diagnostics.error(Tag.INTERNAL, "Retort failed unexpectedly: " + e
          + ". Nothing was written. Please report this with the entity that triggers it.");
    }
    return false;
  }

  /**
   * The round's types, nested ones included, by the names of their annotations, found in one walk
   * over the classes: every annotation the processor reads sits on a type, while javac's
   * {@code getElementsAnnotatedWith} walks every field, method and parameter again for each
   * annotation asked for.
   */
  private record RoundTypes(Map<String, List<TypeElement>> byAnnotation) {
    static RoundTypes of(RoundEnvironment round) {
      Map<String, List<TypeElement>> found = new HashMap<>();
      Deque<Element> pending = new ArrayDeque<>(round.getRootElements());
      while (!pending.isEmpty()) {
        Element element = pending.pop();
        if (!(element instanceof TypeElement type)) {
          continue;
        }
        for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
          String name = ((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName().toString();
          found.computeIfAbsent(name, n -> new ArrayList<>()).add(type);
        }
        for (Element member : type.getEnclosedElements()) {
          if (member instanceof TypeElement) {
            pending.push(member);
          }
        }
      }
      return new RoundTypes(found);
    }

    /** The types carrying any of these annotations, each once, ordered by name. */
    List<TypeElement> with(String... annotations) {
      Map<String, TypeElement> types = new TreeMap<>();
      for (String annotation : annotations) {
        for (TypeElement type : byAnnotation.getOrDefault(annotation, List.of())) {
          types.put(type.getQualifiedName().toString(), type);
        }
      }
      return new ArrayList<>(types.values());
    }
  }
}
