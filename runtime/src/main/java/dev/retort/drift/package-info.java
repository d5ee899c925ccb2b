/**
 * The drift check: compares the live database, read through JDBC metadata, with the schema the
 * migrations produce at the revision it is at, and lists each difference (a column changed by
 * hand in production, a missing index).
 *
 * <p>{@link dev.retort.drift.LiveSchema} reads what JDBC reports about each table;
 * {@link dev.retort.drift.SchemaComparison} compares it with the replayed {@link
 * dev.retort.schema.Schema}, one comparison per kind of object; the result is a {@link
 * dev.retort.drift.Drift}, a list of {@link dev.retort.drift.Difference}s.
 *
 * <p>Compared: tables, columns (type family and size, nullability), primary keys, the indexes,
 * unique constraints and foreign keys the migrations declare, and foreign keys they do not.
 * Not compared: column defaults and check constraints (databases report them rewritten, so a
 * comparison would cry wolf), sequences (JDBC has no portable way to list them), indexes the
 * migrations do not declare (databases add their own for keys), and the effect of raw SQL and
 * JDBC callbacks in migrations, which the replay cannot see.
 */
package dev.retort.drift;
