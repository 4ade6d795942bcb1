package dev.valuex.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every {@code valuex} command, fed random arguments, files of random or damaged bytes and random
 * standard input, ends with an exit code and a message in plain words: never a Java exception
 * name or a stack trace. The commands and their options come from picocli's own model of the
 * tool, so a command or option added later is fuzzed too.
 *
 * <p>A random invocation may happen to be valid (an undamaged sample file, {@code catalog list}):
 * then it exits 0. Otherwise it exits 1 (the data has problems) or 2 (a usage error) with a
 * message on standard error. Paths handed to the tool are absolute paths in a fresh temporary
 * folder per try (files, missing files, folders, unreadable files), or texts no path can be
 * (blank, a NUL character), so nothing is written outside that folder; {@code demo}, whose
 * {@code --out} defaults to the working folder, gets one there unless the try gives its own.
 *
 * <p>Tries: {@code jqwik.tries.default}, set by the cli pom's {@code fuzz.tries} (a few dozen in
 * the default build, thousands under {@code -Pfuzz-long}).
 */
class CommandRobustnessProperties {
  /** The files a researcher hands the tool, undamaged: the sample study's, and the ledgers,
   *  stage tags and group ledgers the tool makes of it. */
  private static final Map<String, byte[]> SAMPLES = samples();
  private static final List<String> EXTENSIONS =
      List.of(".csv", ".tsv", ".ndjson", ".json", ".txt", "");
  /** What a Java exception or stack trace looks like on a stream. */
  private static final Pattern JAVA_TRACE = Pattern.compile(
      "Exception|\\bjava\\.(lang|io|nio|util)\\.|^\\s*at [\\w$.]+\\(|\\bat (dev|java|picocli)\\.",
      Pattern.MULTILINE);

  /** The runnable commands, each with its options, read from the tool's picocli model. */
  private static final List<Shape> COMMANDS = shapes(Main.commandLine(
      new java.io.PrintWriter(java.io.Writer.nullWriter()),
      new java.io.PrintWriter(java.io.Writer.nullWriter())));

  @Property(edgeCases = EdgeCasesMode.NONE)
  void everyCommandEndsWithAnExitCodeAndAMessageNeverAStackTrace(
      @ForAll("invocations") Invocation invocation) throws IOException {
    Path dir = Files.createTempDirectory("valuex-robustness");
    try {
      String[] args = invocation.render(dir);
      CliRun run = CliRun.withInput(invocation.stdin, args);
      String context = invocation + "\n" + run;
      assertTrue(run.code == Main.OK || run.code == Main.PROBLEMS || run.code == Main.USAGE,
          () -> "exit code must be 0, 1 or 2: " + context);
      if (run.code != Main.OK) {
        // validate's report of the problems it found is its output; every other failure is
        // explained on standard error.
        boolean report = invocation.shape.path.equals(List.of("validate"))
            && run.code == Main.PROBLEMS;
        assertFalse((report ? run.out : run.err).isBlank(),
            () -> "a failure must say why: " + context);
      }
      assertFalse(JAVA_TRACE.matcher(run.err).find(), () -> "Java internals on stderr: " + context);
      assertFalse(JAVA_TRACE.matcher(run.out).find(), () -> "Java internals on stdout: " + context);
    } finally {
      makeReadable(dir);
      MoreFiles.deleteRecursively(dir, RecursiveDeleteOption.ALLOW_INSECURE);
    }
  }

  @Provide
  Arbitrary<Invocation> invocations() {
    return Arbitraries.of(COMMANDS).flatMap(shape -> Combinators.combine(
            Arbitraries.oneOf(wellFormed(shape), part(shape).list().ofMaxSize(6)
                .map(parts -> parts.stream().flatMap(List::stream)
                    .collect(Collectors.toList()))),
            stdin())
        .as((args, stdin) -> new Invocation(shape, args, stdin)));
  }

