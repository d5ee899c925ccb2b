package dev.retort.engine;

import dev.retort.Migration;
import dev.retort.MigrationIndex;
import dev.retort.RetortException;
import dev.retort.Revision;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The index the processor writes: the service file {@value #RESOURCE}, which lists a project's
 * migration classes, one binary name per line, in revision order (each after its parents), under
 * one header comment.
 *
 * <p>A list file rather than a generated index class: a generated source would make javac run a
 * second round over every class of the compile, which a resource does not, and it is as cheap to
 * read at start-up. It is a {@link java.util.ServiceLoader} file of {@link Migration} so that tools
 * that merge service files when they repackage jars (the Maven Shade plugin's
 * {@code ServicesResourceTransformer}, Gradle's Shadow {@code mergeServiceFiles()}) keep every
 * module's list; a merged file has several headers, and is then read as an unordered list.
 */
final class MigrationList implements MigrationIndex {
  /** Where the processor writes the list, relative to the class output. */
  static final String RESOURCE = "META-INF/services/dev.retort.Migration";

  /** The comment each list starts with, once per module whose list is in the file. */
  static final String HEADER = "# Retort migrations";

  /** How the comment that names the list's one head starts (the processor's IndexGenerator.HEAD). */
  static final String HEAD = "# The one head: ";

  /** How the comment that gives the head's revision id starts (the processor's IndexGenerator.HEAD_REVISION). */
  static final String HEAD_REVISION = "# The head's revision: ";

  /** How the comment that gives the head's parents starts (the processor's IndexGenerator.HEAD_PARENTS). */
  static final String HEAD_PARENTS = "# The head's parents: ";

  /** The head's parents when it is a base revision (the processor's IndexGenerator.NO_PARENTS). */
  static final String NO_PARENTS = "(none)";

  /** How the comment that gives the number and length of the names below starts (the processor's IndexGenerator.LIST_SIZE). */
  static final String LIST_SIZE = "# The list below: ";

  private final URL url;
  private final ClassLoader loader;
  private final boolean ordered;
  private final String head;
  private final String headRevision;
  private final List<String> headParents;
  private final int size;
  /** The last listed name; for a list whose names are not read yet, the head its header names. */
  private final String lastName;
  /** The names, or null until first needed: they are then read from {@link #bodyStart} of a file of {@link #length} bytes. */
  private List<String> names;
  private final int bodyStart;
  private final long length;

  private MigrationList(URL url, ClassLoader loader, Header header, List<String> names, int bodyStart, long length,
      int size, String lastName) {
    this.url = url;
    this.loader = loader;
    this.ordered = header.headers == 1;
    this.head = header.head;
    this.headRevision = header.headParents == null ? null : header.headRevision;
    this.headParents = header.headRevision == null ? null : header.headParents;
    this.names = names;
    this.bodyStart = bodyStart;
    this.length = length;
    this.size = size;
    this.lastName = lastName;
  }

  /** What the comment lines say. */
  private static final class Header {
    int headers;
    String head;
    String headRevision;
    List<String> headParents;
    int classes = -1;
    long bytes = -1;

    void take(String line) {
      if (line.startsWith(HEADER)) {
        headers++;
      }
      if (line.startsWith(HEAD)) {
        head = line.substring(HEAD.length()).strip();
      } else if (line.startsWith(HEAD_REVISION)) {
        headRevision = line.substring(HEAD_REVISION.length()).strip();
      } else if (line.startsWith(HEAD_PARENTS)) {
        String parents = line.substring(HEAD_PARENTS.length()).strip();
        headParents = parents.equals(NO_PARENTS) ? List.of() : List.of(parents.split(",", -1));
      } else if (line.startsWith(LIST_SIZE)) {
        // "<n> classes, <b> bytes" ("1 class"), split by hand: a pattern would be the start's only regex
        String size = line.substring(LIST_SIZE.length()).strip();
        int space = size.indexOf(' ');
        int comma = size.indexOf(", ");
        if (space > 0 && comma > space && size.endsWith(" bytes")
            && size.substring(space + 1, comma).startsWith("class")) {
          try {
            classes = Integer.parseInt(size.substring(0, space));
            bytes = Long.parseLong(size.substring(comma + 2, size.length() - " bytes".length()));
          } catch (NumberFormatException e) {
            classes = -1; // not the processor's line: the file is read whole
          }
        }
      }
    }
  }

  /**
   * Reads one list file; its classes are loaded only when {@link #migrations()} is called. Only
   * the comment lines at the top are read at once when the last of them gives the length of the
   * rest and the resource has that length (the processor's list as written, not several merged,
   * which its connection tells without reading it: a jar entry's size, a file's length): the names
   * are then read when first needed, which an up-to-date start never does, and checked then
   * against the comment lines.
   */
  static MigrationList read(URL url, ClassLoader loader) {
    try {
      URLConnection connection = url.openConnection();
      long length = connection.getContentLengthLong();
      try (InputStream in = connection.getInputStream()) {
        ByteArrayOutputStream top = new ByteArrayOutputStream(HEADER_READ);
        int bodyStart = readComments(in, top);
        Header header = new Header();
        byte[] bytes = top.toByteArray();
        for (int at = 0; at < bodyStart; ) {
          int end = lineEnd(bytes, at);
          header.take(new String(bytes, at, end - at, StandardCharsets.UTF_8).strip());
          at = end + 1;
        }
        if (header.headers == 1 && header.classes > 0 && header.head != null && header.bytes == length - bodyStart) {
          return new MigrationList(url, loader, header, null, bodyStart, length, header.classes, header.head);
        }
        // any other file (merged, edited, from an earlier processor, or of unknown length): every line, now
        top.write(in.readAllBytes());
        Header whole = new Header();
        List<String> names = names(top.toString(StandardCharsets.UTF_8), whole);
        return new MigrationList(url, loader, whole, names, 0, -1, names.size(),
            names.isEmpty() ? null : names.get(names.size() - 1));
      }
    } catch (IOException e) {
      throw new RetortException("Cannot read the migration list " + url + ": " + e.getMessage()
          + ". Nothing was changed.", e);
    }
  }

  /** How much of a list is read at a time until its comment lines end: more than they take. */
  private static final int HEADER_READ = 1024;

  /**
   * Copies the stream to {@code top} until the comment lines at its start have ended, a little at
   * a time, and returns where they end (the first line that does not start with {@code #}).
   */
  private static int readComments(InputStream in, ByteArrayOutputStream top) throws IOException {
    byte[] chunk = new byte[HEADER_READ];
    int lineStart = 0;
    for (int n = in.readNBytes(chunk, 0, chunk.length); n > 0; n = in.readNBytes(chunk, 0, chunk.length)) {
      top.write(chunk, 0, n);
      byte[] bytes = top.toByteArray();
      while (lineStart < bytes.length && bytes[lineStart] == '#') {
        int end = lineEnd(bytes, lineStart);
        if (end == bytes.length) {
          break; // the line goes on in the next chunk
        }
        lineStart = end + 1;
      }
      if (lineStart < bytes.length && bytes[lineStart] != '#') {
        return lineStart;
      }
    }
    return lineStart;
  }

  private static int lineEnd(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return bytes.length;
  }

  /** The classes the lines of {@code text} name, without comments and blanks; each comment line also to {@code header}. */
  private static List<String> names(String text, Header header) {
    List<String> names = new ArrayList<>();
    for (String line : text.split("\n")) {
      int comment = line.indexOf('#');
      if (comment >= 0 && header != null) {
        header.take(line.strip());
      }
      String name = (comment < 0 ? line : line.substring(0, comment)).strip();
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return List.copyOf(names);
  }

  /** The names, read from the file's body the first time, and checked against its comment lines. */
  private synchronized List<String> names() {
    if (names == null) {
      byte[] file;
      try (InputStream in = url.openStream()) {
        file = in.readAllBytes();
      } catch (IOException e) {
        throw new RetortException("Cannot read the migration list " + url + ": " + e.getMessage()
            + ". Nothing was changed.", e);
      }
      if (file.length != length) {
        throw stale("it was " + length + " bytes long when its comment lines were read, and is " + file.length + " now", null);
      }
      List<String> read = names(new String(file, bodyStart, file.length - bodyStart, StandardCharsets.UTF_8), null);
      if (read.size() != size) {
        throw stale("it says it lists " + size + " classes, and lists " + read.size(), null);
      }
      if (!read.get(read.size() - 1).equals(lastName)) {
        throw stale("it names " + lastName + " as its one head, and lists " + read.get(read.size() - 1) + " last", null);
      }
      names = read;
    }
    return names;
  }

  /** Every listed migration, instantiated through its public no-argument constructor. */
  @Override
  public List<Migration> migrations() {
    List<Migration> migrations = new ArrayList<>(size);
    for (String name : names()) {
      migrations.add(instantiate(name));
    }
    return migrations;
  }

  /**
   * The listed names, when the file is one module's list in revision order; empty for a file that
   * merges several modules' lists, whose last line is not necessarily a head.
   */
  @Override
  public List<String> migrationClassNames() {
    return ordered ? names() : List.of();
  }

  /**
   * Whether the list says its last class is the code's one head: the processor writes that line
   * only for migrations with exactly one head, and in one module's list its last class.
   */
  boolean namesItsHead() {
    return ordered && size > 0 && lastName.equals(head);
  }

  /**
   * The head's revision id as the list gives it, for a list that {@linkplain #namesItsHead names
   * its head} and says its id and parents; null otherwise (the head class's {@code @Revision} is
   * then read).
   */
  String headRevision() {
    return namesItsHead() ? headRevision : null;
  }

  /** The head's parents as the list gives them, when {@link #headRevision()} is not null. */
  List<String> headParents() {
    return headParents;
  }

  /** Where the list was read from. */
  URL url() {
    return url;
  }

  /** The class loader that found the file, which loads what it lists. */
  ClassLoader loader() {
    return loader;
  }

  /**
   * Loads and initialises, without creating them, the listed classes from index {@code from} to
   * {@code to} (initialising verifies their code, the larger part of the work), and reads their
   * {@code @Revision} (the JDK keeps a class's parsed annotations, so the catalog's own read is a
   * lookup): a few threads each take a part while the command waits for its lock, so that creating
   * them afterwards finds them ready. A class that does not load is reported then.
   */
  void preload(int from, int to) {
    for (int i = from; i < to; i++) {
      try {
        load(names().get(i), true).getAnnotation(Revision.class);
      } catch (ClassNotFoundException | LinkageError e) {
        // reported by migrations(), which loads it again
      }
    }
  }

  /** The listed names, whatever the file's kind: what {@link #preload} counts. */
  int size() {
    return size;
  }

  private Class<?> load(String name, boolean initialize) throws ClassNotFoundException {
    return Class.forName(name, initialize, loader);
  }

  private Migration instantiate(String name) {
    Class<?> type;
    try {
      type = load(name, true);
    } catch (ClassNotFoundException | LinkageError e) {
      throw stale("it lists " + name + ", which cannot be loaded (" + e + ")", e);
    }
    if (!Migration.class.isAssignableFrom(type)) {
      throw stale("it lists " + name + ", which does not extend dev.retort.Migration", null);
    }
    try {
      return type.asSubclass(Migration.class).getConstructor().newInstance();
    } catch (NoSuchMethodException | IllegalAccessException e) {
      String pkg = name.substring(0, Math.max(0, name.lastIndexOf('.')));
      throw new RetortException("The migration " + name + " (listed in " + url + ") has no public constructor "
          + "without parameters that Retort can call (" + e + "). Make the class and its constructor public; on the "
          + "module path, also declare 'exports " + pkg + " to dev.retort;' in the application's module-info.java. "
          + "Nothing was changed.", e);
    } catch (InstantiationException | InvocationTargetException e) {
      Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
      throw new RetortException("Creating the migration " + name + " failed: " + cause + ". Nothing was changed.", cause);
    }
  }

  private RetortException stale(String problem, Throwable cause) {
    return new RetortException("The migration list " + url + " is out of date: " + problem + ". It is written on "
        + "every build; rebuild the module that contains it (with clean). Nothing was changed.", cause);
  }

  @Override
  public String toString() {
    return "the migration list " + url;
  }
}
