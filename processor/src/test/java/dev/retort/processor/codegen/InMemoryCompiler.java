package dev.retort.processor.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.JavaFile;
import dev.retort.Migration;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Compiles generated sources with javac in memory and loads the classes.
 *
 * <p>The class path holds the Retort runtime and nothing else, which is the promise a generated
 * migration makes: it still compiles when the entities it came from are gone. Warnings and
 * Javadoc problems (doclint) fail the compilation, since the sources land in users' projects.
 */
final class InMemoryCompiler {
  private InMemoryCompiler() {}

  /**
   * Compiles the files together, from their {@code toString()}: the text the processor writes.
   * The returned loader defines their classes.
   */
  static ClassLoader compile(JavaFile... files) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (JavaFile file : files) {
      String name = file.packageName() + "." + file.typeSpec().name();
      sources.add(JavaFileObjects.forSourceString(name, file.toString()));
    }
    Compilation compilation =
        Compiler.javac()
            .withClasspath(List.of(runtimeLocation()))
            .withOptions("-Xlint:all", "-Xdoclint:all,-missing", "-Werror")
            .compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    return new CompiledClasses(compilation.generatedFiles());
  }

  /** Compiles one migration and returns a new instance of it. */
  static Migration migration(JavaFile file) throws ReflectiveOperationException {
    ClassLoader loader = compile(file);
    String name = file.packageName() + "." + file.typeSpec().name();
    return (Migration) loader.loadClass(name).getConstructor().newInstance();
  }

  private static File runtimeLocation() {
    try {
      return new File(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Defines the compiled classes; everything else, the runtime included, comes from the tests'. */
  private static final class CompiledClasses extends ClassLoader {
    private static final String OUTPUT = "/CLASS_OUTPUT/";

    private final Map<String, byte[]> classes = new HashMap<>();

    CompiledClasses(List<JavaFileObject> generated) {
      super(InMemoryCompiler.class.getClassLoader());
      for (JavaFileObject file : generated) {
        String path = file.toUri().getPath();
        if (file.getKind() == JavaFileObject.Kind.CLASS && path.startsWith(OUTPUT)) {
          String name = path.substring(OUTPUT.length(), path.length() - ".class".length());
          classes.put(name.replace('/', '.'), bytes(file));
        }
      }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }

    private static byte[] bytes(JavaFileObject file) {
      try (InputStream in = file.openInputStream()) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