  /** A command line as a user would write it (every required parameter and option, a few
   *  others, values of the right type) over files that may be damaged: this reaches the
   *  readers and the commands' own work, where random arguments mostly stop at picocli. */
  private static Arbitrary<List<Arg>> wellFormed(Shape shape) {
    List<Arbitrary<List<Arg>>> pieces = new ArrayList<>();
    for (OptionShape o : shape.options) {
      if (o.required) {
        pieces.add(plausible(o).map(v -> List.of(new Text(o.name), v)));
      }
    }
    List<OptionShape> optional = shape.options.stream()
        .filter(o -> !o.required && !o.name.equals("--help") && !o.name.equals("--version")
            && !o.name.equals("-h") && !o.name.equals("-V"))
        .collect(Collectors.toList());
    if (!optional.isEmpty()) {
      pieces.add(Arbitraries.of(optional).list().uniqueElements(o -> o.field).ofMaxSize(3)
          .flatMap(chosen -> Combinators.combine(chosen.stream()
                  .map(o -> o.takesValue
                      ? plausible(o).map(v -> List.<Arg>of(new Text(o.name), v))
                      : Arbitraries.just(List.<Arg>of(new Text(o.name))))
                  .collect(Collectors.toList()))
              .as(l -> l.stream().flatMap(List::stream).collect(Collectors.toList()))));
    }
    for (PositionalShape p : shape.positionals) {
      Arbitrary<Arg> one = p.path ? sampleFile() : value();
      pieces.add(one.list().ofMinSize(p.min).ofMaxSize(Math.max(p.min, Math.min(p.max, 3))));
    }
    if (pieces.isEmpty()) {
      return Arbitraries.just(List.of());
    }
    return Combinators.combine(pieces)
        .as(l -> l.stream().flatMap(List::stream).collect(Collectors.toList()));
  }

  /** A value of the option's type: a file (or a new output path) for a path, a small number
   *  for a number, the default or a word from the pool for text. */
  private static Arbitrary<Arg> plausible(OptionShape o) {
    if (o.path) {
      return o.name.contains("out") ? Arbitraries.oneOf(
              Arbitraries.strings().withCharRange('a', 'z').ofLength(3)
                  .map(n -> new Missing(n + ".out")), sampleFile())
          : sampleFile();
    }
    if (o.type == int.class || o.type == Integer.class || o.type == long.class
        || o.type == Long.class) {
      return Arbitraries.integers().between(-1, 6).map(i -> new Text(Integer.toString(i)));
    }
    if (o.type == double.class || o.type == Double.class) {
      return Arbitraries.of("0", "0.5", "1", "2", "-0.5", "NaN").map(Text::new);
    }
    return o.defaultValue == null ? value()
        : Arbitraries.oneOf(Arbitraries.just(new Text(o.defaultValue)), value());
  }

