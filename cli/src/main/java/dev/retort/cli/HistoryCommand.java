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
    if (format.equals("mermaid")) {
      out.print(HistoryMermaid.write(migrator.history(), migrator.heads()));
      return ExitCodes.OK;
    }
    if (graph) {
      HistoryGraph.draw(migrator.history(), migrator.heads()).forEach(out::println);
      return ExitCodes.OK;
    }
    List<HistoryEntry> newestFirst = new ArrayList<>(migrator.history());
    Collections.reverse(newestFirst);
    Set<String> heads = migrator.heads();
    if (verbose) {
      newestFirst.forEach(e -> Print.verbose(out, e, heads, indicateCurrent));
      return ExitCodes.OK;
    }
    int width = newestFirst.stream().mapToInt(e -> Print.line(e, heads, indicateCurrent).length()).max().orElse(0);
    for (HistoryEntry entry : newestFirst) {
      String line = Print.line(entry, heads, indicateCurrent);
      out.println(line + " ".repeat(width - line.length() + 2) + Print.status(entry));
    }
    return ExitCodes.OK;
  }
}
