package dev.retort.processor.snapshot;

import dev.retort.schema.Schema;
import java.util.Objects;

/**
 * The content of a snapshot file.
 *
 * @param revision the id of the migration that produced this schema (the head), or null when no
 *     migration has been generated yet
 * @param schema the schema as that migration leaves it
 */
public record Snapshot(String revision, Schema schema) {

  /** The snapshot of a project without migrations. */
  public static final Snapshot EMPTY = new Snapshot(null, Schema.EMPTY);

  public Snapshot {
    Objects.requireNonNull(schema, "schema");
    if (revision != null && (revision.isBlank() || revision.chars().anyMatch(Character::isISOControl))) {
      throw new IllegalArgumentException("invalid revision id: " + revision);
    }
  }
}
