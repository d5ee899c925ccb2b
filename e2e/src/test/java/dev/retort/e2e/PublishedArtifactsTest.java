package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What users download, as this build installed it into the local repository: each library with
 * its sources and Javadoc jars and a JPMS module name, and a BOM that sets every version at once.
 */
class PublishedArtifactsTest {
  /** Each published library and the module name its jar declares. */
  static final Map<String, String> LIBRARIES = Map.of(
      "retort-runtime", "dev.retort",
      "retort-processor", "dev.retort.processor",
      "retort-spring-boot", "dev.retort.spring",
      "retort-cli", "dev.retort.cli");

  /** The Maven plugin: published like the libraries, but a build plugin, so not in the BOM. */
  static final Map<String, String> PLUGINS = Map.of("retort-maven-plugin", "dev.retort.maven");

  /** A class of each library, to look for in its sources and Javadoc. */
  private static final Map<String, String> SAMPLE_CLASS = Map.of(
      "retort-runtime", "dev/retort/Migrations",
      "retort-processor", "dev/retort/processor/RetortProcessor",
      "retort-spring-boot", "dev/retort/spring/RetortProperties",
      "retort-cli", "dev/retort/cli/Main",
      "retort-maven-plugin", "dev/retort/maven/UpgradeMojo");

  @Test
  void everyLibraryHasSourcesJavadocAndAModuleName() throws IOException {
    Map<String, String> published = new java.util.TreeMap<>(LIBRARIES);
    published.putAll(PLUGINS);
    for (String artifact : published.keySet()) {
      String sample = SAMPLE_CLASS.get(artifact);
      try (JarFile jar = new JarFile(installed(artifact, ".jar").toFile())) {
        assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
            .as("Automatic-Module-Name of %s", artifact).isEqualTo(published.get(artifact));
      }
      try (JarFile sources = new JarFile(installed(artifact, "-sources.jar").toFile())) {
        assertThat(sources.getEntry(sample + ".java")).as("%s in the sources of %s", sample, artifact).isNotNull();
      }
      try (JarFile javadoc = new JarFile(installed(artifact, "-javadoc.jar").toFile())) {
        assertThat(javadoc.getEntry("index.html")).as("index.html in the Javadoc of %s", artifact).isNotNull();
        assertThat(javadoc.getEntry(sample + ".html")).as("%s in the Javadoc of %s", sample, artifact).isNotNull();
      }
    }
  }

  /** retort --version prints the command line jar's Implementation-Version. */
  @Test
  void theCommandLineJarNamesItsVersion() throws IOException {
    try (JarFile jar = new JarFile(installed("retort-cli", ".jar").toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Implementation-Version"))
          .isEqualTo(System.getProperty("retort.version"));
    }
  }

  @Test
  void theBomManagesEveryLibraryAndNothingElse() throws Exception {
    Document bom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(installed("retort-bom", ".pom").toFile());
    // no parent: importing the BOM must not bring the build's own third-party versions along
    assertThat(bom.getElementsByTagName("parent").getLength()).isZero();
    NodeList dependencies = bom.getElementsByTagName("dependency");
    List<String> managed = new ArrayList<>();
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      assertThat(text(dependency, "groupId")).isEqualTo("dev.retort");
      assertThat(text(dependency, "version")).isEqualTo("${project.version}");
      managed.add(text(dependency, "artifactId"));
    }
    assertThat(managed).containsExactlyInAnyOrderElementsOf(LIBRARIES.keySet());
    assertThat(text(bom.getDocumentElement(), "version")).isEqualTo(System.getProperty("retort.version"));
  }

  @Test
  void aProjectThatImportsTheBomNamesNoRetortVersion(@TempDir Path tmp) throws IOException {
    UserProject project = UserProject.copy("bom-user", tmp);
    assertThat(project.read("pom.xml").split("@RETORT_VERSION@|" + System.getProperty("retort.version"), -1))
        .as("the version appears once, on the BOM").hasSize(2);

    UserProject.Run run = project.mvn("compile");

    assertThat(run.succeeded()).as(run.output()).isTrue();
    try (var migrations = Files.list(project.file("src/main/java/com/example/library/migrations"))) {
      assertThat(migrations.map(f -> f.getFileName().toString())).singleElement().asString().startsWith("V0001_");
    }
    assertThat(project.read("target/classes/META-INF/services/dev.retort.Migration")).contains("com.example.library.migrations.V0001_");
  }

  static Path installed(String artifact, String suffix) {
    String version = System.getProperty("retort.version");
    Path file = Path.of(System.getProperty("maven.repo.local"), "dev", "retort", artifact, version, artifact + "-" + version + suffix);
    assertThat(Files.exists(file)).as("%s is installed (run the full build, mvn -B install)", file).isTrue();
    return file;
  }

  private static String text(Element parent, String child) {
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && e.getTagName().equals(child)) {
        return e.getTextContent().trim();
      }
    }
    return null;
  }
}
