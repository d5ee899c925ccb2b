/**
 * The schema as plain immutable values: {@link dev.retort.schema.Schema}, {@link
 * dev.retort.schema.Table}, {@link dev.retort.schema.Column} and {@link
 * dev.retort.schema.ColumnType}, constraints, indexes and sequences. No SQL and no JDBC: each
 * dialect renders them for its database.
 */
package dev.retort.schema;
