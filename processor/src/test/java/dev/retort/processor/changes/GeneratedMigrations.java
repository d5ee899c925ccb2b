package dev.retort.processor.changes;

import dev.retort.Migration;
import dev.retort.processor.codegen.MigrationGenerator;
import dev.retort.processor.codegen.MigrationSpec;
import java.io.File;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Migration sources as the processor writes them, compiled and loaded as an application would. */
final class GeneratedMigrations {
  private GeneratedMigrations() {}

  static List<Migration> compile(Path dir, List<MigrationSpec> specs) throws Exception {
    Path sources = dir.resolve("src");
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    List<File> files = new ArrayList<>();
    for (MigrationSpec spec : specs) {
      Path file = sources.resolve(spec.packageName().replace('.', '/')).resolve(spec.className() + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, MigrationGenerator.migration(spec).toString());
      files.add(file.toFile());
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    try (StandardJavaFileManager fm = compiler.getStandardFileManager(null, null, null)) {
      boolean ok = compiler.getTask(errors, fm, null,
          List.of("-proc:none", "-d", classes.toString(), "-cp", System.getProperty("java.class.path")),
          null, fm.getJavaFileObjectsFromFiles(files)).call();
      if (!ok) {
        throw new AssertionError("generated migrations do not compile:\n" + errors);
      }
    }
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, Migration.class.getClassLoader());
    List<Migration> migrations = new ArrayList<>();
    for (MigrationSpec spec : specs) {
      migrations.add((Migration) loader.loadClass(spec.packageName() + "." + spec.className()).getDeclaredConstructor().newInstance());
    }
    return migrations;
  }
}
