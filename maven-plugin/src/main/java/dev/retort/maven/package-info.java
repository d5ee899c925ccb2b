/**
 * Retort's commands as Maven goals. Each goal runs the command line's verb in Maven's JVM (the
 * same code, {@link dev.retort.cli.Main#run}, so the plugin and the command line behave and print
 * alike), with the project's compiled classes and dependencies as the class path: the migration
 * index the processor wrote into {@code target/classes}, and the project's JDBC driver.
 */
package dev.retort.maven;
