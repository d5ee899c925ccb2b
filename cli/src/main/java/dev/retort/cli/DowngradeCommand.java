package dev.retort.cli;

import dev.retort.DowngradeResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "downgrade", mixinStandardHelpOptions = true,
    description = {
      "Undoes revisions until the database holds exactly the target and its ancestors, children first. "
          + "Every migration to undo is prepared before anything runs: one that cannot be undone stops it.",
      "With --sql, prints the SQL script for FROM:TARGET instead, without connecting."
    })
final class DowngradeCommand implements Callable<Integer>, Main.UsesDatabase {
  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Mixin
  DatabaseOptions database;

  @Parameters(paramLabel = "TARGET", description = "base, a revision id or unique prefix, -N; with --sql FROM:TARGET.")
  String target;

  @Option(names = "--sql", description = "Print the SQL script instead of running it (offline: no connection).")
  boolean sql;

  @Override
  public DatabaseOptions database() {
    return database;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Target range = Target.parse(spec, target, sql, null);
    if (sql) {
      if (range.from() == null) {
        throw new ParameterException(spec.commandLine(),
            "An offline downgrade needs to know where the database is: give FROM:TARGET, such as head:-1.");
      }
      out.print(database.offline().script(range.from(), range.to()));
      return ExitCodes.OK;
    }
    DowngradeResult result = database.online(main.env()).downgrade(range.to());
    Print.ran(out, "Undid", result.reverted());
    out.println(result.nothingToDo()
        ? "Nothing to undo: the database is at revision " + Print.revisions(result.current()) + "."
        : "The database is at revision " + Print.revisions(result.current()) + " (" + result.reverted().size()
            + " undone in " + result.duration().toMillis() + " ms).");
    return ExitCodes.OK;
  }
}
