package dev.valuex.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs the tool in-process and captures its exit code, standard output and standard error. */
final class CliRun {
  final int code;
  final String out;
  final String err;

  private CliRun(int code, String out, String err) {
    this.code = code;
    this.out = out;
    this.err = err;
  }

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Runs {@code suggest} with the given standard input. */
  static CliRun suggest(String stdin, String... options) {
    String[] args = new String[options.length + 1];
    args[0] = "suggest";
    System.arraycopy(options, 0, args, 1, options.length);
    return withInput(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  /** Runs the tool as {@link #of} does, with these bytes as {@code suggest}'s standard input. */
  static CliRun withInput(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter outWriter = new PrintWriter(out);
    PrintWriter errWriter = new PrintWriter(err);
    CommandLine cli = Main.commandLine(outWriter, errWriter);
    SuggestCommand suggest = cli.getSubcommands().get("suggest").getCommand();
    suggest.in = new ByteArrayInputStream(stdin);
    int code = cli.execute(args);
    outWriter.flush();
    errWriter.flush();
    return new CliRun(code, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "exit " + code + "\n--- out\n" + out + "\n--- err\n" + err;
  }
}
