package dev.retort.cli;

import dev.retort.RetortException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "merge", mixinStandardHelpOptions = true,
    description = "Writes a merge migration whose parents are the given revisions (or every head), so that the "
        + "history has one head again. It usually has nothing to do; fill in upgrade() if the branches need "
        + "reconciling.")
final class MergeCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Mixin
  SourceOptions source;

  @Parameters(paramLabel = "REVISION", arity = "1..*", description = "heads, or the revisions to merge (two or more).")
  List<String> revisions;

  @Option(names = {"-m", "--message"}, required = true, paramLabel = "MESSAGE", description = "What the merge is for.")
  String message;

  @Override
  public Integer call() {
    SourceTree tree = source.read();
    List<String> parents = new ArrayList<>();
    for (String revision : revisions) {
      if (revision.equals("heads")) {
        parents.addAll(tree.heads());
      } else if (tree.contains(revision)) {
        parents.add(revision);
      } else {
        throw new RetortException("No revision " + revision + " among the migrations; the heads are "
            + String.join(", ", tree.heads()) + ". Nothing was written.");
      }
    }
    parents = List.copyOf(new TreeSet<>(parents));
    if (parents.size() < 2) {
      throw new RetortException("Nothing to merge: " + (parents.isEmpty() ? "no revision" : "only " + parents.get(0))
          + ". A merge joins two or more heads. Nothing was written.");
    }
    Set<String> ancestors = new TreeSet<>(tree.ancestors(parents));
    ancestors.retainAll(parents);
    if (!ancestors.isEmpty()) {
      throw new RetortException("Cannot merge " + String.join(", ", parents) + ": " + String.join(", ", ancestors)
          + (ancestors.size() == 1 ? " is an ancestor" : " are ancestors") + " of another of them, so there are no "
          + "branches to join. A merge joins heads; the heads are " + String.join(", ", tree.heads())
          + " (retort merge heads -m \"...\" merges them all). Nothing was written.");
    }
    Set<String> otherHeads = new TreeSet<>(tree.heads());
    otherHeads.removeAll(parents);
    Path file = tree.write(parents, message, source.created(main.env()));
    spec.commandLine().getOut().println("Wrote " + file + " (merges " + String.join(", ", parents) + "). Compile it; "
        + (otherHeads.isEmpty() ? "the history has one head again."
            : "the history still has other heads, " + String.join(", ", otherHeads) + ", to merge."));
    return ExitCodes.OK;
  }
}
