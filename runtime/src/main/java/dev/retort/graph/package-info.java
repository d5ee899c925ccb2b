/**
 * The revision graph: which revision follows which, and how to walk from one set of revisions to
 * another. Pure: no JDBC, no migrations, only ids and parents, so every shape (linear, diamond,
 * two heads, two bases, cycle) is tested without a database.
 *
 * <p>{@link dev.retort.graph.RevisionGraph} holds the nodes and answers heads, bases, ancestors,
 * descendants and the deterministic topological order; {@link dev.retort.graph.Targets} turns what
 * a user types ({@code head}, {@code base}, an id or id prefix, {@code +N}, {@code -N}) into a set
 * of revisions. Each way the graph can be wrong is its own {@link
 * dev.retort.graph.RevisionGraphException} subclass.
 */
package dev.retort.graph;
