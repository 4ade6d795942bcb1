package dev.valuex.cli;

import dev.valuex.core.ValuexException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code valuex} command: a picocli command with one subcommand per task. Exit codes: 0 when
 * all went well, 1 when the data has problems (every problem is printed), 2 for a usage error
 * (no command, unknown option, missing file, an output that would replace an input or an
 * existing file without {@code --force}, a folder that does not exist, a file that cannot be
 * read or written).
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
      GroupCommand.class,
      SuggestCommand.class,
      CodeCommand.class,
      AgreeCommand.class,
      ValidateCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Callable<Integer> {
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
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * The tool's command line, writing to the given streams: its subcommands, the path converter
   * and the handler that turns a command's exception into a message and an exit code.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.registerConverter(Path.class, Main::path);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      int code = handle(e, commandLine.getErr());
      commandLine.getErr().flush();
      return code;
    });
    return cli;
  }

  /**
   * Reads a path option or parameter. A blank text or one the file system cannot name (a NUL
   * character) is a usage error naming the option, where {@link Path#of} would throw a raw
   * {@link InvalidPathException} or quietly mean the working folder.
   */
  static Path path(String text) {
    if (text.isBlank()) {
      throw new CommandLine.TypeConversionException(
          "a path must name a file or folder, got '" + printable(text) + "'");
    }
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new CommandLine.TypeConversionException("'" + printable(text)
          + "' is not a path this system can use: " + e.getReason());
    }
  }

  /**
   * The text with its control characters (NUL, escape) shown as a backslash, {@code u} and
   * four hex digits, so that a message quoting it stays readable.
   */
  static String printable(String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (Character.isISOControl(c)) {
        b.append(String.format(Locale.ROOT, "\\u%04X", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return b.toString();
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
    if (e instanceof UncheckedIOException && e.getCause() instanceof FileSystemException) {
      FileSystemException f = (FileSystemException) e.getCause();
      err.println("valuex: cannot read " + f.getFile() + ": " + (f instanceof AccessDeniedException
          ? "permission denied" : f.getReason() == null ? "the file system refused" : f.getReason()));
      err.println("hint: check the path and its permissions");
      return USAGE;
    }
    err.println("valuex: " + e);
    return PROBLEMS;
  }

  /** Without a command there is nothing to do: the usage goes to standard error, exit 2. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("valuex: a command is needed");
    spec.commandLine().usage(err);
    err.println("hint: start with 'valuex demo', or 'valuex help COMMAND' for one command");
    return USAGE;
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
