package dev.retort.cli;

import dev.retort.Migration;
import dev.retort.RetortException;
import dev.retort.Revision;
import dev.retort.engine.MigrationIndexNotFoundException;
import dev.retort.engine.MigrationLoader;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionNode;
import dev.retort.processor.codegen.MigrationGenerator;
import dev.retort.processor.codegen.MigrationSpec;
import dev.retort.processor.diff.MigrationMessages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The migrations {@code revision} and {@code merge} build on, from two places: the compiled ones
 * the class path's index lists, and the source files in the migrations package, which may be newer
 * (a migration just written and not compiled yet). Writes the new class with the processor's code
 * generator, as the processor would name it: {@code V0004_BackfillMemberStatus}.
 */
final class SourceTree {
  private static final Pattern SEQUENCE = Pattern.compile("^V(\\d+)_");
  private static final Pattern REVISION = Pattern.compile("@Revision\\s*\\((.*?)\\)\\s*(?:public|final|abstract|class|@)",
      Pattern.DOTALL);
  private static final Pattern ID = Pattern.compile("\\bid\\s*=\\s*\"([^\"]+)\"");
  private static final Pattern PARENTS = Pattern.compile("\\bparents\\s*=\\s*(?:\\{([^}]*)}|\"([^\"]*)\")");
  private static final Pattern STRING = Pattern.compile("\"([^\"]*)\"");

  private final Path sourceDir;
  private final String packageName;
  private final Map<String, List<String>> revisions = new LinkedHashMap<>();
  private int lastSequence;

  private SourceTree(Path sourceDir, String packageName) {
    this.sourceDir = sourceDir;
    this.packageName = packageName;
  }

  /**
   * @param packageName the migrations package, or null to take it from the compiled migrations
   * @throws IllegalArgumentException when the package is not given and cannot be told
   */
  static SourceTree read(Path sourceDir, String packageName, ClassLoader loader) {
    List<Migration> compiled;
    try {
      compiled = MigrationLoader.load(loader);
    } catch (MigrationIndexNotFoundException e) {
      compiled = List.of();
    }
    String pkg = packageName;
    if (pkg == null) {
      Set<String> packages = new TreeSet<>();
      compiled.forEach(m -> packages.add(m.getClass().getPackageName()));
      if (packages.size() != 1) {
        throw new IllegalArgumentException("Give the migrations package with --package"
            + (packages.isEmpty() ? " (no compiled migration on the class path tells it)."
                : ": the compiled migrations are in several, " + packages + "."));
      }
      pkg = packages.iterator().next();
    }
    SourceTree tree = new SourceTree(sourceDir, pkg);
    for (Migration migration : compiled) {
      Revision revision = migration.revision();
      tree.revisions.put(revision.id(), List.of(revision.parents()));
      if (migration.getClass().getPackageName().equals(pkg)) {
        tree.sequence(migration.getClass().getSimpleName());
      }
    }
    tree.readSources();
    return tree;
  }

  private void readSources() {
    Path dir = packageDir();
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String name = file.getFileName().toString();
        Matcher block = REVISION.matcher(Files.readString(file, StandardCharsets.UTF_8));
        if (!block.find()) {
          continue;
        }
        sequence(name.substring(0, name.length() - ".java".length()));
        Matcher id = ID.matcher(block.group(1));
        if (!id.find()) {
          continue;
        }
        List<String> parents = new ArrayList<>();
        Matcher p = PARENTS.matcher(block.group(1));
        if (p.find()) {
          Matcher each = STRING.matcher(p.group(1) != null ? p.group(1) : "\"" + p.group(2) + "\"");
          while (each.find()) {
            parents.add(each.group(1));
          }
        }
        revisions.putIfAbsent(id.group(1), List.copyOf(parents));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void sequence(String className) {
    Matcher m = SEQUENCE.matcher(className);
    if (m.find()) {
      lastSequence = Math.max(lastSequence, Integer.parseInt(m.group(1)));
    }
  }

  private Path packageDir() {
    return packageName.isEmpty() ? sourceDir : sourceDir.resolve(packageName.replace('.', '/'));
  }

  String packageName() {
    return packageName;
  }

  /** The heads of every revision found, sorted. */
  Set<String> heads() {
    return graph().heads();
  }

  /** The revisions reachable from these by following parents, not including them. */
  Set<String> ancestors(Collection<String> ids) {
    return graph().ancestors(ids);
  }

  private RevisionGraph graph() {
    List<RevisionNode> nodes = new ArrayList<>();
    revisions.forEach((id, parents) -> nodes.add(new RevisionNode(id, parents)));
    return RevisionGraph.of(nodes);
  }

  boolean contains(String id) {
    return revisions.containsKey(id);
  }

  /**
   * Writes an empty migration with these parents and returns its file.
   *
   * @param message as given; kept as snake_case ASCII, like the processor's messages
   * @param created its creation time
   */
  Path write(List<String> parents, String message, Instant created) {
    String normalized = MigrationMessages.fromDeveloper(message);
    String createdText = created.truncatedTo(ChronoUnit.SECONDS).toString();
    String id = id(parents, normalized, createdText);
    String className = MigrationSpec.className(lastSequence + 1, normalized);
    MigrationSpec spec = MigrationSpec.empty(packageName, className, id, parents, normalized, createdText);
    Path file = packageDir().resolve(className + ".java");
    if (Files.exists(file)) {
      throw new RetortException("Cannot write " + file + ": the file exists. Nothing was written.");
    }
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, MigrationGenerator.emptyMigration(spec).toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RetortException("Cannot write " + file + ": " + e.getMessage(), e);
    }
    revisions.put(id, List.copyOf(parents));
    lastSequence++;
    return file;
  }

  /** Twelve hex digits, like the processor's ids, from the parents, the message and the creation time. */
  static String id(List<String> parents, String message, String created) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(String.join(",", parents).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(message.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(created.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest(), 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
