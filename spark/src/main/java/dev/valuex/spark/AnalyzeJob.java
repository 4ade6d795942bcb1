package dev.valuex.spark;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Splitter;
import com.google.common.collect.Iterables;
import dev.valuex.catalog.Catalog;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.core.Subject;
import dev.valuex.core.ValueElement;
import dev.valuex.core.View;
import dev.valuex.core.analysis.LedgerSummary;
import dev.valuex.core.analysis.SummarySetProposal;
import dev.valuex.json.PatternsOutput;
import dev.valuex.json.PatternsOutput.Breakdown;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The patterns across ledgers as a {@code spark-submit} job: reads {@code valuex.ledger/1}
 * NDJSON and writes the same JSON as {@code valuex analyze --format json} for the same ledgers
 * (same slices, same coverage, same summary-set proposal), built by the same {@link
 * PatternsOutput}. Lines that are not ledgers are counted on standard error and, with {@code
 * --rejected}, written as JSON lines of file, line and problems.
 *
 * <pre>
 * spark-submit --class dev.valuex.spark.AnalyzeJob \
 *   --conf spark.kryo.registrator=dev.valuex.spark.ValuexKryoRegistrator \
 *   valuex-spark.jar s3a://lake/ledgers/ --by segment --top 5 \
 *   --output s3a://lake/reports/patterns.json --rejected s3a://lake/reports/rejected
 * </pre>
 *
 * <p>Each task parses its lines once and counts them into a summary; the proposal needs which
 * elements each ledger carries together, so each task also counts its ledgers' distinct sets of
 * OUT elements, and the driver receives the merged summary and those sets with their numbers
 * of ledgers (as many as there are distinct combinations, not ledgers).
 */
public final class AnalyzeJob {
  private AnalyzeJob() {}

  /**
   * Runs the job.
   *
   * @param args the ledgers' path, then options: {@code --by}, {@code --top}, {@code --output},
   *     {@code --rejected}
   * @throws IOException if the output cannot be written
   */
  public static void main(String[] args) throws IOException {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("valuex: " + e.getMessage());
      System.err.print(Options.usage());
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder()
        .config(ValuexSpark.configure(new SparkConf()))
        .appName("valuex analyze").getOrCreate();
    try {
      run(spark, options, System.out, System.err);
    } finally {
      spark.stop();
    }
  }

