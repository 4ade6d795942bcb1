package dev.valuex.cli;

import dev.valuex.catalog.Catalog;
import dev.valuex.catalog.Suggestion;
import dev.valuex.core.Side;
import dev.valuex.core.ValueElement;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Suggests cards for customer statements read one per line from standard input. */
@Command(name = "suggest", mixinStandardHelpOptions = true,
    description = "Read customer statements, one per line, from standard input and print the"
        + " top K card names each most likely speaks to.")
final class SuggestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--top", defaultValue = "3", paramLabel = "K",
      description = "Cards per statement (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--method", paramLabel = "METHOD",
      description = "lexical (keywords), semantic (sentence embeddings) or hybrid (both; the"
          + " default when the valuex-semantic module is present, else lexical).")
  String method = SemanticRanking.available() ? "hybrid" : "lexical";

  @Option(names = "--format", defaultValue = "text",
      description = "text, tsv (statement, then the names, tab-separated) or json.")
  String format;

  /** Where statements come from; tests replace it. */
  java.io.InputStream in = System.in;

  @Override
  public Integer call() {
    if (top < 1) {
      throw new UsageException("--top must be at least 1, got " + top, "use --top 3");
    }
    boolean tsv = "tsv".equalsIgnoreCase(format);
    Format f = tsv ? Format.TEXT : Commands.format(format);
    Catalog catalog = Catalog.defaults();
    String how = method.strip().toLowerCase(java.util.Locale.ROOT);
    if (!List.of("lexical", "semantic", "hybrid").contains(how)) {
      throw new UsageException("--method must be lexical, semantic or hybrid, got " + method,
          "use --method hybrid");
    }
    if (!how.equals("lexical") && !SemanticRanking.available()) {
      throw new UsageException("--method " + how + " needs the valuex-semantic module on the"
          + " class path", "use --method lexical");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Object> json = new ArrayList<>();
    int statements = 0;
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String statement = line.strip();
        if (statement.isEmpty()) {
          continue;
        }
        statements++;
        List<Map<String, Object>> cards = how.equals("lexical")
            ? lexical(catalog, statement) : SemanticRanking.rank(catalog, how, statement, top);
        List<String> names = cards.stream().map(c -> (String) c.get("name"))
            .collect(Collectors.toList());
        if (f == Format.JSON) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("statement", statement);
          m.put("method", how);
          m.put("suggestions", cards);
          json.add(m);
        } else if (tsv) {
          List<String> cells = new ArrayList<>();
          cells.add(statement.replace('\t', ' '));
          cells.addAll(names);
          out.println(String.join("\t", cells));
        } else {
          out.println(names.isEmpty() ? "(no card matches)" : String.join(", ", names));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (statements == 0) {
      throw new UsageException("suggest read no statements from standard input",
          "give one statement per line, e.g. echo 'I never know if a bike is there' | valuex"
              + " suggest");
    }
    if (f == Format.JSON) {
      Format.printJson(out, json);
    }
    out.flush();
    return Main.OK;
  }

  private List<Map<String, Object>> lexical(Catalog catalog, String statement) {
    List<Map<String, Object>> cards = new ArrayList<>();
    for (Suggestion s : catalog.suggest(statement, top)) {
      cards.add(card(s.element(), s.score(), s.side(), s.matchedTerms()));
    }
    return cards;
  }

  /** One suggested card as a JSON-ready map: id, name, score, side and matched terms. */
  static Map<String, Object> card(ValueElement element, double score, Side side,
      List<String> matchedTerms) {
    Map<String, Object> card = new LinkedHashMap<>();
    card.put("id", element.id().toString());
    card.put("name", element.name());
    card.put("score", score);
    card.put("side", side.name());
    card.put("matchedTerms", matchedTerms);
    return card;
  }
}
