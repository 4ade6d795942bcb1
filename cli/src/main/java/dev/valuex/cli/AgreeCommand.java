package dev.valuex.cli;

import dev.valuex.catalog.Catalog;
import dev.valuex.catalog.Suggestion;
import dev.valuex.core.ElementId;
import dev.valuex.core.Side;
import dev.valuex.core.ValuexFormatException;
import dev.valuex.core.agreement.AgreementOptions;
import dev.valuex.core.agreement.AgreementReport;
import dev.valuex.core.agreement.Bootstrap;
import dev.valuex.core.agreement.Code;
import dev.valuex.core.agreement.CodedStatement;
import dev.valuex.core.agreement.Coding;
import dev.valuex.core.agreement.Confusion;
import dev.valuex.core.agreement.ElementAgreement;
import dev.valuex.core.agreement.Estimate;
import dev.valuex.core.agreement.MatchedStatement;
import dev.valuex.interchange.ValuexJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Compares researchers' coding sheets of the same statements: agreement and what to reconcile. */
@Command(name = "agree", mixinStandardHelpOptions = true,
    description = "Compare two or more coding sheets (CSV) of the same statements: percent"
        + " agreement, Cohen's kappa (two coders), Fleiss' kappa, Krippendorff's alpha (nominal"
        + " and MASI) with 95%% bootstrap intervals, kappa per code, the codes most often"
        + " confused and the statements to reconcile. Statements are matched by the sheets'"
        + " statement column, else by subject and evidence text.")
