package dev.retort.processor.replay;

import dev.retort.Migration;
import dev.retort.Revision;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionNode;
import dev.retort.op.Operation;
import dev.retort.op.SchemaReplay;
import dev.retort.schema.Schema;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * The migrations of one package, compiled in memory from their sources and loaded, so their
 * recorded operations can be replayed onto a schema. A migration is frozen history that uses only
 * Retort's API, so the runtime's classes are all it needs on its class path; one that needs more
 * is reported, not guessed at.
 */
public final class MigrationReplay {
  /** One migration as its {@code @Revision} and its upgrade recording say. */
  public record Replayed(String id, List<String> parents, String className, List<Operation> upgrade) {}

  private final Map<String, Replayed> byId;
  private final RevisionGraph graph;

  private MigrationReplay(Map<String, Replayed> byId) {
    this.byId = byId;
    List<RevisionNode> nodes = new ArrayList<>();
    byId.values().forEach(r -> nodes.add(new RevisionNode(r.id(), r.parents())));
    this.graph = RevisionGraph.of(nodes);
  }

  /**
   * Compiles and loads every migration source in the directory.
   *
   * @throws ReplayException when a source does not compile on its own or a migration cannot be
   *     recorded
   */
  public static MigrationReplay load(Path directory) {
    Map<String, String> sources = new TreeMap<>();
    if (Files.isDirectory(directory)) {
      try (Stream<Path> files = Files.list(directory)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          String text = Files.readString(file);
          if (text.contains("@Revision")) {
            sources.put(file.getFileName().toString().replace(".java", ""), text);
          }
        }
      } catch (IOException e) {
        throw new ReplayException("Cannot read the migrations in " + directory + ": " + e.getMessage());
      }
    }
    return new MigrationReplay(compileAndRecord(packageOf(sources), sources));
  }

  public RevisionGraph graph() {
    return graph;
  }

  public Collection<Replayed> migrations() {
    return byId.values();
  }

  /** The schema after every migration up to and including the given heads, applied from base in order. */
  public Schema schemaAt(Collection<String> heads) {
    Set<String> wanted = new LinkedHashSet<>(graph.withAncestors(heads));
    Schema schema = Schema.EMPTY;
    for (String id : graph.topologicalOrder()) {
      if (wanted.contains(id)) {
        try {
          schema = SchemaReplay.apply(schema, byId.get(id).upgrade());
        } catch (RuntimeException e) {
          throw new ReplayException("Replaying migration " + byId.get(id).className() + " (" + id + ") from base fails: "
              + e.getMessage());
        }
      }
    }
    return schema;
  }

  private static String packageOf(Map<String, String> sources) {
    for (String text : sources.values()) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;").matcher(text);
      if (m.find()) {
        return m.group(1);
      }
    }
    return "";
  }

  private static Map<String, Replayed> compileAndRecord(String pkg, Map<String, String> sources) {
    if (sources.isEmpty()) {
      return new TreeMap<>();
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new ReplayException("No Java compiler is available to replay the migrations (running on a JRE?).");
    }
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((name, text) -> units.add(new Source(pkg.isEmpty() ? name : pkg + "." + name, text)));
    Map<String, ByteArrayOutputStream> classes = new HashMap<>();
    StringWriter errors = new StringWriter();
    try (StandardJavaFileManager standard = compiler.getStandardFileManager(null, null, null)) {
      standard.setLocation(StandardLocation.CLASS_PATH, List.of(runtimeLocation()));
      ForwardingJavaFileManager<StandardJavaFileManager> memory = new ForwardingJavaFileManager<>(standard) {
        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          classes.put(className, bytes);
          return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
            @Override
            public OutputStream openOutputStream() {
              return bytes;
            }
          };
        }
      };
      boolean ok = compiler.getTask(errors, memory, null, List.of("-proc:none", "-nowarn", "-g:none"), null, units).call();
      if (!ok) {
        throw new ReplayException("The migrations in package " + pkg + " do not compile on their own (a migration may use only "
            + "Retort's API, never the application's classes):\n" + errors.toString().strip());
      }
    } catch (IOException e) {
      throw new ReplayException("Cannot compile the migrations: " + e.getMessage());
    }
    ClassLoader loader = new ClassLoader(Migration.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        ByteArrayOutputStream bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        byte[] b = bytes.toByteArray();
        return defineClass(name, b, 0, b.length);
      }
    };
    Map<String, Replayed> result = new TreeMap<>();
    for (String name : sources.keySet()) {
      String className = pkg.isEmpty() ? name : pkg + "." + name;
      try {
        Class<?> type = loader.loadClass(className);
        Revision revision = type.getAnnotation(Revision.class);
        if (revision == null || !Migration.class.isAssignableFrom(type)) {
          continue;
        }
        Migration migration = (Migration) type.getDeclaredConstructor().newInstance();
        result.put(revision.id(), new Replayed(revision.id(), List.of(revision.parents()), name, migration.recordUpgrade()));
      } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
        throw new ReplayException("Cannot record the operations of migration " + name + ": " + e);
      }
    }
    return result;
  }

  private static File runtimeLocation() {
    try {
      return new File(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new ReplayException("Cannot locate Retort's runtime classes to replay the migrations: " + e);
    }
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(String className, String text) {
      super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
