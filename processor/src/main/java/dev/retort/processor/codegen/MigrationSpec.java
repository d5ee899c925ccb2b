package dev.retort.processor.codegen;

import dev.retort.op.Operation;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What one migration class says: where it goes, its revision header and its operations.
 *
 * @param packageName the package of the migration class ({@code ""} for the unnamed package)
 * @param className its simple name, for example {@code V0002_AddMemberPhone}
 * @param revisionId the revision id
 * @param parents the revisions it follows: none for a base, two or more for a merge
 * @param message what it does, in a few words (may be empty)
 * @param created when it was created, as an ISO-8601 instant such as {@code 2026-11-23T16:45:12Z}
 * @param upgrade the operations of {@code upgrade}, in order
 * @param downgrade the operations of {@code downgrade}, in order
 */
public record MigrationSpec(
    String packageName,
    String className,
    String revisionId,
    List<String> parents,
    String message,
    String created,
    List<Operation> upgrade,
    List<Operation> downgrade,
    List<SqlPreview> sql) {

  /** A migration without SQL in its comment. */
  public MigrationSpec(String packageName, String className, String revisionId, List<String> parents,
      String message, String created, List<Operation> upgrade, List<Operation> downgrade) {
    this(packageName, className, revisionId, parents, message, created, upgrade, downgrade, List.of());
  }

  public MigrationSpec {
    JavaNames.requirePackage(packageName);
    JavaNames.requireSimpleName(className, "migration class name");
    requireText(revisionId, "revision id");
    parents = List.copyOf(parents);
    for (String parent : parents) {
      requireText(parent, "parent revision id");
    }
    if (new HashSet<>(parents).size() != parents.size() || parents.contains(revisionId)) {
      throw new IllegalArgumentException(
          "revision " + revisionId + " has repeated or self parents: " + parents);
    }
    Objects.requireNonNull(message, "message");
    requireInstant(created);
    upgrade = List.copyOf(upgrade);
    downgrade = List.copyOf(downgrade);
    sql = List.copyOf(sql);
  }

  /** The same migration, its comment showing the SQL of its upgrade on these databases. */
  public MigrationSpec withSql(List<SqlPreview> previews) {
    return new MigrationSpec(packageName, className, revisionId, parents, message, created, upgrade, downgrade, previews);
  }

  /**
   * {@code V0003_AddMemberPhone}: the zero-padded sequence makes a directory listing sort in
   * revision order; the rest is the snake_case message in CamelCase. The processor and the command
   * line's {@code revision -m} both name their classes so.
   */
  public static String className(int sequence, String message) {
    StringBuilder name = new StringBuilder(String.format(Locale.ROOT, "V%04d_", sequence));
    for (String word : message.split("_")) {
      if (!word.isEmpty()) {
        name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return name.toString();
  }

  /** A migration with no operations yet: what {@link MigrationGenerator#emptyMigration} takes. */
  public static MigrationSpec empty(
      String packageName,
      String className,
      String revisionId,
      List<String> parents,
      String message,
      String created) {
    return new MigrationSpec(
        packageName, className, revisionId, parents, message, created, List.of(), List.of());
  }

  /** The migration class's fully qualified name. */
  public String qualifiedName() {
    return packageName.isEmpty() ? className : packageName + "." + className;
  }

  private static void requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }

  private static void requireInstant(String created) {
    Objects.requireNonNull(created, "created");
    try {
      Instant.parse(created);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "created must be an ISO-8601 instant such as 2026-11-23T16:45:12Z, not '" + created + "'",
          e);
    }
  }
}
