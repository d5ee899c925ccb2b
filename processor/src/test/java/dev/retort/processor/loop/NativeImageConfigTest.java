package dev.retort.processor.loop;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.retort.processor.codegen.IndexGenerator;
import dev.retort.processor.codegen.IndexSpec;
import java.nio.file.Path;
import java.util.List;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GraalVM native-image metadata written next to the migration index: the classes the runtime
 * loads by name or reads {@code @Revision} from, so a native image of the application finds its
 * migrations without configuration.
 */
class NativeImageConfigTest {

  @Test
  void everyIndexedClassAndTheIndexAreRegistered() {
    IndexSpec spec = new IndexSpec("com.example.shop.migrations", List.of("V0001_Initial", "V0002_AddPhone"));
    assertThat(IndexGenerator.nativeImageFile(spec, "reflect-config.json"))
        .isEqualTo("META-INF/native-image/dev.retort/com.example.shop.migrations/reflect-config.json");
    assertThat(IndexGenerator.reflectConfig(spec)).isEqualTo("""
        [
          {"name": "com.example.shop.migrations.V0001_Initial", "allPublicConstructors": true},
          {"name": "com.example.shop.migrations.V0002_AddPhone", "allPublicConstructors": true}
        ]
        """);
    assertThat(IndexGenerator.resourceConfig()).isEqualTo("""
        {
          "resources": {
            "includes": [
              {"pattern": "\\\\QMETA-INF/services/dev.retort.Migration\\\\E"}
            ]
          }
        }
        """);
  }

  @Test
  void theCompileWritesItBesideTheIndex(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);
    Compilation compilation = project.compile();
    assertThat(compilation).succeeded();
    String migration = project.migrations("com.example.library.migrations").keySet().iterator().next().replace(".java", "");
    String dir = "META-INF/native-image/dev.retort/com.example.library.migrations/";
    String config = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, dir + "reflect-config.json")
        .orElseThrow().getCharContent(true).toString();
    assertThat(config).contains("{\"name\": \"com.example.library.migrations." + migration + "\", \"allPublicConstructors\": true}");
    assertThat(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, dir + "resource-config.json").orElseThrow()
        .getCharContent(true).toString()).isEqualTo(IndexGenerator.resourceConfig());
  }
}
