/**
 * Retort's command line: Alembic's verbs for the migrations on the application's class path.
 *
 * <pre>java -cp &lt;application class path&gt; dev.retort.cli.Main &lt;verb&gt; [target] --url &lt;jdbc url&gt; [--user U] [--password-env VAR]</pre>
 *
 * <p>{@link dev.retort.cli.Main} parses with picocli and maps outcomes to exit codes; each verb is
 * one small class that calls {@link dev.retort.Migrator} and prints the result; {@link
 * dev.retort.cli.DatabaseOptions} turns {@code --url}, {@code --user} and {@code --password-env}
 * into a data source (a password is only ever read from the environment, and never printed);
 * {@link dev.retort.cli.SourceTree} finds the revisions for {@code revision} and {@code merge}
 * and writes the new class with the processor's code generator. picocli and the code generator
 * are this module's dependencies, never the runtime's.
 */
package dev.retort.cli;
