/**
 * The schema snapshot file: the schema as the last generated migration left it, committed next
 * to the migrations and compared with the entities on every build.
 *
 * <p>{@link dev.retort.processor.snapshot.SnapshotFormat} writes it and reads it back. The file
 * is reviewed in pull requests and merged by git, so the writer is hand-written for one exact,
 * sorted, line-per-element layout, and the reader reports every problem (including a git
 * conflict marker) with the line and column to fix.
 */
package dev.retort.processor.snapshot;
