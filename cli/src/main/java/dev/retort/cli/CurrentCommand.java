package dev.retort.cli;

import dev.retort.HistoryEntry;
import dev.retort.Migrator;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        + "one, or (unknown to this code) when the code does not have it; nothing at base.")
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
    List<HistoryEntry> history = migrator.history();
    Map<String, HistoryEntry> known = new HashMap<>();
    history.forEach(e -> known.put(e.id(), e));
    for (String id : current) {
      HistoryEntry entry = known.get(id);
      if (entry == null) {
        out.println((verbose ? "Rev: " + id + " (current)" : id) + " " + UNKNOWN);
        if (verbose) {
          out.println();
        }
      } else if (verbose) {
        Print.verbose(out, entry, heads, true);
      } else {
        out.println(id + (heads.contains(id) ? " (head)" : ""));
      }
    }
    out.flush();
    Print.unknownNote(spec.commandLine(), Print.unknown(current, history), heads);
    return ExitCodes.OK;
  }

  /** The mark of a revision the database is at and the code does not have. */
  static final String UNKNOWN = "(unknown to this code)";
}
