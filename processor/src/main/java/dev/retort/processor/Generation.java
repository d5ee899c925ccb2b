package dev.retort.processor;

import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionNode;
import dev.retort.processor.Diagnostics.Tag;
import dev.retort.processor.KnownMigrations.Known;
import dev.retort.processor.codegen.IndexGenerator;
import dev.retort.processor.codegen.IndexSpec;
import dev.retort.processor.codegen.MigrationGenerator;
import dev.retort.processor.codegen.MigrationSpec;
import dev.retort.processor.diff.Diff;
import dev.retort.processor.diff.RenameHints;
import dev.retort.processor.diff.SchemaDiffer;
import dev.retort.processor.jpa.EntityReader;
import dev.retort.processor.jpa.Mapping;
import dev.retort.processor.jpa.Naming;
import dev.retort.processor.snapshot.Snapshot;
import dev.retort.processor.snapshot.SnapshotException;
import dev.retort.processor.snapshot.SnapshotFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * One run of the processor: read the snapshot and the entities, diff them, and when they differ
 * write the migration and the new snapshot into the source tree; then write the migration index
 * into the build output. Writes nothing when any error was reported.
 */
final class Generation {
  static final String INDEX_CLASS = "RetortMigrationIndex";

  private final ProcessingEnvironment env;
  private final Filer filer;
  private final Diagnostics diagnostics;
  private final ProcessorOptions options;

  Generation(ProcessingEnvironment env, Diagnostics diagnostics, ProcessorOptions options) {
    this.env = env;
    this.filer = env.getFiler();
    this.diagnostics = diagnostics;
    this.options = options;
  }

  void run(List<TypeElement> entityTypes, List<Element> roundRevisions) {
    ProjectLayout.Result detected = ProjectLayout.detect(filer, options);
    if (detected.layout() != null && detected.layout().testCompile()) {
      return; // test entities never write migrations into src/main
    }
    if (detected.layout() == null) {
      diagnostics.error(Tag.LAYOUT, detected.problem());
      return;
    }
    ProjectLayout layout = detected.layout();
    Optional<Snapshot> snapshot = readSnapshot(layout.snapshot());
    if (snapshot.isEmpty()) {
      return;
    }
    List<TypeElement> entities = withSnapshotEntities(entityTypes, snapshot.get());
    Mapping mapping = new EntityReader(env, diagnostics, new Naming(options.naming())).read(entities);
    if (diagnostics.hasErrors()) {
      return;
    }
    String migrationsPackage = migrationsPackage(snapshot.get(), entities);
    KnownMigrations known = KnownMigrations.in(env.getElementUtils(), migrationsPackage, roundRevisions);
    Optional<RevisionGraph> graph = graph(known, snapshot.get(), layout);
    if (graph.isEmpty()) {
      return;
    }
    List<String> order = new ArrayList<>();
    graph.get().topologicalOrder().forEach(id -> known.all().stream()
        .filter(k -> k.id().equals(id)).findFirst().ifPresent(k -> order.add(k.className())));

    if (!entities.isEmpty()) {
      Diff diff = SchemaDiffer.diff(snapshot.get().schema(), mapping.schema(),
          new RenameHints(mapping.tableRenames(), mapping.columnRenames()));
      diff.warnings().forEach(w -> diagnostics.warning(Tag.RENAME, w.message(), mapping.origin(w.table(), w.column())));
      if (!diff.isEmpty()) {
        if (options.mode() == ProcessorOptions.Mode.CHECK) {
          reportDrift(diff, layout);
          return;
        }
        String created = options.created().toString();
        String message = options.message() != null ? Messages.normalize(options.message()) : Messages.derive(diff);
        List<String> parents = new ArrayList<>(graph.get().heads());
        String id = RevisionIds.next(parents, message, diff);
        String className = Messages.className(known.nextSequence(), message);
        MigrationSpec spec = new MigrationSpec(
            migrationsPackage, className, id, parents, message, created, diff.upgrade(), diff.downgrade());
        String source = MigrationGenerator.migration(spec).toString();
        Snapshot next = new Snapshot(id, migrationsPackage, names(entities), mapping.schema());
        Path file = layout.sourceDir().resolve(migrationsPackage.replace('.', '/')).resolve(className + ".java");
        writeFile(file, source);
        writeFile(layout.snapshot(), SnapshotFormat.write(next));
        compileNow(migrationsPackage, className, source);
        diagnostics.note(Tag.WROTE, "Wrote migration " + file + " (" + diff.upgrade().size()
            + " operations: " + message + "); review it and commit it.");
        diagnostics.note(Tag.WROTE, "Wrote snapshot " + layout.snapshot());
        order.add(className);
      } else if (options.mode() == ProcessorOptions.Mode.WRITE && snapshot.get().revision() != null) {
        // same schema, but entity classes moved or were renamed: keep the list current so an
        // incremental compile can still find them (never a reason to fail a build server)
        Snapshot current = new Snapshot(snapshot.get().revision(), migrationsPackage, names(entities), snapshot.get().schema());
        if (!current.equals(snapshot.get())) {
          writeFile(layout.snapshot(), SnapshotFormat.write(current));
          diagnostics.note(Tag.WROTE, "Updated the entity list of snapshot " + layout.snapshot());
        }
      }
    }
    if (!order.isEmpty()) {
      writeIndex(new IndexSpec(migrationsPackage, INDEX_CLASS, order));
    }
  }

