package dev.retort.processor.diff;

import java.util.Objects;

/**
 * Something the differ did as told but that looks like a mistake, such as a dropped and an added
 * column that may be one renamed column. The processor reports it on the entity or attribute
 * that maps {@code table} and {@code column}.
 *
 * @param table the (new) table it concerns
 * @param column the (new) column it concerns, or null when it concerns the whole table
 * @param message what looks wrong and what to do
 */
public record DiffWarning(String table, String column, String message) {
  public DiffWarning {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(message, "message");
  }
}
