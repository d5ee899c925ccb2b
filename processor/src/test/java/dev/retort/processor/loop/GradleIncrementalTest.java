package dev.retort.processor.loop;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.retort.processor.RetortProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gradle's incremental annotation processing: the processor declares itself {@code aggregating}
 * (it reads every entity into one diff and writes one index), and keeps the contract Gradle checks
 * for that category. Gradle then hands it every type carrying one of its annotations on each
 * incremental compile, so it still sees all entities; without the declaration Gradle recompiles
 * the whole source set whenever the processor is on the path.
 *
 * <p>Files the processor writes into the source tree (the migration and the snapshot) are not
 * build outputs: they are committed sources the next compile reads, which Gradle must never delete,
 * so they go around the Filer on purpose.
 */
class GradleIncrementalTest {
  private static final String DECLARATION = "META-INF/gradle/incremental.annotation.processors";
  /** Where Gradle accepts resources from an incremental processor (GeneratedResource.Location). */
  private static final Set<JavaFileManager.Location> GRADLE_RESOURCE_LOCATIONS = Set.of(
      StandardLocation.CLASS_OUTPUT, StandardLocation.SOURCE_OUTPUT, StandardLocation.NATIVE_HEADER_OUTPUT);

  @Test
  void theProcessorIsDeclaredAggregating() throws IOException {
    assertThat(resource(DECLARATION).strip().lines().toList())
        .containsExactly(RetortProcessor.class.getName() + ",aggregating");
    assertThat(resource("META-INF/services/" + Processor.class.getName()).lines().map(String::strip))
        .contains(RetortProcessor.class.getName());
  }

  @Test
  void itKeepsTheAggregatingContract(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);
    Recording recording = new Recording(new RetortProcessor());

    Compilation compilation = project.compileWith(recording);

    assertThat(compilation).succeeded();
    // it did its whole job in this compile: a migration in the source tree, and through the Filer
    // the same migration (compiled in this build) and the index
    assertThat(project.migrations("com.example.library.migrations")).containsOnlyKeys("V0001_Initial.java");
    assertThat(recording.generatedTypes).containsExactly("com.example.library.migrations.V0001_Initial");
    assertThat(recording.resourceNames).contains("META-INF/services/dev.retort.Migration");
    assertThat(recording.resourceLocations).isNotEmpty().allMatch(GRADLE_RESOURCE_LOCATIONS::contains);
    // Gradle can only reprocess types whose annotations survive in class files
    assertThat(recording.supportedAnnotationTypes).doesNotContain("*");
    assertThat(recording.processedAnnotations).isNotEmpty().allSatisfy(annotation ->
        assertThat(retention(annotation)).as("retention of @%s", annotation.getQualifiedName())
            .isIn(RetentionPolicy.CLASS, RetentionPolicy.RUNTIME));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = RetortProcessor.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** As Gradle reads it: the {@code @Retention} of the annotation type, CLASS when there is none. */
  private static RetentionPolicy retention(TypeElement annotation) {
    Retention retention = annotation.getAnnotation(Retention.class);
    return retention == null ? RetentionPolicy.CLASS : retention.value();
  }

  /** Wraps a processor as Gradle's incremental compiler does, recording what it asks of the Filer. */
  static final class Recording implements Processor {
    private final Processor delegate;
    final Set<String> supportedAnnotationTypes = new LinkedHashSet<>();
    final List<TypeElement> processedAnnotations = new ArrayList<>();
    final List<String> generatedTypes = new ArrayList<>();
    final List<JavaFileManager.Location> resourceLocations = new ArrayList<>();
    final List<String> resourceNames = new ArrayList<>();

    Recording(Processor delegate) {
      this.delegate = delegate;
    }

    @Override
    public void init(ProcessingEnvironment env) {
      Filer filer = new RecordingFiler(env.getFiler());
      delegate.init((ProcessingEnvironment) Proxy.newProxyInstance(getClass().getClassLoader(),
          new Class<?>[] {ProcessingEnvironment.class},
          (proxy, method, args) -> method.getName().equals("getFiler") ? filer : method.invoke(env, args)));
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      processedAnnotations.addAll(annotations);
      return delegate.process(annotations, round);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      supportedAnnotationTypes.addAll(delegate.getSupportedAnnotationTypes());
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
        ExecutableElement member, String userText) {
      return delegate.getCompletions(element, annotation, member, userText);
    }

    private final class RecordingFiler implements Filer {
      private final Filer filer;

      RecordingFiler(Filer filer) {
        this.filer = filer;
      }

      @Override
      public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) throws IOException {
        generatedTypes.add(name.toString());
        return filer.createSourceFile(name, originatingElements);
      }

      @Override
      public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) throws IOException {
        generatedTypes.add(name.toString());
        return filer.createClassFile(name, originatingElements);
      }

      @Override
      public FileObject createResource(JavaFileManager.Location location, CharSequence pkg, CharSequence relativeName,
          Element... originatingElements) throws IOException {
        resourceLocations.add(location);
        resourceNames.add(relativeName.toString());
        return filer.createResource(location, pkg, relativeName, originatingElements);
      }

      @Override
      public FileObject getResource(JavaFileManager.Location location, CharSequence pkg, CharSequence relativeName)
          throws IOException {
        return filer.getResource(location, pkg, relativeName);
      }
    }
  }
}