final class AgreeCommand implements Callable<Integer> {
  /** The coder name of the card suggester. */
  static final String SUGGESTER = "suggester";
  /** The second researcher's coding of part of the bundled sample study. */
  static final String SECOND_SHEET = "sample/second-coder.csv";
  /** How many statements found in only some sheets the text output lists. */
  static final int PARTIAL_SHOWN = 10;

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "SHEET.csv",
      description = "The coding sheets, one per coder; the coder is named after the file.")
  List<Path> sheets = new ArrayList<>();

  @Option(names = "--sample", description = "Compare the bundled sample study's coding sheet"
      + " with a second researcher's coding of 52 of its statements.")
  boolean sample;

  @Option(names = "--ignore-side", description = "Count an element as one code whatever its"
      + " side (customer.money IN and OUT alike).")
  boolean ignoreSide;

  @Option(names = "--with-suggester", description = "Let the card suggester code every"
      + " statement as one more coder (its first card, on the card's side).")
  boolean withSuggester;

  @Option(names = "--suggest-method", paramLabel = "METHOD", description = "How the suggester"
      + " ranks: lexical, semantic or hybrid (as valuex suggest; hybrid when the"
      + " valuex-semantic module is present, else lexical).")
  String suggestMethod = SemanticRanking.available() ? "hybrid" : "lexical";

  @Option(names = "--replicates", defaultValue = "1000", paramLabel = "N",
      description = "Bootstrap resamples behind each interval (default: ${DEFAULT-VALUE}).")
  int replicates;

  @Option(names = "--seed", paramLabel = "SEED",
      description = "Seed of the bootstrap draws; the same seed gives the same intervals.")
  long seed = Bootstrap.DEFAULT_SEED;

  @Option(names = "--format", defaultValue = "text", description = "Output: text or json.")
  String format;

  @Override
  public Integer call() {
    Format f = Commands.format(format);
    if (replicates < Bootstrap.MIN_REPLICATES || replicates > Bootstrap.MAX_REPLICATES) {
      throw new UsageException("--replicates must be from " + Bootstrap.MIN_REPLICATES + " to "
          + Bootstrap.MAX_REPLICATES + ", got " + replicates, "use --replicates 1000");
    }
    String how = suggestMethod.strip().toLowerCase(Locale.ROOT);
    if (!List.of("lexical", "semantic", "hybrid").contains(how)) {
      throw new UsageException("--suggest-method must be lexical, semantic or hybrid, got "
          + suggestMethod, "use --suggest-method lexical");
    }
    if (!how.equals("lexical") && withSuggester && !SemanticRanking.available()) {
      throw new UsageException("--suggest-method " + how + " needs the valuex-semantic module"
          + " on the class path", "use --suggest-method lexical");
    }
    int coders = sheets.size() + (sample ? 2 : 0) + (withSuggester ? 1 : 0);
    if (coders < 2) {
      throw new UsageException("agree needs two coders or more, got " + coders,
          "give two coding sheets, or one with --with-suggester, or use --sample");
    }
    Catalog catalog = Catalog.defaults();
    List<Coding> codings = new ArrayList<>();
    if (sample) {
      codings.add(read(SampleStudy.SHEET, "coding-sheet", catalog));
      codings.add(read(SECOND_SHEET, "second-coder", catalog));
    }
    for (Path sheet : sheets) {
      codings.add(read(sheet, coderName(sheet, codings), catalog));
    }
    if (withSuggester) {
      codings.add(suggesterCoding(codings, catalog, how));
    }
    AgreementReport report = AgreementReport.of(codings, AgreementOptions.defaults()
        .withIgnoreSide(ignoreSide).withBootstrap(Bootstrap.of(replicates, seed)));
    PrintWriter out = spec.commandLine().getOut();
    if (f == Format.JSON) {
      Format.printJsonText(out, ValuexJson.create().toJson(report,
          id -> Inputs.name(catalog, id)));
    } else {
      text(out, report, catalog);
    }
    out.flush();
    return Main.OK;
  }

  private static String coderName(Path sheet, List<Coding> before) {
    String file = sheet.getFileName().toString();
    int dot = file.lastIndexOf('.');
    String name = dot > 0 ? file.substring(0, dot) : file;
    boolean taken = before.stream().anyMatch(c -> c.coder().equals(name))
        || name.equals(SUGGESTER);
    return taken ? sheet.toString() : name;
  }

  private static Coding read(Path sheet, String coder, Catalog catalog) {
    Inputs.requireFile(sheet);
    if (Inputs.Kind.of(sheet) != Inputs.Kind.CODING_SHEET) {
      throw new UsageException("agree compares coding sheets, got " + sheet,
          "give the researchers' coding sheets (*.csv)");
    }
    try (Reader in = new StringReader(Inputs.readText(sheet))) {
      return Inputs.sheet(catalog).readCoding(in, coder);
    } catch (ValuexFormatException e) {
      throw Inputs.named(sheet, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Coding read(String resource, String coder, Catalog catalog) {
    try (Reader in = SampleStudy.reader(resource)) {
      return Inputs.sheet(catalog).readCoding(in, coder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The suggester as one more coder: every statement of the sheets, coded with the first card
   * that {@code valuex suggest} ranks for its text, on that card's side. Statements for which
   * no card matches are left uncoded by the suggester.
   */
  static Coding suggesterCoding(List<Coding> codings, Catalog catalog, String method) {
    Map<String, CodedStatement> statements = new LinkedHashMap<>();
    boolean byId = codings.stream().flatMap(c -> c.statements().stream())
        .allMatch(s -> s.id().isPresent());
    for (Coding c : codings) {
      for (CodedStatement s : c.statements()) {
        String key = byId ? s.id().orElseThrow() : s.subject() + ": " + s.normalisedText();
        statements.putIfAbsent(key, s);
      }
    }
    List<CodedStatement> sources = new ArrayList<>(statements.values());
    List<Optional<Code>> firsts = firstCards(catalog, method,
        sources.stream().map(CodedStatement::text).collect(Collectors.toList()));
    List<CodedStatement> coded = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      CodedStatement s = sources.get(i);
      firsts.get(i).ifPresent(code -> coded.add(CodedStatement.builder()
          .id(s.id()).subject(s.subject()).text(s.text()).addCodes(code).build()));
    }
    return Coding.of(SUGGESTER, coded);
  }

  /** The first card {@code valuex suggest} ranks for each text, in one batch. */
  private static List<Optional<Code>> firstCards(Catalog catalog, String method,
      List<String> texts) {
    List<Optional<Code>> firsts = new ArrayList<>();
    if (method.equals("lexical")) {
      for (String text : texts) {
        List<Suggestion> top = catalog.suggest(text, 1);
        firsts.add(top.stream().findFirst().map(s -> Code.of(s.element().id(), s.side())));
      }
      return firsts;
    }
    for (List<Map<String, Object>> ranked
        : SemanticRanking.rankAll(catalog, method, "accurate", Optional.empty(), texts, 1)) {
      firsts.add(ranked.stream().findFirst()
          .map(m -> Code.of(ElementId.parse((String) m.get("element")),
              Side.valueOf(((String) m.get("side")).toUpperCase(Locale.ROOT)))));
    }
    return firsts;
  }

  private static void text(PrintWriter out, AgreementReport r, Catalog catalog) {
    long shared = r.statements().stream().filter(s -> s.codes().size() >= 2).count();
    long agreed = r.statements().stream().filter(MatchedStatement::agreed).count();
    out.printf("Agreement between %d coders: %s%n", r.coders().size(),
        String.join(", ", r.coders()));
    out.printf("Statements matched by %s; %s.%n",
        r.matchedBy() == AgreementReport.MatchedBy.STATEMENT_ID ? "statement id"
            : "subject and text", r.options().ignoreSide() ? "sides ignored" : "sides count");
    out.printf("%d statements: %d coded by two coders or more, %d coded alike, %d to"
        + " reconcile, %d missing from some sheets.%n%n", r.statements().size(), shared, agreed,
        r.disagreements().size(), r.partial().size());
    out.println("measure                value  95% interval      statements");
    row(out, "percent agreement", Optional.of(r.percentAgreement()));
    if (r.coders().size() == 2) {
      row(out, "Cohen's kappa", r.cohensKappa());
    } else {
      out.printf("%-21s  for two coders only%n", "Cohen's kappa");
    }
    row(out, "Fleiss' kappa", r.fleissKappa());
    row(out, "Krippendorff's alpha", r.krippendorffAlpha());
    row(out, "MASI alpha", r.masiAlpha());
    out.printf("(intervals: %d bootstrap resamples of the statements, seed %d)%n",
        r.options().bootstrap().replicates(), r.options().bootstrap().seed());
    out.println();
    Optional<Confusion> most = r.mostConfused();
    if (most.isPresent()) {
      out.printf("Most often confused: %s and %s (%d times)%n",
          code(most.get().first(), catalog), code(most.get().second(), catalog),
          most.get().count());
      r.confusions().stream().skip(1).limit(4).forEach(c -> out.printf("  then %s and %s"
          + " (%d)%n", code(c.first(), catalog), code(c.second(), catalog), c.count()));
    } else {
      out.println("No two codes were given instead of one another.");
    }
    List<ElementAgreement> weakest = r.elements().stream()
        .filter(e -> e.kappa().isPresent() && e.kappa().get().value() < 1)
        .sorted((a, b) -> Double.compare(a.kappa().get().value(), b.kappa().get().value()))
        .limit(5).collect(Collectors.toList());
    if (!weakest.isEmpty()) {
      out.println("Codes agreed on least (presence kappa):");
      weakest.forEach(e -> out.printf(Locale.ROOT, "  %s %.2f on %d statement%s%n",
          code(e.code(), catalog), e.kappa().get().value(), e.statements(),
          e.statements() == 1 ? "" : "s"));
    }
    out.println();
    out.printf("To reconcile (%d):%n", r.disagreements().size());
    for (MatchedStatement s : r.disagreements()) {
      out.printf("  %s \"%s\"%n", s.subject(), s.text());
      s.codes().forEach((coder, codes) -> out.printf("    %s: %s%n", coder,
          codes(codes, catalog)));
    }
    if (!r.partial().isEmpty()) {
      out.println();
      out.printf("Missing from some sheets (%d):%n", r.partial().size());
      r.partial().stream().limit(PARTIAL_SHOWN).forEach(s -> out.printf("  %s \"%s\": not in"
          + " %s%n", s.subject(), s.text(), r.coders().stream()
          .filter(c -> !s.codes().containsKey(c)).collect(Collectors.joining(", "))));
      if (r.partial().size() > PARTIAL_SHOWN) {
        out.printf("  ... and %d more (--format json lists them all)%n",
            r.partial().size() - PARTIAL_SHOWN);
      }
    }
  }

  private static void row(PrintWriter out, String name, Optional<Estimate> e) {
    if (e.isEmpty()) {
      out.printf("%-21s  undefined for these codes%n", name);
      return;
    }
    Estimate x = e.get();
    out.printf(Locale.ROOT, "%-21s  %5.2f  [%5.2f, %5.2f]    %d%n", name, x.value(), x.lower(),
        x.upper(), x.units());
  }

  private static String code(Code c, Catalog catalog) {
    return Inputs.name(catalog, c.element())
        + c.side().map(s -> " " + s.name()).orElse("");
  }

  private static String codes(Collection<Code> codes, Catalog catalog) {
    return codes.stream().map(c -> code(c, catalog)).collect(Collectors.joining(", "));
  }
}
