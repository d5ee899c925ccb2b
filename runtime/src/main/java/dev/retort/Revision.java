package dev.retort;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Identifies a migration class: its revision id, its parents, its message and when it was
 * created. The runtime reads it (not the class's comments); the processor reads it to find the
 * current heads. A hand-written migration carries it too.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {
  /** The revision id: unique in the project, never changed once applied anywhere. */
  String id();

  /** The revisions this one follows: none for a base, one usually, two or more for a merge. */
  String[] parents() default {};

  /** What the migration does, in a few words. */
  String message() default "";

  /** When the migration was written, as an ISO-8601 instant. */
  String created() default "";

  /**
   * Checksums this migration was applied with before it was deliberately changed, which the
   * runtime still accepts. An applied migration is frozen history: when its operations change,
   * every database that applied it refuses to migrate (the error names the revision and both
   * checksums). When the change is deliberate and leaves such a database as it should be (a
   * corrected data statement that already ran, say), copy the checksum the error reports as
   * applied here, {@code acceptedChecksums = "v1:..."}, and review it like any other change.
   * Databases keep the old checksum in their version table; new ones record the new one.
   */
  String[] acceptedChecksums() default {};
}
