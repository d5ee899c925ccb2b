package dev.retort.cli;

import dev.retort.Revision;
import dev.retort.engine.MigrationCatalog;
import dev.retort.engine.MigrationLoader;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "heads", mixinStandardHelpOptions = true,
    description = "Prints the code's heads: the revisions no other revision follows (two or more: branches to merge). "
        + "Reads the class path only, no database.")
final class HeadsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-v", "--verbose"}, description = "Also each head's parents, message and creation date.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    MigrationCatalog catalog = MigrationCatalog.of(MigrationLoader.load(Thread.currentThread().getContextClassLoader()));
    for (String head : catalog.graph().heads()) {
      out.println(head + " (head)");
      if (verbose) {
        Revision revision = catalog.revision(head);
        out.println("  Parent: " + (revision.parents().length == 0 ? "<base>" : String.join(", ", revision.parents())));
        out.println("  Message: " + revision.message());
        if (!revision.created().isEmpty()) {
          out.println("  Created: " + revision.created());
        }
      }
    }
    return ExitCodes.OK;
  }
}
