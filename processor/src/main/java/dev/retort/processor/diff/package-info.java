/**
 * The differ: compares the schema in the snapshot with the schema read from the entities and
 * returns the operations of a migration, its downgrade, warnings and a name for it.
 *
 * <p>{@link dev.retort.processor.diff.SchemaDiffer} first applies the {@code @RenamedFrom}
 * hints to the old schema, so that every later comparison pairs objects by their new names.
 * One comparator per kind of object (table, column, primary key, unique, check, foreign key,
 * index, sequence) then adds operations to a {@link dev.retort.processor.diff.Phase} of the
 * plan; the phases put them in an order a database accepts. Everything here works on plain
 * schema values, so it is tested without javac.
 */
package dev.retort.processor.diff;
