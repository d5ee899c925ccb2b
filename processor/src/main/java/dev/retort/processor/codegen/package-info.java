/**
 * Writes Java source: the migration classes the processor adds to the user's source tree, the
 * empty migration a developer starts a data change from, and the generated migration index with
 * its {@code META-INF/services} entry.
 *
 * <p>Everything is built as a JavaPoet tree, one render method per operation (an {@link
 * dev.retort.op.OperationVisitor}, so a new operation does not compile until it can be printed).
 * The output is deterministic, spells every name, SQL fragment and default as an escaped string
 * literal, and refers only to {@code dev.retort} types and the JDK: a migration is frozen
 * history and must still compile after the entities it came from are gone.
 *
 * <p>Entry points: {@link dev.retort.processor.codegen.MigrationGenerator} and {@link
 * dev.retort.processor.codegen.IndexGenerator}; their inputs are the plain records {@link
 * dev.retort.processor.codegen.MigrationSpec} and {@link dev.retort.processor.codegen.IndexSpec}.
 */
package dev.retort.processor.codegen;
