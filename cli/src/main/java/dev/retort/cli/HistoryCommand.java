package dev.retort.cli;

import dev.retort.HistoryEntry;
import dev.retort.Migrator;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "history", mixinStandardHelpOptions = true,
    description = "Lists the revisions, newest first, each with its parents and message, and whether the database "
        + "applied it (when) or it is pending.")
final class HistoryCommand implements Callable<Integer>, Main.UsesDatabase {
  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Mixin
  DatabaseOptions database;

  @Option(names = {"-v", "--verbose"}, description = "A block per revision: creation date, when and by whom applied, how long it took.")
  boolean verbose;

  @Option(names = {"-i", "--indicate-current"}, description = "Mark the revision(s) the database is at with (current).")
  boolean indicateCurrent;

  @Option(names = "--graph", description = "Draw the revision graph, branches and merges, as git log --graph does.")
  boolean graph;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default) or mermaid: a Mermaid flowchart of the graph, for documentation.")
  String format;

  @Override
  public DatabaseOptions database() {
    return database;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (!format.equals("text") && !format.equals("mermaid")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--format=" + format + " is not a format: use text or mermaid.");
    }
    Migrator migrator = database.online(main.env());
    List<HistoryEntry> history = migrator.history();
    Set<String> heads = migrator.heads();
    if (format.equals("mermaid")) {
      out.print(HistoryMermaid.write(history, heads));
    } else if (graph) {
      HistoryGraph.draw(history, heads).forEach(out::println);
    } else {
      List<HistoryEntry> newestFirst = new ArrayList<>(history);
      Collections.reverse(newestFirst);
      if (verbose) {
        newestFirst.forEach(e -> Print.verbose(out, e, heads, indicateCurrent));
      } else {
        int width = newestFirst.stream().mapToInt(e -> Print.line(e, heads, indicateCurrent).length()).max().orElse(0);
        for (HistoryEntry entry : newestFirst) {
          String line = Print.line(entry, heads, indicateCurrent);
          out.println(line + " ".repeat(width - line.length() + 2) + Print.status(entry));
        }
      }
    }
    out.flush();
    Print.unknownNote(spec.commandLine(), Print.unknown(migrator.current(), history), heads);
    return ExitCodes.OK;
  }
}
