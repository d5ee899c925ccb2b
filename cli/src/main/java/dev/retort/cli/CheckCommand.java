package dev.retort.cli;

import dev.retort.Migrator;
import dev.retort.drift.Drift;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = {
      "Checks the database against the code without changing anything: the history (an applied migration changed, "
          + "a revision the code does not know, a failed revision: exit status 3), pending migrations and drift "
          + "(the live schema against the one its migrations produce: exit status 1).",
      "Exit status 0 means the database is at head and is exactly what its migrations made it."
    })
final class CheckCommand implements Callable<Integer>, Main.UsesDatabase {
  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Mixin
  DatabaseOptions database;

  @Override
  public DatabaseOptions database() {
    return database;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Migrator migrator = database.online(main.env());
    List<String> pending = migrator.pending();
    Drift drift = migrator.verify();
    if (pending.isEmpty()) {
      out.println("No pending migrations.");
    } else {
      out.println(pending.size() + " pending migration(s): " + String.join(", ", pending) + ". Run upgrade.");
    }
    out.println(drift);
    return pending.isEmpty() && drift.clean() ? ExitCodes.OK : ExitCodes.FOUND;
  }
}
