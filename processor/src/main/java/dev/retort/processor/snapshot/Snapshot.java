package dev.retort.processor.snapshot;

import dev.retort.schema.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The content of a snapshot file.
 *
 * @param revision the id of the migration that produced this schema (the head), or null when no
 *     migration has been generated yet
 * @param migrationsPackage the Java package of the migrations, so that it stays where it is when
 *     entities move (null before the first migration)
 * @param entities the entity classes the schema was read from, sorted: an incremental compile
 *     that sees only some of them reads the others from the class path instead of dropping them
 * @param schema the schema as that migration leaves it
 * @param ordinals for each column that stores an ORDINAL enum ({@code "table.column"}), the enum's
 *     constants in declaration order: the meaning of the numbers its rows hold, which the schema
 *     cannot show, so that a reordered or removed constant is caught as a change that loses data
 * @param converters the auto-applied converter classes the schema was read with, sorted: an
 *     incremental compile that sees neither a converter nor its package still applies it
 */
public record Snapshot(String revision, String migrationsPackage, List<String> entities, Schema schema,
    Map<String, List<String>> ordinals, List<String> converters) {

  /** The snapshot of a project without migrations. */
  public static final Snapshot EMPTY = new Snapshot(null, null, List.of(), Schema.EMPTY);

  /** A snapshot that records no package and no entity classes. */
  public Snapshot(String revision, Schema schema) {
    this(revision, null, List.of(), schema);
  }

  /** A snapshot without ORDINAL enum columns. */
  public Snapshot(String revision, String migrationsPackage, List<String> entities, Schema schema) {
    this(revision, migrationsPackage, entities, schema, Map.of());
  }

  /** A snapshot without auto-applied converters. */
  public Snapshot(String revision, String migrationsPackage, List<String> entities, Schema schema,
      Map<String, List<String>> ordinals) {
    this(revision, migrationsPackage, entities, schema, ordinals, List.of());
  }

  public Snapshot {
    Objects.requireNonNull(schema, "schema");
    entities = entities.stream().sorted().distinct().toList();
    converters = converters.stream().sorted().distinct().toList();
    Map<String, List<String>> sorted = new TreeMap<>();
    ordinals.forEach((column, constants) -> sorted.put(column, List.copyOf(constants)));
    ordinals = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
    if (revision != null && (revision.isBlank() || revision.chars().anyMatch(Character::isISOControl))) {
      throw new IllegalArgumentException("invalid revision id: " + revision);
    }
  }
}
