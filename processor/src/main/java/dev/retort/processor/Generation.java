package dev.retort.processor;

import dev.retort.dialect.Dialects;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionNode;
import dev.retort.processor.Diagnostics.Tag;
import dev.retort.processor.KnownMigrations.Known;
import dev.retort.processor.codegen.IndexGenerator;
import dev.retort.processor.codegen.IndexSpec;
import dev.retort.processor.codegen.MigrationGenerator;
import dev.retort.processor.codegen.MigrationSpec;
import dev.retort.processor.codegen.SqlPreview;
import dev.retort.processor.diff.Diff;
import dev.retort.processor.diff.MigrationMessages;
import dev.retort.processor.diff.RenameHints;
import dev.retort.processor.diff.SchemaDiffer;
import dev.retort.processor.jpa.EntityReader;
import dev.retort.processor.jpa.Mapping;
import dev.retort.processor.jpa.Naming;
import dev.retort.processor.replay.MigrationReplay;
import dev.retort.processor.replay.ReplayException;
import dev.retort.processor.snapshot.Snapshot;
import dev.retort.processor.snapshot.SnapshotException;
import dev.retort.processor.snapshot.SnapshotFormat;
import dev.retort.schema.Schema;
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
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
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

  void run(List<TypeElement> entityTypes, List<Element> roundRevisions, List<TypeElement> converterTypes) {
    ProjectLayout.Result detected = ProjectLayout.detect(filer, options);
    if (detected.layout() != null && detected.layout().testCompile()) {
      return; // test entities never write migrations into src/main
    }
    if (detected.layout() == null) {
      diagnostics.error(Tag.LAYOUT, detected.problem());
      return;
    }
    ProjectLayout layout = detected.layout();
    Optional<SnapshotState> state = readSnapshot(layout.snapshot());
    if (state.isEmpty()) {
      return;
    }
    Snapshot snapshot = state.get().snapshot();
    List<TypeElement> entities = withSnapshotEntities(entityTypes, snapshot);
    Mapping mapping = new EntityReader(env, diagnostics, new Naming(options.naming()))
        .read(entities, withSnapshotConverters(converterTypes, snapshot));
    if (diagnostics.hasErrors()) {
      return;
    }
    String migrationsPackage = migrationsPackage(state.get(), entities);
    KnownMigrations known = KnownMigrations.in(env.getElementUtils(), migrationsPackage, roundRevisions);
    Optional<RevisionGraph> graph = graph(known, state.get(), layout);
    if (graph.isEmpty()) {
      return;
    }
    List<String> order = new ArrayList<>();
    graph.get().topologicalOrder().forEach(id -> known.all().stream()
        .filter(k -> k.id().equals(id)).findFirst().ifPresent(k -> order.add(k.className())));
    List<String> heads = new ArrayList<>(graph.get().heads());
    Path migrationsDir = layout.sourceDir().resolve(migrationsPackage.replace('.', '/'));
    boolean branched = heads.size() > 1 || state.get().conflicted();

    if (branched && options.mode() == ProcessorOptions.Mode.CHECK) {
      diagnostics.error(Tag.REVISIONS, "The migrations have " + heads.size() + " heads " + heads
          + " (two branches each added one) and no merge revision. Compile on your machine (without CI set): Retort writes "
          + "the merge revision and the snapshot; review and commit them.");
      return;
    }
    // the schema the committed migrations build: the snapshot, or after a merge of branches the
    // migrations themselves replayed from base, since each branch's snapshot knows only its side
    Schema current = snapshot.schema();
    MigrationReplay replay = null;
    boolean verify = !graph.get().isEmpty() && (branched || options.mode() == ProcessorOptions.Mode.CHECK);
    if (verify) {
      replay = replay(migrationsDir);
      if (replay == null) {
        return;
      }
      if (branched) {
        current = replay.schemaAt(heads);
      } else if (!agrees(replay, heads, snapshot, layout)) {
        return;
      }
    }
    if (entities.isEmpty()) {
      writeIndexIfAny(migrationsPackage, order, oneHead(graph.get(), heads));
      return;
    }
    if (!new DataLossGuard(diagnostics, mapping, options.allowDataLoss()).checkOrdinals(snapshot.ordinals())) {
      return; // a reordered ORDINAL enum changes no schema, so no diff would show it
    }
    Diff diff = SchemaDiffer.diff(current, mapping.schema(), new RenameHints(mapping.tableRenames(), mapping.columnRenames()));
    diff.warnings().forEach(w -> diagnostics.warning(Tag.RENAME, w.message(), mapping.origin(w.table(), w.column())));
    if (diff.isEmpty() && !branched) {
      if (options.mode() == ProcessorOptions.Mode.WRITE && snapshot.revision() != null) {
        // same schema, but entity classes moved or were renamed: keep the list current so an
        // incremental compile can still find them (never a reason to fail a build server)
        Snapshot refreshed = new Snapshot(snapshot.revision(), migrationsPackage, names(entities), snapshot.schema(),
            mapping.ordinals(), mapping.converters());
        if (!refreshed.equals(snapshot)) {
          writeFile(layout.snapshot(), SnapshotFormat.write(refreshed));
          diagnostics.note(Tag.WROTE, "Updated the entity and converter lists of snapshot " + layout.snapshot());
        }
      }
      writeIndexIfAny(migrationsPackage, order, oneHead(graph.get(), heads));
      return;
    }
    if (options.mode() == ProcessorOptions.Mode.CHECK) {
      reportDrift(diff, layout);
      return;
    }
    if (!new DataLossGuard(diagnostics, mapping, options.allowDataLoss()).check(diff.upgrade(), current)) {
      return;
    }
    if (!verify && !graph.get().isEmpty()) {
      // before a new migration goes on top, the history it builds on must agree with the snapshot
      replay = replay(migrationsDir);
      if (replay == null || !agrees(replay, heads, snapshot, layout)) {
        return;
      }
    }
    String message = options.message() != null ? MigrationMessages.fromDeveloper(options.message())
        : diff.isEmpty() ? "merge_heads" : MigrationMessages.derive(diff);
    String id = RevisionIds.next(heads, message, diff);
    String className = MigrationSpec.className(known.nextSequence(), message);
    MigrationSpec spec = new MigrationSpec(
        migrationsPackage, className, id, heads, message, options.created().toString(), diff.upgrade(), diff.downgrade());
    spec = spec.withSql(sqlPreviews(current, diff, className));
    String source = MigrationGenerator.migration(spec).toString();
    Path file = migrationsDir.resolve(className + ".java");
    writeFile(file, source);
    writeFile(layout.snapshot(), SnapshotFormat.write(new Snapshot(id, migrationsPackage, names(entities), mapping.schema(),
        mapping.ordinals(), mapping.converters())));
    compileNow(migrationsPackage, className, source);
    if (branched) {
      diagnostics.note(Tag.WROTE, "The migrations had " + heads.size() + " heads " + heads + " (a merge of branches): wrote the merge revision "
          + file + (diff.isEmpty() ? "" : " with the " + diff.upgrade().size() + " operations the merged entities still need")
          + ", and a snapshot rebuilt from the migrations; review and commit both.");
    } else {
      diagnostics.note(Tag.WROTE, "Wrote migration " + file + " (" + diff.upgrade().size()
          + " operations: " + message + "); review it and commit it.");
    }
    diagnostics.note(Tag.WROTE, "Wrote snapshot " + layout.snapshot());
    order.add(className);
    writeIndexIfAny(migrationsPackage, order, new IndexSpec.Head(id, heads)); // the new revision is the one head
  }

  /**
   * The upgrade's SQL on each database {@code -Aretort.dialect} names, for the class comment; a
   * database that cannot run it is also a warning, since the runtime will refuse it there.
   */
  private List<SqlPreview> sqlPreviews(Schema before, Diff diff, String className) {
    List<SqlPreview> previews = new ArrayList<>();
    for (String name : options.dialects()) {
      SqlPreview preview = SqlPreview.render(Dialects.named(name), before, diff.upgrade());
      if (preview.problem() != null) {
        diagnostics.warning(Tag.UNSUPPORTED, "The new migration " + className + " cannot run on " + preview.database()
            + " as it is: " + preview.problem() + " Its comment says so; change the entities or write the migration "
            + "by hand for that database.");
      }
      previews.add(preview);
    }
    return previews;
  }

  private MigrationReplay replay(Path migrationsDir) {
    try {
      return MigrationReplay.load(migrationsDir);
    } catch (ReplayException | dev.retort.RetortException e) {
      diagnostics.error(Tag.REVISIONS, e.getMessage());
      return null;
    }
  }

  /** Whether replaying the migrations from base gives the committed snapshot; reports the differences. */
  private boolean agrees(MigrationReplay replay, List<String> heads, Snapshot snapshot, ProjectLayout layout) {
    Schema replayed;
    try {
      replayed = replay.schemaAt(heads);
    } catch (ReplayException e) {
      diagnostics.error(Tag.REVISIONS, e.getMessage());
      return false;
    }
    Diff difference = SchemaDiffer.diff(replayed, snapshot.schema());
    if (difference.isEmpty()) {
      return true;
    }
    StringBuilder text = new StringBuilder("The snapshot ").append(layout.snapshot())
        .append(" does not match what the migrations build when replayed from base; going from the migrations to the snapshot takes:\n");
    difference.upgrade().forEach(op -> text.append("  - ").append(op.describe()).append('\n'));
    text.append("A migration or the snapshot was edited by hand. Restore the edited file from version control; to change the schema, "
        + "change the entities (or write a new migration) instead of editing either.");
    diagnostics.error(Tag.SNAPSHOT, text.toString());
    return false;
  }

  /** The graph's one head, with its parents; null when it has several (or none). */
  private static IndexSpec.Head oneHead(RevisionGraph graph, List<String> heads) {
    return heads.size() == 1 ? new IndexSpec.Head(heads.get(0), graph.parents(heads.get(0))) : null;
  }

  /** @param head the migrations' one head, or null when they have several (the list then names it, see IndexGenerator) */
  private void writeIndexIfAny(String migrationsPackage, List<String> order, IndexSpec.Head head) {
    if (!order.isEmpty()) {
      writeIndex(new IndexSpec(migrationsPackage, order, head));
    }
  }

  /**
   * The entities of this round, plus those the snapshot lists that this round did not bring (an
   * IDE or incremental build compiling only changed classes): they are read from the class path,
   * so an entity is only dropped when its class is really gone.
   */
  private List<TypeElement> withSnapshotEntities(List<TypeElement> roundEntities, Snapshot snapshot) {
    return withClassPath(roundEntities, snapshot.entities(), EntityReader::isEntity);
  }

  /**
   * The converter classes of this round, plus the auto-applied ones the snapshot lists, read from
   * the class path when this round did not bring them: an incremental compile of an entity alone
   * still converts its attributes as the full build does. A listed converter whose class is gone
   * is simply no longer there.
   */
  private List<TypeElement> withSnapshotConverters(List<TypeElement> roundConverters, Snapshot snapshot) {
    return withClassPath(roundConverters, snapshot.converters(), type -> true);
  }

  /** The round's types, plus the named ones it lacks that the class path has and {@code keep} accepts, by name. */
  private List<TypeElement> withClassPath(List<TypeElement> round, List<String> names, Predicate<TypeElement> keep) {
    Map<String, TypeElement> all = new TreeMap<>();
    for (TypeElement type : round) {
      all.put(type.getQualifiedName().toString(), type);
    }
    for (String name : names) {
      if (!all.containsKey(name)) {
        TypeElement type = env.getElementUtils().getTypeElement(name);
        if (type != null && keep.test(type)) {
          all.put(name, type);
        }
      }
    }
    return new ArrayList<>(all.values());
  }

  private static List<String> names(List<TypeElement> types) {
    return types.stream().map(t -> t.getQualifiedName().toString()).toList();
  }

  /**
   * The committed snapshot. A snapshot with git conflict markers (two branches each changed it) is
   * not an error by itself: the migrations of both branches are then replayed to rebuild it, and
   * only its recorded package is read, from its text.
   *
   * @param conflicted whether the file holds an unresolved merge conflict
   * @param recordedPackage the migrations package found in a conflicted file, or null
   */
  private record SnapshotState(Snapshot snapshot, boolean conflicted, String recordedPackage) {}

  private static final java.util.regex.Pattern PACKAGE_LINE = java.util.regex.Pattern.compile("(?m)^\\s*\"package\": \"([\\w.]+)\"");

  private Optional<SnapshotState> readSnapshot(Path file) {
    if (!Files.exists(file)) {
      return Optional.of(new SnapshotState(Snapshot.EMPTY, false, null));
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      diagnostics.error(Tag.SNAPSHOT, "Cannot read " + file + ": " + e.getMessage());
      return Optional.empty();
    }
    try {
      Snapshot snapshot = SnapshotFormat.read(text);
      return Optional.of(new SnapshotState(snapshot, false, snapshot.migrationsPackage()));
    } catch (SnapshotException e) {
      if (e.isConflict()) {
        java.util.regex.Matcher m = PACKAGE_LINE.matcher(text);
        return Optional.of(new SnapshotState(Snapshot.EMPTY, true, m.find() ? m.group(1) : null));
      }
      diagnostics.error(Tag.SNAPSHOT, file + ":" + e.line() + ":" + e.column() + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private String migrationsPackage(SnapshotState state, Collection<TypeElement> entityTypes) {
    if (options.migrationsPackage() != null) {
      return options.migrationsPackage();
    }
    if (state.recordedPackage() != null) {
      return state.recordedPackage();
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
  private Optional<RevisionGraph> graph(KnownMigrations known, SnapshotState state, ProjectLayout layout) {
    Snapshot snapshot = state.snapshot();
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
    if (snapshot.revision() == null && !graph.isEmpty() && !state.conflicted()) {
      diagnostics.error(Tag.SNAPSHOT, "There are migrations (" + graph.heads() + ") but no snapshot at "
          + layout.snapshot() + ". Restore the snapshot from version control, or pass -A" + ProcessorOptions.SNAPSHOT
          + " if it lives elsewhere.");
      return Optional.empty();
    }
    if (state.conflicted() && graph.heads().size() < 2) {
      diagnostics.error(Tag.SNAPSHOT, layout.snapshot() + " has unresolved git conflict markers, and the migrations have a single head "
          + graph.heads() + ", so Retort cannot rebuild it from two branches. Resolve the conflict by keeping both sides' tables and "
          + "sequences, remove the marker lines, then recompile.");
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
    writeResource(IndexGenerator.SERVICE_FILE, IndexGenerator.serviceFile(spec));
    writeResource(IndexGenerator.nativeImageFile(spec, "reflect-config.json"), IndexGenerator.reflectConfig(spec));
    writeResource(IndexGenerator.nativeImageFile(spec, "resource-config.json"), IndexGenerator.resourceConfig());
  }

  /** A file of the class output; resources, unlike sources, start no new round of the compile. */
  private void writeResource(String path, String content) {
    try {
      FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path);
      try (Writer w = file.openWriter()) {
        w.write(content);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
