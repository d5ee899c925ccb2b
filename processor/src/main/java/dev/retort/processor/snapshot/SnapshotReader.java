package dev.retort.processor.snapshot;

import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the whole file: the version, the revision, the tables and the sequences. */
final class SnapshotReader {
  private final JsonCursor cursor;
  private final ReferenceCheck references = new ReferenceCheck();
  private final Map<String, List<String>> ordinals = new LinkedHashMap<>();

  private SnapshotReader(String text) {
    this.cursor = new JsonCursor(text);
  }

  static Snapshot read(String text) {
    ConflictMarkers.check(text);
    // Editors on Windows may add a byte order mark; Jackson does not skip it in a String.
    String body = text.startsWith("\uFEFF") ? " " + text.substring(1) : text;
    return new SnapshotReader(body).snapshot();
  }

  private Snapshot snapshot() {
    if (cursor.advance() == null) {
      throw new Position(1, 1).error("the snapshot file is empty");
    }
    Position start = cursor.requireObject("the snapshot");
    Long version = null;
    String revision = null;
    String migrationsPackage = null;
    List<String> entities = List.of();
    List<String> converters = List.of();
    Map<String, Table> tables = null;
    List<Sequence> sequences = List.of();
    while (cursor.nextField()) {
      switch (cursor.field()) {
        case "retort" -> version = version();
        case "revision" -> revision = revision();
        case "package" -> migrationsPackage = cursor.stringOrNull();
        case "entities" -> entities = classNames("entities");
        case "converters" -> converters = classNames("converters");
        case "tables" -> tables = tables();
        case "sequences" -> sequences = sequences();
        default -> throw cursor.unknownField("the snapshot", "retort, revision, package, entities, converters, tables, sequences");
      }
    }
    if (cursor.advance() != null) {
      throw cursor.error("unexpected content after the end of the snapshot");
    }
    if (version == null) {
      throw start.error("not a Retort snapshot: the key \"retort\": " + SnapshotFormat.VERSION + " is missing");
    }
    if (tables == null) {
      throw start.error("the key \"tables\" is missing");
    }
    references.check(tables);
    Schema schema = Schema.of(tables.values(), sequences);
    return new Snapshot(revision, migrationsPackage, entities, schema, ordinals, converters);
  }

  private long version() {
    long version = cursor.integer();
    if (version != SnapshotFormat.VERSION) {
      throw cursor.error("snapshot format " + version + " is not the format " + SnapshotFormat.VERSION
          + " this version of Retort reads; use the Retort version that wrote it, or restore the file");
    }
    return version;
  }

  /** A list of class names: the entities or the converters the schema was read from. */
  private List<String> classNames(String key) {
    cursor.requireArray("\"" + key + "\"");
    List<String> names = new ArrayList<>();
    while (cursor.nextElement()) {
      if (cursor.token() != JsonToken.VALUE_STRING) {
        throw cursor.error("each entry of \"" + key + "\" must be a class name in double quotes, not "
            + JsonCursor.describe(cursor.token()));
      }
      names.add(cursor.string());
    }
    return names;
  }

  private String revision() {
    String revision = cursor.stringOrNull();
    if (revision != null && (revision.isBlank() || revision.chars().anyMatch(Character::isISOControl))) {
      throw cursor.error("\"revision\" must be a migration's revision id, or null before the first migration");
    }
    return revision;
  }

  private Map<String, Table> tables() {
    cursor.requireObject("\"tables\"");
    Map<String, Table> tables = new LinkedHashMap<>();
    while (cursor.nextField()) {
      String name = cursor.field();
      TableReader reader = new TableReader(cursor, references);
      tables.put(name, reader.table(name));
      reader.ordinals().forEach((column, constants) -> ordinals.put(name + "." + column, constants));
    }
    return tables;
  }

  private List<Sequence> sequences() {
    cursor.requireArray("\"sequences\"");
    List<Sequence> sequences = new ArrayList<>();
    Set<String> names = new HashSet<>();
    while (cursor.nextElement()) {
      Position at = cursor.here();
      Sequence sequence = sequence();
      if (!names.add(sequence.name())) {
        throw at.error("a second sequence is named \"" + sequence.name() + "\"");
      }
      sequences.add(sequence);
    }
    return sequences;
  }

  private Sequence sequence() {
    Position at = cursor.requireObject("a sequence");
    String name = null;
    Long start = null;
    Long increment = null;
    while (cursor.nextField()) {
      switch (cursor.field()) {
        case "name" -> name = cursor.string();
        case "start" -> start = cursor.integer();
        case "increment" -> increment = cursor.integer();
        default -> throw cursor.unknownField("a sequence", "name, start, increment");
      }
    }
    Required.present(at, "a sequence", "name", name);
    Required.present(at, "sequence \"" + name + "\"", "start", start);
    Required.present(at, "sequence \"" + name + "\"", "increment", increment);
    try {
      return new Sequence(name, start, increment);
    } catch (IllegalArgumentException e) {
      throw at.error(e.getMessage());
    }
  }
}
