package dev.valuex.cli;

import dev.valuex.core.ValuexException;
import dev.valuex.core.ValuexFormatException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code valuex} command: a picocli command with one subcommand per task. Exit codes: 0 when
 * all went well, 1 when the data has problems (every problem is printed), 2 for a usage error
 * (no command, unknown option, missing file, an output that would replace an input or an
 * existing file without {@code --force}, a folder that does not exist, a file that cannot be
 * read or written). Under {@code --format json} every command prints one document whose {@code
 * format} names its kind, and a failure is one {@code valuex.error/1} document on standard
 * error, with the same exit code.
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
  /** The format token of a failure's report under {@code --format json}. */
  static final String ERROR_FORMAT = "valuex.error/1";

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
    int code;
    try {
      code = commandLine(out, err).execute(args);
    } catch (OutOfMemoryError e) {
      // The command's stack has unwound, so what filled the heap is garbage now.
      code = outOfMemory(err, json(args));
    }
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Says that the Java heap ran out and how to give the tool more, instead of the JVM's stack
   * trace: a file can be larger than the heap Java chose by default.
   *
   * @return the exit code, {@link #PROBLEMS}
   */
  static int outOfMemory(PrintWriter err, boolean json) {
    return print(new Failure(PROBLEMS, "ran out of memory: the Java heap (at most "
        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB) is full",
        Optional.of("give Java a larger heap, e.g. JAVA_OPTS=-Xmx8g ./valuex ... or java -Xmx8g"
            + " -jar valuex-cli.jar ..."), Optional.empty()), err, json);
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
      int code = handle(e, commandLine.getErr(), json(parseResult));
      commandLine.getErr().flush();
      return code;
    });
    CommandLine.IParameterExceptionHandler text = cli.getParameterExceptionHandler();
    cli.setParameterExceptionHandler((ex, args) -> parameterError(ex, args, text));
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

  /**
   * Reports a command's failure on standard error and returns its exit code: as text (the
   * message, then a hint), or under {@code --format json} as one {@code valuex.error/1}
   * document.
   */
  static int handle(Exception e, PrintWriter err, boolean json) {
    return print(Failure.of(e), err, json);
  }

  private static int print(Failure f, PrintWriter err, boolean json) {
    if (json) {
      Format.printJson(err, f.json());
    } else {
      err.println("valuex: " + f.message);
      f.hint.ifPresent(h -> err.println("hint: " + h));
    }
    return f.code;
  }

  /** Whether the command that ran was asked for {@code --format json}. */
  static boolean json(CommandLine.ParseResult parsed) {
    CommandLine.ParseResult p = parsed;
    while (p.subcommand() != null) {
      p = p.subcommand();
    }
    return p.hasMatchedOption("--format")
        && "json".equalsIgnoreCase(p.matchedOptionValue("--format", "text"));
  }

  /**
   * Whether a command line asks for {@code --format json}, read from the words themselves, for
   * usage errors picocli finds before the command's options are all read.
   */
  static boolean json(String[] args) {
    String format = "text";
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--format") && i + 1 < args.length) {
        format = args[i + 1];
      } else if (args[i].startsWith("--format=")) {
        format = args[i].substring("--format=".length());
      }
    }
    return "json".equalsIgnoreCase(format);
  }

  /**
   * A usage error picocli found while reading the command line (an unknown option, a missing
   * parameter, a value of the wrong type): picocli's own report as text, or under {@code
   * --format json} one {@code valuex.error/1} document.
   */
  static int parameterError(CommandLine.ParameterException ex, String[] args,
      CommandLine.IParameterExceptionHandler text) throws Exception {
    if (!json(args)) {
      return text.handleParseException(ex, args);
    }
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    Failure f = new Failure(cmd.getCommandSpec().exitCodeOnInvalidInput(),
        java.util.Objects.requireNonNullElse(ex.getMessage(), "the command line is not valid"),
        Optional.of("run '" + cmd.getCommandSpec().qualifiedName(" ") + " --help' for its"
            + " parameters and options"), Optional.empty());
    Format.printJson(err, f.json());
    err.flush();
    return f.code;
  }

  /** What went wrong, for text or JSON: the exit code, message, hint and any problems. */
  static final class Failure {
    final int code;
    final String message;
    final Optional<String> hint;
    final Optional<ValuexFormatException> problems;

    Failure(int code, String message, Optional<String> hint,
        Optional<ValuexFormatException> problems) {
      this.code = code;
      this.message = message;
      this.hint = hint;
      this.problems = problems;
    }

    static Failure of(Exception e) {
      if (e instanceof UsageException) {
        return new Failure(USAGE, e.getMessage(), Optional.of(((UsageException) e).hint()),
            Optional.empty());
      }
      if (e instanceof ValuexException) {
        return new Failure(PROBLEMS, e.getMessage(), Optional.of("fix the data where each problem"
            + " says and run the command again; 'valuex validate FILE' lists every"
            + " problem"), e instanceof ValuexFormatException
                ? Optional.of((ValuexFormatException) e) : Optional.empty());
      }
      if (e instanceof UncheckedIOException && e.getCause() instanceof NoSuchFileException) {
        return new Failure(USAGE, "no such file: " + e.getCause().getMessage(),
            Optional.of("check the path; it is read relative to "
                + System.getProperty("user.dir")), Optional.empty());
      }
      if (e instanceof UncheckedIOException && e.getCause() instanceof FileSystemException) {
        FileSystemException f = (FileSystemException) e.getCause();
        return new Failure(USAGE, "cannot read " + f.getFile() + ": "
            + (f instanceof AccessDeniedException ? "permission denied"
                : f.getReason() == null ? "the file system refused" : f.getReason()),
            Optional.of("check the path and its permissions"), Optional.empty());
      }
      return new Failure(PROBLEMS, String.valueOf(e), Optional.empty(), Optional.empty());
    }

    /** The {@code valuex.error/1} document, keys in the order of its schema. */
    Map<String, Object> json() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("format", ERROR_FORMAT);
      m.put("exit_code", code);
      m.put("message", problems.map(p -> p.source() + ": " + p.details().size()
          + (p.details().size() == 1 ? " problem" : " problems")).orElse(message));
      m.put("hint", hint.orElse("this is a fault in valuex: please report it with the command"
          + " line that caused it"));
      problems.ifPresent(p -> m.put("source", p.source()));
      m.put("problems", problems.map(p -> p.details().stream().map(ValidateCommand::json)
          .toList()).orElse(List.of()));
      return m;
    }
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
