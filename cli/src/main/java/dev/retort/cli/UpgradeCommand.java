package dev.retort.cli;

import dev.retort.UpgradeResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "upgrade", mixinStandardHelpOptions = true,
    description = {
      "Applies the revisions a target needs, each in its own transaction with its version-table row.",
      "With --sql, prints the SQL script instead, for a DBA to review and run, without connecting: "
          + "from base, or from FROM in FROM:TARGET."
    })
final class UpgradeCommand implements Callable<Integer>, Main.UsesDatabase {
  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Mixin
  DatabaseOptions database;

  @Parameters(paramLabel = "TARGET", arity = "0..1", defaultValue = "head",
      description = "head (default), heads, a revision id or unique prefix, +N; with --sql also FROM:TARGET.")
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
    Target range = Target.parse(spec, target, sql, "base");
    if (sql) {
      out.print(database.offline().script(range.from(), range.to()));
      return ExitCodes.OK;
    }
    UpgradeResult result = database.online(main.env()).upgrade(range.to());
    Print.ran(out, "Applied", result.applied());
    out.println(result.upToDate()
        ? "Nothing to apply: the database is at revision " + Print.revisions(result.current()) + "."
        : "The database is at revision " + Print.revisions(result.current()) + " (" + result.applied().size()
            + " applied in " + result.duration().toMillis() + " ms).");
    return ExitCodes.OK;
  }
}
