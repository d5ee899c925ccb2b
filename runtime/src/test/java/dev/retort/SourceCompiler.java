package dev.retort;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles Java sources written by a test against Retort's runtime, into a class loader of their own. */
final class SourceCompiler {
  private SourceCompiler() {}

  /** @param sources file name (such as {@code p/Edited.java}) to content */
  static ClassLoader compile(Path dir, Map<String, String> sources) throws IOException, URISyntaxException {
    Path src = dir.resolve("src");
    Path out = dir.resolve("classes");
    Files.createDirectories(out);
    List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-classpath", classPath(), "-proc:none"));
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = src.resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
      args.add(file.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, null, args.toArray(String[]::new));
    if (status != 0) {
      throw new IllegalStateException("javac failed on " + sources.keySet());
    }
    return new URLClassLoader(new URL[] {out.toUri().toURL()}, SourceCompiler.class.getClassLoader());
  }

  static Migration instance(ClassLoader loader, String className) throws ReflectiveOperationException {
    return (Migration) loader.loadClass(className).getConstructor().newInstance();
  }

  private static String classPath() throws URISyntaxException {
    return Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
