package dev.valuex.cli;

import dev.valuex.core.ValuexException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code valuex} command: a picocli command with one subcommand per task. Exit codes: 0 when
 * all went well, 1 when the data has problems (every problem is printed), 2 for a usage error
 * (unknown option, missing file).
 */
@Command(
    name = "valuex",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Customer value exchange: ledgers, patterns, balance, plans and programs.",
    subcommands = {
      DemoCommand.class,
      ImportCommand.class,
      AnalyzeCommand.class,
      AssessCommand.class,
      PlanCommand.class,
      CatalogCommand.class,
      SuggestCommand.class,
      CodeCommand.class,
      AgreeCommand.class,
      ValidateCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  /** Exit code when everything went well. */
  public static final int OK = 0;
  /** Exit code when the data has problems. */
  public static final int PROBLEMS = 1;
  /** Exit code for a usage error. */
  public static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the tool with the given output streams, for tests and embedding.
   *
   * @param args the command line
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      int code = handle(e, commandLine.getErr());
      commandLine.getErr().flush();
      return code;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  static int handle(Exception e, PrintWriter err) {
    if (e instanceof UsageException) {
      err.println("valuex: " + e.getMessage());
      err.println("hint: " + ((UsageException) e).hint());
      return USAGE;
    }
    if (e instanceof ValuexException) {
      err.println("valuex: " + e.getMessage());
      err.println("hint: fix the data at the places named above and run the command again;"
          + " 'valuex validate FILE' lists every problem");
      return PROBLEMS;
    }
    if (e instanceof UncheckedIOException && e.getCause() instanceof NoSuchFileException) {
      err.println("valuex: no such file: " + e.getCause().getMessage());
      err.println("hint: check the path; it is read relative to " + System.getProperty("user.dir"));
      return USAGE;
    }
    err.println("valuex: " + e);
    return PROBLEMS;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads the version from the jar's manifest, or says it is a development build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"valuex " + (v == null ? "(development build)" : v)};
    }
  }
}
