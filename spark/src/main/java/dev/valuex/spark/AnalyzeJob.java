package dev.valuex.spark;

import static java.util.Objects.requireNonNull;

import dev.valuex.catalog.Catalog;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.ValueElement;
import dev.valuex.core.View;
import dev.valuex.core.analysis.PatternAnalysis;
import dev.valuex.core.analysis.PatternAnalysis.Breakdown;
import dev.valuex.interchange.AnalysisDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The patterns across ledgers as a {@code spark-submit} job: reads {@code valuex.ledger/1}
 * NDJSON and writes the same {@value AnalysisDocument#FORMAT} document as {@code valuex analyze
 * --format json} for the same ledgers and options (view, breakdown, top, pairs), built by the
 * same {@link PatternAnalysis}. Lines that are not ledgers are counted on standard error and,
 * with {@code --rejected}, written as JSON lines of file, line and problems.
 *
 * <pre>
 * spark-submit --class dev.valuex.spark.AnalyzeJob \
 *   --conf spark.kryo.registrator=dev.valuex.spark.ValuexKryoRegistrator \
 *   valuex-spark.jar s3a://lake/ledgers/ --by segment --top 5 \
 *   --output s3a://lake/reports/analysis.json --rejected s3a://lake/reports/rejected
 * </pre>
 *
 * <p>Each task parses its lines once and counts them into {@link PatternAnalysis.Counts}: a
 * summary, the owners' verdicts per stratum and the ledgers' distinct sets of OUT elements (the
 * summary-set proposal needs which elements each ledger carries together). The driver receives
 * the merged counts, whose size grows with distinct combinations, not with ledgers.
 */
public final class AnalyzeJob {
  private AnalyzeJob() {}

  /**
   * Runs the job.
   *
   * @param args the ledgers' path, then options: {@code --by}, {@code --view}, {@code --top},
   *     {@code --pairs}, {@code --min-together}, {@code --output}, {@code --rejected}
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
    int code = 0;
    try {
      run(spark, options, System.out, System.err);
    } catch (IllegalArgumentException e) {
      System.err.println("valuex: " + e.getMessage());
      code = 1;
    } finally {
      spark.stop();
    }
    if (code != 0) {
      System.exit(code);
    }
  }

  static void run(SparkSession spark, Options options, PrintStream out, PrintStream err)
      throws IOException {
    LedgerLines read = ValuexSpark.readLedgers(spark, options.ledgers);
    String json = AnalysisDocument.toJson(AnalysisDocument.of(analyze(read, options.view,
        options.breakdown, options.top, options.pairs, options.minTogether)));
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
   * Returns the patterns across a dataset of ledgers as {@code valuex analyze} gives them, with
   * card names from the default catalog: each partition counts its ledgers into {@link
   * PatternAnalysis.Counts}, and the partial counts merge in a tree.
   *
   * @param ledgers the ledgers, not null
   * @param view the only view to count, or empty for both, not null
   * @param by the breakdown of the slices, not null
   * @param top the elements shown per side and slice, at least 1
   * @param pairs the pairs of placements shown, at least 0
   * @param minTogether the fewest ledgers a pair is seen together in to be shown, at least 1
   * @return the analysis, never null
   * @throws IllegalArgumentException if a number is out of its range or no ledger is counted
   */
  public static PatternAnalysis analyze(Dataset<Ledger> ledgers, Optional<View> view,
      Breakdown by, int top, int pairs, int minTogether) {
    requireNonNull(ledgers, "ledgers");
    return count(ledgers.javaRDD(), view).analysis(by, top, pairs, minTogether, cards());
  }

  /**
   * Returns the patterns across the ledgers of NDJSON lines as {@code valuex analyze} gives
   * them, in one pass over the text: each task parses its lines once and counts them into
   * {@link PatternAnalysis.Counts}; no ledger passes through the dataset encoding.
   *
   * @param read the lines, not null
   * @param view the only view to count, or empty for both, not null
   * @param by the breakdown of the slices, not null
   * @param top the elements shown per side and slice, at least 1
   * @param pairs the pairs of placements shown, at least 0
   * @param minTogether the fewest ledgers a pair is seen together in to be shown, at least 1
   * @return the analysis, never null
   * @throws IllegalArgumentException if a number is out of its range or no ledger is counted
   */
  public static PatternAnalysis analyze(LedgerLines read, Optional<View> view, Breakdown by,
      int top, int pairs, int minTogether) {
    requireNonNull(read, "read");
    return count(read.parsed(), view).analysis(by, top, pairs, minTogether, cards());
  }

  private static PatternAnalysis.Counts count(JavaRDD<Ledger> ledgers, Optional<View> view) {
    requireNonNull(view, "view");
    return ledgers.treeAggregate(PatternAnalysis.counts(view),
        PatternAnalysis.Counts::add, PatternAnalysis.Counts::addAll);
  }

  private static Function<ElementId, String> cards() {
    Catalog catalog = Catalog.defaults();
    return id -> catalog.element(id).map(ValueElement::name).orElse(id.toString());
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

    @Option(names = "--view", defaultValue = "all", description = "Count only CURRENT or only"
        + " DESIRED ledgers: current, desired or all (default: ${DEFAULT-VALUE}).")
    String viewText = "all";

    @Option(names = "--top", defaultValue = "5", description = "Elements shown per side.")
    int top = 5;

    @Option(names = "--pairs", defaultValue = "5", paramLabel = "N", description = "Pairs of"
        + " placements shown, strongest lift first (default: ${DEFAULT-VALUE}; 0 for none).")
    int pairs = 5;

    @Option(names = "--min-together", defaultValue = "5", paramLabel = "N", description = "A pair"
        + " is shown only when seen together in at least N ledgers (default: ${DEFAULT-VALUE}).")
    int minTogether = 5;

    @Option(names = "--output", paramLabel = "FILE", description = "Where to write the JSON"
        + " (default: standard output).")
    @org.jspecify.annotations.Nullable String output;

    @Option(names = "--rejected", paramLabel = "DIR", description = "Where to write the"
        + " lines that are not ledgers, as JSON lines of file, line and problems.")
    @org.jspecify.annotations.Nullable String rejected;

    Breakdown breakdown = Breakdown.SEGMENT;

    Optional<View> view = Optional.empty();

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
      String v = o.viewText.strip().toUpperCase(Locale.ROOT);
      if (v.equals("CURRENT") || v.equals("DESIRED")) {
        o.view = Optional.of(View.valueOf(v));
      } else if (!v.equals("ALL")) {
        throw new IllegalArgumentException(
            "--view must be current, desired or all, got '" + o.viewText + "'");
      }
      if (o.top < 1) {
        throw new IllegalArgumentException("--top must be at least 1, got " + o.top);
      }
      if (o.pairs < 0 || o.minTogether < 1) {
        throw new IllegalArgumentException("--pairs must be at least 0 and --min-together at"
            + " least 1, got " + o.pairs + " and " + o.minTogether);
      }
      return o;
    }

    static String usage() {
      return new CommandLine(new Options()).getUsageMessage();
    }
  }
}
