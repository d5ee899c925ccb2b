package dev.retort.engine;

import dev.retort.Migration;
import dev.retort.MigrationIndex;
import dev.retort.RetortException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
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

  private final URL url;
  private final ClassLoader loader;
  private final List<String> names;
  private final boolean ordered;
  private final String head;
  private final String headRevision;
  private final List<String> headParents;

  private MigrationList(URL url, ClassLoader loader, List<String> names, boolean ordered, String head,
      String headRevision, List<String> headParents) {
    this.url = url;
    this.loader = loader;
    this.names = names;
    this.ordered = ordered;
    this.head = head;
    this.headRevision = headParents == null ? null : headRevision;
    this.headParents = headRevision == null ? null : headParents;
  }

  /** Reads one list file; its classes are loaded only when {@link #migrations()} is called. */
  static MigrationList read(URL url, ClassLoader loader) {
    List<String> names = new ArrayList<>();
    int headers = 0;
    String head = null;
    String headRevision = null;
    List<String> headParents = null;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
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
        }
        int comment = line.indexOf('#');
        String name = (comment < 0 ? line : line.substring(0, comment)).strip();
        if (!name.isEmpty()) {
          names.add(name);
        }
      }
    } catch (IOException e) {
      throw new RetortException("Cannot read the migration list " + url + ": " + e.getMessage()
          + ". Nothing was changed.", e);
    }
    return new MigrationList(url, loader, List.copyOf(names), headers == 1, head, headRevision, headParents);
  }

  /** Every listed migration, instantiated through its public no-argument constructor. */
  @Override
  public List<Migration> migrations() {
    List<Migration> migrations = new ArrayList<>(names.size());
    for (String name : names) {
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
    return ordered ? names : List.of();
  }

  /**
   * Whether the list says its last class is the code's one head: the processor writes that line
   * only for migrations with exactly one head, and in one module's list its last class.
   */
  boolean namesItsHead() {
    return ordered && !names.isEmpty() && names.get(names.size() - 1).equals(head);
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
   * {@code to} (initialising verifies their code, the larger part of the work): a few threads each
   * take a part while the command waits for its lock, so that creating them afterwards finds them
   * ready. A class that does not load is reported then.
   */
  void preload(int from, int to) {
    for (int i = from; i < to; i++) {
      try {
        load(names.get(i), true);
      } catch (ClassNotFoundException | LinkageError e) {
        // reported by migrations(), which loads it again
      }
    }
  }

  /** The listed names, whatever the file's kind: what {@link #preload} counts. */
  int size() {
    return names.size();
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
