/**
 * The benchmark of the README's Performance section: the cost of a whole new JVM that runs
 * Retort's {@code upgradeToHead}, Flyway's {@code migrate()}, Liquibase's {@code update()} or plain
 * JDBC on PostgreSQL, with the same migrations. {@link dev.retort.bench.Benchmark} generates the
 * migrations ({@link dev.retort.bench.Fixture}), starts each contender's main class ({@link
 * dev.retort.bench.Contenders}) in a JVM of its own, times it from start to exit, and prints the
 * medians and ratios.
 */
package dev.retort.bench;
