package dev.retort.processor;

import com.google.auto.service.AutoService;
import dev.retort.processor.Diagnostics.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
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
      new Generation(processingEnv, diagnostics, options).run(types(round, ENTITY_JAKARTA, ENTITY_JAVAX),
          annotated(round, REVISION), types(round, CONVERTER_JAKARTA, CONVERTER_JAVAX));
    } catch (IllegalArgumentException e) {
      diagnostics.error(Tag.LAYOUT, e.getMessage());
    } catch (RuntimeException e) {
      diagnostics.error(Tag.INTERNAL, "Retort failed unexpectedly: " + e
          + ". Nothing was written. Please report this with the entity that triggers it.");
    }
    return false;
  }

  private List<TypeElement> types(RoundEnvironment round, String... annotations) {
    Map<String, TypeElement> types = new LinkedHashMap<>();
    for (String name : annotations) {
      for (Element element : annotated(round, name)) {
        if (element instanceof TypeElement type) {
          types.put(type.getQualifiedName().toString(), type);
        }
      }
    }
    return new ArrayList<>(types.values());
  }

  private List<Element> annotated(RoundEnvironment round, String annotation) {
    TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
    return type == null ? List.of() : new ArrayList<>(round.getElementsAnnotatedWith(type));
  }
}
