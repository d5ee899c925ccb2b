import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * A processor that asks for the annotations Retort's asks for and does nothing: what javac itself
 * charges for running any annotation processor (its rounds enter every class again), which no
 * processor can avoid. The compile benchmark reports it as the floor.
 */
@SupportedAnnotationTypes({"jakarta.persistence.Entity", "jakarta.persistence.Embeddable",
    "jakarta.persistence.MappedSuperclass", "jakarta.persistence.Converter", "dev.retort.Revision"})
public final class NoopProcessor extends AbstractProcessor {
  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return false;
  }
}
