package dev.retort.cli;

import java.io.PrintWriter;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "stamp", mixinStandardHelpOptions = true,
    description = {
      "Records the target and its ancestors as applied, and removes every other revision from the version table, "
          + "without running any migration.",
      "How a database whose schema already matches a revision adopts Retort (a baseline), and how a revision "
          + "marked failed is resolved once the schema was put right by hand."
    })
final class StampCommand implements Callable<Integer>, Main.UsesDatabase {
  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Mixin
  DatabaseOptions database;

  @Parameters(paramLabel = "TARGET", description = "head, base, a revision id or unique prefix, +N or -N.")
  String target;

  @Option(names = "--purge", description = "Remove every row first, those of revisions the code does not know included.")
  boolean purge;

  @Override
  public DatabaseOptions database() {
    return database;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    SortedSet<String> now = database.online(main.env()).stamp(target, purge);
    out.println("Stamped the database at revision " + Print.revisions(now) + "; no migration ran.");
    return ExitCodes.OK;
  }
}