  /**
   * The entities of this round, plus those the snapshot lists that this round did not bring (an
   * IDE or incremental build compiling only changed classes): they are read from the class path,
   * so an entity is only dropped when its class is really gone.
   */
  private List<TypeElement> withSnapshotEntities(List<TypeElement> roundEntities, Snapshot snapshot) {
    Map<String, TypeElement> all = new TreeMap<>();
    for (TypeElement type : roundEntities) {
      all.put(type.getQualifiedName().toString(), type);
    }
    for (String name : snapshot.entities()) {
      if (!all.containsKey(name)) {
        TypeElement type = env.getElementUtils().getTypeElement(name);
        if (type != null && EntityReader.isEntity(type)) {
          all.put(name, type);
        }
      }
    }
    return new ArrayList<>(all.values());
  }

  private static List<String> names(List<TypeElement> types) {
    return types.stream().map(t -> t.getQualifiedName().toString()).toList();
  }

  private Optional<Snapshot> readSnapshot(Path file) {
    if (!Files.exists(file)) {
      return Optional.of(Snapshot.EMPTY);
    }
    try {
      return Optional.of(SnapshotFormat.read(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (SnapshotException e) {
      diagnostics.error(Tag.SNAPSHOT, file + ":" + e.line() + ":" + e.column() + ": " + e.getMessage());
      return Optional.empty();
    } catch (IOException e) {
      diagnostics.error(Tag.SNAPSHOT, "Cannot read " + file + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private String migrationsPackage(Snapshot snapshot, Collection<TypeElement> entityTypes) {
    if (options.migrationsPackage() != null) {
      return options.migrationsPackage();
    }
    if (snapshot.migrationsPackage() != null) {
      return snapshot.migrationsPackage();
    }
    String common = null;
    for (TypeElement type : entityTypes) {
      String pkg = env.getElementUtils().getPackageOf(type).getQualifiedName().toString();
      common = common == null ? pkg : commonPrefix(common, pkg);
    }
    return common == null || common.isEmpty() ? "migrations" : common + ".migrations";
  }

  private static String commonPrefix(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.min(x.length, y.length) && x[i].equals(y[i]); i++) {
      out.append(i == 0 ? "" : ".").append(x[i]);
    }
    return out.toString();
  }

  /** The revision graph of the existing migrations, checked against the snapshot. */
  private Optional<RevisionGraph> graph(KnownMigrations known, Snapshot snapshot, ProjectLayout layout) {
    List<RevisionNode> nodes = new ArrayList<>();
    for (Known k : known.all()) {
      if (k.id() == null) {
        diagnostics.error(Tag.REVISIONS, "@Revision on " + k.className() + " has no id.", k.element());
        return Optional.empty();
      }
      nodes.add(new RevisionNode(k.id(), k.parents()));
    }
    RevisionGraph graph;
    try {
      graph = RevisionGraph.of(nodes);
    } catch (RuntimeException e) {
      diagnostics.error(Tag.REVISIONS, e.getMessage());
      return Optional.empty();
    }
    if (snapshot.revision() != null && !graph.contains(snapshot.revision())) {
      diagnostics.error(Tag.SNAPSHOT, layout.snapshot() + " says the schema is at revision " + snapshot.revision()
          + ", but no migration class has that id. Restore the missing migration from version control, "
          + "or delete the snapshot to start the history again.");
      return Optional.empty();
    }
    if (snapshot.revision() == null && !graph.isEmpty()) {
      diagnostics.error(Tag.SNAPSHOT, "There are migrations (" + graph.heads() + ") but no snapshot at "
          + layout.snapshot() + ". Restore the snapshot from version control, or pass -A" + ProcessorOptions.SNAPSHOT
          + " if it lives elsewhere.");
      return Optional.empty();
    }
    if (graph.heads().size() > 1) {
      diagnostics.error(Tag.REVISIONS, "The migrations have " + graph.heads().size() + " heads " + graph.heads()
          + " (two branches each added one). Write a merge migration with both as parents.");
      return Optional.empty();
    }
    return Optional.of(graph);
  }

  private void reportDrift(Diff diff, ProjectLayout layout) {
    StringBuilder text = new StringBuilder("The entities differ from the snapshot ")
        .append(layout.snapshot()).append(" and no migration covers it:\n");
    diff.upgrade().forEach(op -> text.append("  - ").append(op.describe()).append('\n'));
    text.append("Nothing was written: in check mode (the CI environment variable is set, or -A")
        .append(ProcessorOptions.MODE).append("=check) Retort never writes a migration nobody reviewed. ")
        .append("Compile on your machine without CI set (or with -A").append(ProcessorOptions.MODE)
        .append("=write), review the generated migration and snapshot, and commit them.");
    diagnostics.error(Tag.DRIFT, text.toString());
  }

  /** Writes a file of the source tree, leaving it untouched when its content is already right. */
  private void writeFile(Path file, String content) {
    try {
      if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(content)) {
        return;
      }
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  /**
   * Hands the new migration to this compile too, so the same build's output already contains it
   * ({@code mvn test} right after the edit applies it). Later builds compile the copy in the
   * source tree instead; this one lives in the generated-sources folder the build tool cleans.
   */
  private void compileNow(String pkg, String className, String source) {
    try {
      JavaFileObject file = filer.createSourceFile(pkg.isEmpty() ? className : pkg + "." + className);
      try (Writer w = file.openWriter()) {
        w.write(source);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeIndex(IndexSpec spec) {
    try {
      JavaFileObject source = filer.createSourceFile(spec.qualifiedName());
      try (Writer w = source.openWriter()) {
        w.write(IndexGenerator.index(spec).toString());
      }
      FileObject services = filer.createResource(StandardLocation.CLASS_OUTPUT, "", IndexGenerator.SERVICE_FILE);
      try (Writer w = services.openWriter()) {
        w.write(IndexGenerator.serviceFile(spec));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
