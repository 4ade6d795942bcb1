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
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.setExecutionExceptionHandler((e, c, p) -> Main.handle(e, c.getErr()));
    SuggestCommand suggest = cli.getSubcommands().get("suggest").getCommand();
    suggest.in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    String[] args = new String[options.length + 1];
    args[0] = "suggest";
    System.arraycopy(options, 0, args, 1, options.length);
    int code = cli.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "exit " + code + "\n--- out\n" + out + "\n--- err\n" + err;
  }
}
