package dev.retort.cli;

import dev.retort.HistoryEntry;
import dev.retort.Migrator;
import java.io.PrintWriter;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "current", mixinStandardHelpOptions = true,
    description = "Prints the revision(s) the database is at, one per line, marked (head) when the code has no later "
        + "one; nothing at base.")
final class CurrentCommand implements Callable<Integer>, Main.UsesDatabase {
  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Mixin
  DatabaseOptions database;

  @Option(names = {"-v", "--verbose"}, description = "Also the message, and when and by whom it was applied.")
  boolean verbose;

  @Override
  public DatabaseOptions database() {
    return database;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Migrator migrator = database.online(main.env());
    SortedSet<String> current = migrator.current();
    if (current.isEmpty()) {
      return ExitCodes.OK;
    }
    Set<String> heads = migrator.heads();
    if (!verbose) {
      current.forEach(id -> out.println(id + (heads.contains(id) ? " (head)" : "")));
      return ExitCodes.OK;
    }
    for (HistoryEntry entry : migrator.history()) {
      if (entry.current()) {
        Print.verbose(out, entry, heads, true);
      }
    }
    return ExitCodes.OK;
  }
}
