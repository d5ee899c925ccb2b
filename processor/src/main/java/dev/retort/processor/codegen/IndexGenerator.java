package dev.retort.processor.codegen;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the project's migration index: the service file {@value #SERVICE_FILE}, which lists the
 * migration classes in revision order, one binary name per line, under a header comment. The
 * runtime reads it instead of scanning the class path, and on an up-to-date database loads none
 * of the classes it names. It is a resource, not a generated class, because a generated source
 * would make javac run a second round over every class of the compile. Written on every build.
 */
public final class IndexGenerator {
  /** Where the list goes, relative to the class output. */
  public static final String SERVICE_FILE = "META-INF/services/dev.retort.Migration";

  private IndexGenerator() {}

  /**
   * The content of {@link #SERVICE_FILE}. The runtime relies on its first line starting with
   * {@code "# Retort migrations"}: a file with that header twice is two modules' lists merged (by a
   * shading tool), and its last line is then not taken for a head. When the migrations have one
   * head, a line {@value #HEAD} names it (the last class): only then does the runtime take the
   * last class for the code's head on an up-to-date start, loading it alone. Topological order
   * puts a head last, but cannot say there is no other; without the line (two heads, or a list
   * written before the line existed) the runtime loads every class to know. Two more lines give
   * the head's revision id and parents ({@value #HEAD_REVISION}, {@value #HEAD_PARENTS}), so
   * that the start loads no migration class either (reading an annotation is the JDK's slowest
   * first step here); they are left out for an id the line could not carry unchanged, and the
   * runtime then reads the class's {@code @Revision}. The last comment line
   * ({@value #LIST_SIZE}) gives the number of classes and the length of the rest of the file: a
   * file of that length is this list as written, not several modules' lists merged, so a start
   * needs none of the names and reads none of them, however many there are.
   */
  public static String serviceFile(IndexSpec spec) {
    StringBuilder text = new StringBuilder("# Retort migrations")
        .append(spec.packageName().isEmpty() ? "" : " of " + spec.packageName())
        .append(", in revision order (each after its parents).\n")
        .append("# Written by the processor on every build from the migration classes; do not edit.\n");
    List<String> names = spec.classNames();
    if (spec.oneHead() && !names.isEmpty()) {
      text.append(HEAD).append(names.get(names.size() - 1)).append('\n');
      IndexSpec.Head head = spec.head();
      if (plainId(head.revision()) && head.parents().stream().allMatch(IndexGenerator::plainId)) {
        text.append(HEAD_REVISION).append(head.revision()).append('\n')
            .append(HEAD_PARENTS).append(head.parents().isEmpty() ? NO_PARENTS : String.join(",", head.parents()))
            .append('\n');
      }
    }
    StringBuilder body = new StringBuilder();
    names.forEach(name -> body.append(name).append('\n'));
    text.append(LIST_SIZE).append(names.size()).append(names.size() == 1 ? " class, " : " classes, ")
        .append(body.toString().getBytes(StandardCharsets.UTF_8).length).append(" bytes\n");
    return text.append(body).toString();
  }

  /** How the line that names the one head starts; the runtime's MigrationList reads the same. */
  public static final String HEAD = "# The one head: ";

  /** How the line with the head's revision id starts; the runtime's MigrationList reads the same. */
  public static final String HEAD_REVISION = "# The head's revision: ";

  /** How the line with the head's parents starts: their ids, comma separated, or {@value #NO_PARENTS}. */
  public static final String HEAD_PARENTS = "# The head's parents: ";

  /** How the line that gives the number of names below it, and their length in UTF-8 bytes, starts. */
  public static final String LIST_SIZE = "# The list below: ";

  /** The parents of a base revision, on the {@link #HEAD_PARENTS} line: not an id, see {@link #plainId}. */
  public static final String NO_PARENTS = "(none)";

  /**
   * Whether an id reads back from a line unchanged: letters, digits, {@code _}, {@code .} and
   * {@code -} (what the processor's own ids use), so no space, comma or parenthesis.
   */
  private static boolean plainId(String id) {
    return !id.isEmpty() && id.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-'));
  }

  /**
   * Where the index's GraalVM native-image metadata goes, relative to the class output, with
   * {@code file} {@code reflect-config.json} or {@code resource-config.json}: {@code native-image}
   * reads every {@code META-INF/native-image/**} configuration on the class path, so an
   * application's native image needs no configuration for Retort.
   */
  public static String nativeImageFile(IndexSpec spec, String file) {
    return "META-INF/native-image/dev.retort/" + (spec.packageName().isEmpty() ? "default" : spec.packageName())
        + "/" + file;
  }

  /**
   * The reflection the runtime does on what the index lists, registered for native-image: it
   * creates each listed class through its public constructor, and reads the {@code @Revision} of
   * the last one by name.
   */
  public static String reflectConfig(IndexSpec spec) {
    StringBuilder json = new StringBuilder("[\n");
    List<String> names = spec.classNames();
    for (int i = 0; i < names.size(); i++) {
      json.append("  {\"name\": \"").append(names.get(i)).append("\", \"allPublicConstructors\": true}")
          .append(i < names.size() - 1 ? ",\n" : "\n");
    }
    return json.append("]\n").toString();
  }

  /** The index itself, a resource that native-image only includes when told to. */
  public static String resourceConfig() {
    return "{\n  \"resources\": {\n    \"includes\": [\n      {\"pattern\": \"\\\\Q" + SERVICE_FILE
        + "\\\\E\"}\n    ]\n  }\n}\n";
  }
}
