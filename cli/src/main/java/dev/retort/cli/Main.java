package dev.retort.cli;

import dev.retort.RetortException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The command line:
 * {@code java -cp <application class path> dev.retort.cli.Main <verb> [target] --url <jdbc url>}.
 * Run without arguments, or with {@code --help}, for the verbs; the exit status is one of {@link
 * ExitCodes}.
 */
@Command(
    name = "retort",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Alembic's commands for the Retort migrations on the class path.",
      "Targets: head, heads, base, a revision id or a unique prefix of one, +N or -N (relative to the current revision)."
    },
    subcommands = {
      UpgradeCommand.class,
      DowngradeCommand.class,
      CurrentCommand.class,
      HistoryCommand.class,
      HeadsCommand.class,
      StampCommand.class,
      CheckCommand.class,
      RevisionCommand.class,
      MergeCommand.class,
      CommandLine.HelpCommand.class
    },
    synopsisSubcommandLabel = "<verb>",
    commandListHeading = "%nVerbs:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:check found pending migrations or drift",
      "2:usage error (unknown verb or option, missing value)",
      "3:Retort refused or failed; the message on standard error says why and what to do",
      "4:unexpected internal error (a bug; the stack trace is printed)"
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  java -cp \"$APP_CLASSPATH\" dev.retort.cli.Main upgrade head --url jdbc:postgresql://db/app --user app --password-env APP_DB_PASSWORD",
      "Each verb has its own help: retort <verb> --help."
    })
public final class Main implements Runnable {
  @Spec
  CommandSpec spec;

  private final Map<String, String> env;

  private Main(Map<String, String> env) {
    this.env = env;
  }

  /** The environment variables, where {@code --password-env} reads. */
  Map<String, String> env() {
    return env;
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, System.getenv()));
  }

  /**
   * Runs the command line and returns its exit status instead of exiting.
   *
   * @param env the environment variables ({@code --password-env} reads the password from them)
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine commandLine = new CommandLine(new Main(env))
        .setOut(outWriter)
        .setErr(errWriter)
        .setExecutionExceptionHandler(new Failures(env));
    commandLine.setParameterExceptionHandler(new UsageErrors(commandLine.getParameterExceptionHandler(), env));
    CommandSpec top = commandLine.getCommandSpec();
    for (CommandLine verb : commandLine.getSubcommands().values()) {
      if (!(verb.getCommand() instanceof CommandLine.HelpCommand)) {
        // every verb's -V says what retort -V says, and its --help lists the exit codes
        verb.getCommandSpec().versionProvider(top.versionProvider());
        verb.getCommandSpec().usageMessage().exitCodeListHeading(top.usageMessage().exitCodeListHeading())
            .exitCodeList(top.usageMessage().exitCodeList());
      }
    }
    try {
      return commandLine.execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /** Without a verb: the usage, as a usage error. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing verb.");
  }

  /** Retort's refusals are exit status 3 with their message; anything else is a bug, status 4. */
  private record Failures(Map<String, String> env) implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
      PrintWriter err = commandLine.getErr();
      Object command = commandLine.getCommand();
      DatabaseOptions database = command instanceof UsesDatabase u ? u.database() : null;
      if (e instanceof RetortException) {
        String message = e.getMessage();
        err.println("retort " + commandLine.getCommandName() + ": "
            + (database == null ? message : database.redact(message, env)));
        return ExitCodes.REFUSED;
      }
      String text = e.toString();
      err.println("retort " + commandLine.getCommandName() + ": unexpected error: "
          + (database == null ? text : database.redact(text, env)));
      for (StackTraceElement frame : e.getStackTrace()) {
        err.println("\tat " + frame);
      }
      return ExitCodes.INTERNAL;
    }
  }

  /**
   * Usage errors are picocli's (its message, its suggestions or the usage, exit status 2), with the
   * credentials masked: picocli quotes the arguments it did not understand, and a mistyped option
   * ({@code --urll=jdbc:...?password=...}) would otherwise print the password.
   */
  private record UsageErrors(IParameterExceptionHandler picocli, Map<String, String> env)
      implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) throws Exception {
      CommandLine commandLine = e.getCommandLine();
      PrintWriter err = commandLine.getErr();
      StringWriter text = new StringWriter();
      commandLine.setErr(new PrintWriter(text, true));
      int status;
      try {
        status = picocli.handleParseException(e, args);
      } finally {
        commandLine.setErr(err);
      }
      DatabaseOptions database = commandLine.getCommand() instanceof UsesDatabase u ? u.database() : null;
      String printed = text.toString();
      err.print(DatabaseOptions.redactArguments(database == null ? printed : database.redact(printed, env), args));
      err.flush();
      return status;
    }
  }

  /** A verb that connects to a database. */
  interface UsesDatabase {
    DatabaseOptions database();
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"retort " + (version == null ? "(development build)" : version)};
    }
  }
}