  /** A sample file, most often damaged, under a name with the sample's own extension. */
  private static Arbitrary<Arg> sampleFile() {
    return Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofLength(3),
            damaged(), Arbitraries.of(false, false, false, true))
        .as((stem, content, unreadable) ->
            new FileArg(stem + content.extension(), content, unreadable));
  }

  /** One piece of a random command line: an option of the command (with a value when it takes
   *  one), an option no command has, or a positional value. */
  private static Arbitrary<List<Arg>> part(Shape shape) {
    List<Arbitrary<List<Arg>>> kinds = new ArrayList<>();
    if (!shape.options.isEmpty()) {
      kinds.add(Arbitraries.of(shape.options).flatMap(o -> o.takesValue
          ? (o.path ? pathValue() : value()).map(v -> List.of(new Text(o.name), v))
          : Arbitraries.just(List.of(new Text(o.name)))));
    }
    kinds.add(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
        .map(name -> List.of(new Text("--" + name))));
    kinds.add((shape.pathPositionals() ? pathValue() : value()).map(List::of));
    kinds.add(value().map(List::of));
    return Arbitraries.oneOf(kinds);
  }

  /** A value for an option or parameter that is not a path. */
  private static Arbitrary<Arg> value() {
    return Arbitraries.oneOf(
        Arbitraries.of("", " ", "-", "--", "0", "-1", "1", "3", "0.5", "2.5", "1e3", "NaN",
            "-0", "99999999999999999999", "text", "json", "tsv", "TEXT", "in", "out", "both",
            "lexical", "semantic", "hybrid", "customer", "employee", "business-owner",
            "segment", "subject", "view", "current", "desired", "SAVINGS", "customer.savings",
            "time", "--help", "--version").map(Text::new),
        Arbitraries.strings().ofMaxLength(10).map(Text::new),
        pathValue());
  }

  /** A value for a path option or parameter: always inside the try's folder, or no path. */
  private static Arbitrary<Arg> pathValue() {
    Arbitrary<String> name = Arbitraries.strings().withCharRange('a', 'z').ofLength(3)
        .flatMap(stem -> Arbitraries.of(EXTENSIONS).map(ext -> stem + ext));
    return Arbitraries.oneOf(
        Combinators.combine(name, content(), Arbitraries.of(false, false, false, true))
            .as(FileArg::new),
        sampleFile(),
        name.map(Missing::new),
        name.map(Folder::new),
        Arbitraries.of("", " ", "\t", "a\u0000b", "\u0000").map(Text::new));
  }

  /** A file's bytes: random, random text lines, or a sample file cut short and damaged. */
  private static Arbitrary<Content> content() {
    Arbitrary<Content> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(300)
        .map(b -> new Content("random bytes", "", b));
    Arbitrary<Content> lines = Arbitraries.strings().ofMaxLength(40).list().ofMaxSize(8)
        .map(l -> String.join("\n", l))
        .map(t -> new Content("text " + quote(t), "", t.getBytes(StandardCharsets.UTF_8)));
    return Arbitraries.frequencyOf(Tuple.of(2, random), Tuple.of(2, lines), Tuple.of(3, damaged()));
  }

  /** A sample file, whole (one time in four) or cut short, with up to three bytes set. */
  private static Arbitrary<Content> damaged() {
    return Arbitraries.of(List.copyOf(SAMPLES.keySet())).flatMap(sample -> {
      byte[] bytes = SAMPLES.get(sample);
      Arbitrary<Integer> cut = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(bytes.length)),
          Tuple.of(3, Arbitraries.integers().between(0, bytes.length)));
      Arbitrary<List<Tuple.Tuple2<Integer, Byte>>> flips = Combinators.combine(
              Arbitraries.integers().between(0, bytes.length - 1), Arbitraries.bytes())
          .as(Tuple::of).list().ofMaxSize(3);
      return Combinators.combine(cut, flips).as((c, f) -> {
        byte[] copy = Arrays.copyOf(bytes, c);
        for (Tuple.Tuple2<Integer, Byte> flip : f) {
          if (flip.get1() < copy.length) {
            copy[flip.get1()] = flip.get2();
          }
        }
        return new Content(sample + " cut at " + c + " of " + bytes.length + ", bytes set "
            + f, sample.substring(sample.lastIndexOf('.')), copy);
      });
    });
  }

  private static Arbitrary<byte[]> stdin() {
    return content().map(c -> c.bytes);
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String quote(String text) {
    return "'" + Main.printable(text) + "'";
  }

  private static void makeReadable(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      for (Path p : files.collect(Collectors.toList())) {
        p.toFile().setReadable(true);
      }
    }
  }

  private static Map<String, byte[]> samples() {
    Map<String, byte[]> samples = new java.util.LinkedHashMap<>();
    for (String name : List.of("coding-sheet.csv", "second-coder.csv", "journey.json",
        "plan.json", "program.json", "proposition.json", "policy.json")) {
      samples.put(name, read(CommandsTest.SAMPLE.resolve(name)));
    }
    try {
      Path dir = Files.createTempDirectory("valuex-robustness-samples");
      try {
        Path ledgers = dir.resolve("ledgers.ndjson");
        Path tags = dir.resolve("stage-tags.json");
        Path groups = dir.resolve("groups.ndjson");
        CliRun imported = CliRun.of("import", CommandsTest.SHEET.toString(), "-o",
            ledgers.toString(), "--journey", JourneyReportTest.JOURNEY.toString(),
            "--stage-tags-output", tags.toString());
        CliRun grouped = CliRun.of("group", ledgers.toString(), "-o", groups.toString());
        if (imported.code != Main.OK || grouped.code != Main.OK) {
          throw new IllegalStateException("the samples' ledgers could not be made: " + imported
              + "\n" + grouped);
        }
        samples.put("ledgers.ndjson", read(ledgers));
        samples.put("stage-tags.json", read(tags));
        samples.put("groups.ndjson", read(groups));
      } finally {
        MoreFiles.deleteRecursively(dir, RecursiveDeleteOption.ALLOW_INSECURE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return java.util.Collections.unmodifiableMap(samples);
  }

  private static List<Shape> shapes(CommandLine root) {
    List<Shape> result = new ArrayList<>();
    collect(root, new ArrayList<>(), result);
    return List.copyOf(result);
  }

  private static void collect(CommandLine command, List<String> path, List<Shape> into) {
    CommandSpec spec = command.getCommandSpec();
    List<OptionShape> options = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      for (String name : o.names()) {
        options.add(new OptionShape(name, o.longestName(), o.arity().max() > 0, isPath(o),
            o.type(), o.required(), o.defaultValue()));
      }
    }
    List<PositionalShape> positionals = spec.positionalParameters().stream()
        .map(p -> new PositionalShape(p.paramLabel(), p.arity().min(),
            p.arity().isVariable() ? Integer.MAX_VALUE : p.arity().max(), isPath(p)))
        .collect(Collectors.toList());
    into.add(new Shape(List.copyOf(path), options, positionals));
    for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
      if (sub.getValue().getCommandSpec().name().equals(sub.getKey())) {
        List<String> subPath = new ArrayList<>(path);
        subPath.add(sub.getKey());
        collect(sub.getValue(), subPath, into);
      }
    }
  }

  private static boolean isPath(ArgSpec arg) {
    return arg.type() == Path.class
        || Arrays.asList(arg.auxiliaryTypes()).contains(Path.class);
  }

  /** A command (its names from the root) with its options and positional parameters. */
  record Shape(List<String> path, List<OptionShape> options, List<PositionalShape> positionals) {
    boolean pathPositionals() {
      return positionals.stream().anyMatch(PositionalShape::path);
    }

    @Override
    public String toString() {
      return path.isEmpty() ? "valuex" : "valuex " + String.join(" ", path);
    }
  }

  /** One name of an option (field: its longest name), whether it takes a value and of which
   *  type, whether it is required, and its default. */
  record OptionShape(String name, String field, boolean takesValue, boolean path, Class<?> type,
      boolean required, String defaultValue) {}

  /** A positional parameter: its label, how many values it takes, whether they are paths. */
  record PositionalShape(String label, int min, int max, boolean path) {}

  /** A file's bytes, the extension of the sample it came from ("" for none) and a short
   *  account of where they came from, for the failure report. */
  record Content(String origin, String extension, byte[] bytes) {
    @Override
    public String toString() {
      return origin + " (" + bytes.length + " bytes)";
    }
  }

  /** One argument, turned into text in the try's folder. */
  sealed interface Arg permits Text, FileArg, Missing, Folder {
    String render(Path dir) throws IOException;
  }

  /** An argument as it is. */
  record Text(String text) implements Arg {
    @Override
    public String render(Path dir) {
      return text;
    }

    @Override
    public String toString() {
      return quote(text);
    }
  }

  /** A file with the given content, unreadable if asked (root reads it all the same). */
  record FileArg(String name, Content content, boolean unreadable) implements Arg {
    @Override
    public String render(Path dir) throws IOException {
      Path file = dir.resolve(name);
      if (Files.exists(file)) {
        return file.toString(); // named twice: the second argument names the first's file
      }
      Files.write(file, content.bytes);
      if (unreadable) {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
      }
      return file.toString();
    }

    @Override
    public String toString() {
      return "<" + (unreadable ? "unreadable " : "") + "file " + name + ": " + content + ">";
    }
  }

  /** A path in the try's folder where nothing is. */
  record Missing(String name) implements Arg {
    @Override
    public String render(Path dir) {
      return dir.resolve(name).toString();
    }

    @Override
    public String toString() {
      return "<missing " + name + ">";
    }
  }

  /** A folder in the try's folder (its name may end like a file's). */
  record Folder(String name) implements Arg {
    @Override
    public String render(Path dir) throws IOException {
      Path folder = dir.resolve(name);
      return (Files.exists(folder) ? folder : Files.createDirectory(folder)).toString();
    }

    @Override
    public String toString() {
      return "<folder " + name + ">";
    }
  }

  /** A whole command line and the standard input it reads. */
  static final class Invocation {
    final Shape shape;
    final List<Arg> args;
    final byte[] stdin;

    Invocation(Shape shape, List<Arg> args, byte[] stdin) {
      this.shape = shape;
      this.args = args;
      this.stdin = stdin;
    }

    String[] render(Path dir) throws IOException {
      List<String> rendered = new ArrayList<>(shape.path);
      if (shape.path.equals(List.of("demo")) && args.stream()
          .noneMatch(a -> a instanceof Text && ((Text) a).text.equals("--out"))) {
        rendered.add("--out");
        rendered.add(dir.resolve("report").toString());
      }
      for (Arg arg : args) {
        rendered.add(arg.render(dir));
      }
      return rendered.toArray(String[]::new);
    }

    @Override
    public String toString() {
      return shape + " " + args.stream().map(Object::toString).collect(Collectors.joining(" "))
          + Optional.of(stdin.length).filter(n -> n > 0).map(n -> " < " + n + " bytes")
              .orElse("");
    }
  }
}
