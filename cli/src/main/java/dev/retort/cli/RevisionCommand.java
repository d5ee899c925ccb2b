package dev.retort.cli;

import dev.retort.RetortException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "revision", mixinStandardHelpOptions = true,
    description = {
      "Writes an empty migration class, whose parent is the current head, for a change written by hand "
          + "(a data migration). Fill in upgrade() and downgrade(), then compile: the processor lists it in the "
          + "index and the next generated migration follows it.",
      "The head is found among the compiled migrations on the class path and the source files of the package."
    })
final class RevisionCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Mixin
  SourceOptions source;

  @Option(names = {"-m", "--message"}, required = true, paramLabel = "MESSAGE", description = "What the migration does.")
  String message;

  @Override
  public Integer call() {
    SourceTree tree = source.read();
    Set<String> heads = tree.heads();
    if (heads.size() > 1) {
      throw new RetortException("The migrations have " + heads.size() + " heads (" + String.join(", ", heads)
          + "): merge them first (retort merge heads -m \"...\"), then write the new revision. Nothing was written.");
    }
    List<String> parents = List.copyOf(heads);
    Path file = tree.write(parents, message, source.created(main.env()));
    spec.commandLine().getOut().println("Wrote " + file + " (parent: " + Print.revisions(parents)
        + "). Fill in upgrade() and downgrade(), then compile.");
    return ExitCodes.OK;
  }
}