  static void run(SparkSession spark, Options options, PrintStream out, PrintStream err)
      throws IOException {
    LedgerLines read = ValuexSpark.readLedgers(spark, options.ledgers);
    String json = PatternsOutput.toJson(analyze(read, options.breakdown, options.top));
    if (options.output == null) {
      out.println(json);
    } else {
      Path target = new Path(options.output);
      FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (OutputStream o = fs.create(target, true)) {
        o.write((json + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
      }
    }
    Dataset<Row> rejected = read.rejected();
    long bad;
    if (options.rejected == null) {
      bad = read.rejectedCount();
    } else {
      rejected.write().json(options.rejected);
      bad = spark.read().schema(LedgerLines.REJECTED_SCHEMA).json(options.rejected).count();
    }
    if (bad > 0) {
      err.printf("valuex: %s%s%n", bad == 1 ? "1 line is not a valid ledger"
          : bad + " lines are not valid ledgers",
          options.rejected == null ? "; write them with --rejected DIR"
              : "; written to " + options.rejected);
    }
  }

  /**
   * Returns the patterns across a dataset of ledgers as {@code valuex analyze} gives them: the
   * output of {@link PatternsOutput#of}, with card names from the default catalog.
   *
   * @param ledgers the ledgers, not null
   * @param by the breakdown of the slices, not null
   * @param top the elements shown per side and slice, at least 1
   * @return the output, in output order, never null
   * @throws IllegalArgumentException if {@code top} is below 1
   */
  public static Map<String, Object> analyze(Dataset<Ledger> ledgers, Breakdown by, int top) {
    requireNonNull(ledgers, "ledgers");
    checkArguments(by, top);
    LedgerSummary summary = ledgers.select(ValuexSpark.summary()).first();
    Map<String, Long> outSets = new HashMap<>();
    ledgers.map((MapFunction<Ledger, String>) AnalyzeJob::outKey, Encoders.STRING())
        .groupBy("value").count().collectAsList()
        .forEach(r -> outSets.put(r.getString(0), r.getLong(1)));
    return output(summary, outSets, by, top);
  }

  /**
   * Returns the patterns across the ledgers of NDJSON lines as {@code valuex analyze} gives
   * them, in one pass over the text: each task parses its lines once, counting them into a
   * summary and counting their sets of OUT elements.
   *
   * @param read the lines, not null
   * @param by the breakdown of the slices, not null
   * @param top the elements shown per side and slice, at least 1
   * @return the output, in output order, never null
   * @throws IllegalArgumentException if {@code top} is below 1
   */
  public static Map<String, Object> analyze(LedgerLines read, Breakdown by, int top) {
    requireNonNull(read, "read");
    checkArguments(by, top);
    Partial all = read.parsed().treeAggregate(new Partial(), Partial::add, Partial::addAll);
    return output(all.summary.build(), all.outSets, by, top);
  }

  private static void checkArguments(Breakdown by, int top) {
    requireNonNull(by, "by");
    if (top < 1) {
      throw new IllegalArgumentException("top must be at least 1, got " + top);
    }
  }

  private static Map<String, Object> output(LedgerSummary summary, Map<String, Long> outSets,
      Breakdown by, int top) {
    SummarySetProposal proposal = SummarySetProposal.reaching(PatternsOutput.PROPOSAL_SHARE,
        Side.OUT, standIns(outSets));
    Catalog catalog = Catalog.defaults();
    Function<ElementId, String> names = id -> catalog.element(id).map(ValueElement::name)
        .orElse(id.toString());
    return PatternsOutput.of(summary, proposal, names, by, top);
  }

  /** What one task counts: the summary of its ledgers and how many carry each OUT set. */
  static final class Partial implements Serializable {
    private static final long serialVersionUID = 1L;

    final LedgerSummary.Builder summary = LedgerSummary.builder();
    final HashMap<String, Long> outSets = new HashMap<>();

    Partial add(Ledger ledger) {
      summary.add(ledger);
      outSets.merge(outKey(ledger), 1L, Long::sum);
      return this;
    }

    Partial addAll(Partial other) {
      summary.addAll(other.summary);
      other.outSets.forEach((k, v) -> outSets.merge(k, v, Long::sum));
      return this;
    }
  }

  /**
   * Returns one stand-in ledger per ledger, carrying its OUT elements only, all the proposal
   * reads: each distinct set is built once and repeated by reference.
   */
  private static Iterable<Ledger> standIns(Map<String, Long> outSets) {
    List<Iterable<Ledger>> parts = new ArrayList<>();
    int n = 0;
    for (Map.Entry<String, Long> e : new TreeMap<>(outSets).entrySet()) {
      Ledger.Builder b = Ledger.builder().id(LedgerId.of("set-" + n++))
          .subject(Subject.of(Subject.Kind.INDIVIDUAL, "set")).owner("set").author("set")
          .perspective(Perspective.CUSTOMER).view(View.CURRENT).asOf(LocalDate.of(2026, 1, 1));
      for (String id : Splitter.on(' ').omitEmptyStrings().split(e.getKey())) {
        b.addEntry(LedgerEntry.of(ElementId.parse(id), Side.OUT));
      }
      parts.add(Collections.nCopies(Math.toIntExact(e.getValue()), b.build()));
    }
    return Iterables.concat(parts);
  }

  private static String outKey(Ledger ledger) {
    return ledger.out().stream().map(e -> e.element().toString()).sorted()
        .collect(Collectors.joining(" "));
  }

  /** The job's command line. */
  @Command(name = "AnalyzeJob", description = "The patterns across ledgers, as valuex analyze"
      + " --format json gives them.")
  static final class Options {
    @Parameters(index = "0", paramLabel = "LEDGERS", description = "NDJSON ledgers: a file, a"
        + " directory, a glob, or several separated by commas.")
    String ledgers = "";

    @Option(names = "--by", defaultValue = "segment", paramLabel = "BREAKDOWN",
        description = "segment, view, period or none (default: ${DEFAULT-VALUE}).")
    String by = "segment";

    @Option(names = "--top", defaultValue = "5", description = "Elements shown per side.")
    int top = 5;

    @Option(names = "--output", paramLabel = "FILE", description = "Where to write the JSON"
        + " (default: standard output).")
    @org.jspecify.annotations.Nullable String output;

    @Option(names = "--rejected", paramLabel = "DIR", description = "Where to write the"
        + " lines that are not ledgers, as JSON lines of file, line and problems.")
    @org.jspecify.annotations.Nullable String rejected;

    Breakdown breakdown = Breakdown.SEGMENT;

    /**
     * Reads the command line.
     *
     * @throws IllegalArgumentException naming the option and the bad value
     */
    static Options parse(String[] args) {
      Options o = new Options();
      try {
        new CommandLine(o).parseArgs(args);
      } catch (CommandLine.ParameterException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
      try {
        o.breakdown = Breakdown.parse(o.by);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "--by must be segment, view, period or none, got '" + o.by + "'", e);
      }
      if (o.top < 1) {
        throw new IllegalArgumentException("--top must be at least 1, got " + o.top);
      }
      return o;
    }

    static String usage() {
      return new CommandLine(new Options()).getUsageMessage();
    }
  }
}
