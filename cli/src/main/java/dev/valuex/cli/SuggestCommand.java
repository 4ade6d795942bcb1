package dev.valuex.cli;

import dev.valuex.catalog.Catalog;
import dev.valuex.catalog.Suggestion;
import dev.valuex.core.Perspective;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

  @Option(names = "--model", paramLabel = "MODEL", defaultValue = "accurate",
      description = "For semantic and hybrid ranking: accurate (the sentence embedding model,"
          + " the default) or fast (its static token table: many times faster, less accurate;"
          + " see the semantic module's README).")
  String model;

  @Option(names = "--side", paramLabel = "SIDE",
      description = "in or out, when you know the side: only cards of that side are suggested"
          + " (in: what the customer gives, such as money or time; out: what they get).")
  String side;

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
    String how = method(method);
    String which = model(model);
    Optional<Side> known = side(side);
    List<String> statements = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          statements.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (statements.isEmpty()) {
      throw new UsageException("suggest read no statements from standard input",
          "give one statement per line, e.g. echo 'I never know if a bike is there' | valuex"
              + " suggest");
    }
    List<List<Map<String, Object>>> ranked = new ArrayList<>();
    if (how.equals("lexical")) {
      for (String statement : statements) {
        ranked.add(lexical(catalog, known, statement, top));
      }
    } else {
      ranked = SemanticRanking.rankAll(catalog, how, which, known, statements, top);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (f == Format.JSON) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("format", "valuex.suggestions/1");
      doc.put("method", how);
      if (!how.equals("lexical")) {
        doc.put("model", which);
      }
      known.ifPresent(s -> doc.put("side", token(s)));
      List<Object> items = new ArrayList<>();
      for (int i = 0; i < statements.size(); i++) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("statement", statements.get(i));
        m.put("suggestions", ranked.get(i));
        items.add(m);
      }
      doc.put("statements", items);
      Format.printJson(out, doc);
    } else {
      for (int i = 0; i < statements.size(); i++) {
        List<String> names = ranked.get(i).stream().map(c -> (String) c.get("card"))
            .collect(Collectors.toList());
        if (tsv) {
          List<String> cells = new ArrayList<>();
          cells.add(statements.get(i).replace('\t', ' '));
          cells.addAll(names);
          out.println(String.join("\t", cells));
        } else {
          out.println(names.isEmpty() ? "(no card matches)" : String.join(", ", names));
        }
      }
    }
    out.flush();
    return Main.OK;
  }

  /** Checks a --method value and returns it lower case; semantic ones need the module. */
  static String method(String method) {
    String how = method.strip().toLowerCase(Locale.ROOT);
    if (!List.of("lexical", "semantic", "hybrid").contains(how)) {
      throw new UsageException("--method must be lexical, semantic or hybrid, got " + method,
          "use --method hybrid");
    }
    if (!how.equals("lexical") && !SemanticRanking.available()) {
      throw new UsageException("--method " + how + " needs the valuex-semantic module on the"
          + " class path", "use --method lexical");
    }
    return how;
  }

  /** Checks a --model value and returns it lower case: accurate or fast. */
  static String model(String model) {
    String which = model.strip().toLowerCase(Locale.ROOT);
    if (!List.of("accurate", "fast").contains(which)) {
      throw new UsageException("--model must be accurate or fast, got " + model,
          "use --model fast for speed, --model accurate (the default) for the better"
              + " suggestions");
    }
    return which;
  }

  /** Reads a --side value: in or out, any case; absent when not given. */
  static Optional<Side> side(String side) {
    if (side == null) {
      return Optional.empty();
    }
    return switch (side.strip().toLowerCase(Locale.ROOT)) {
      case "in" -> Optional.of(Side.IN);
      case "out" -> Optional.of(Side.OUT);
      default -> throw new UsageException("--side must be in or out, got " + side,
          "use --side in (what the customer gives) or --side out (what they get)");
    };
  }

  /** The catalog's keyword suggestions, only cards of the known side when one is given. */
  static List<Map<String, Object>> lexical(Catalog catalog, Optional<Side> side,
      String statement, int top) {
    List<Map<String, Object>> cards = new ArrayList<>();
    for (Suggestion s : catalog.suggest(Perspective.CUSTOMER, statement, Integer.MAX_VALUE)) {
      if (cards.size() == top) {
        break;
      }
      if (side.isPresent() && s.element().typicalSide().isPresent()
          && !s.element().typicalSide().equals(side)) {
        continue;
      }
      cards.add(card(s.element(), s.score(), side.orElse(s.side()), s.matchedTerms()));
    }
    return cards;
  }

  /** One suggested card as a JSON-ready map: element, card, score, side and matched terms. */
  static Map<String, Object> card(ValueElement element, double score, Side side,
      List<String> matchedTerms) {
    Map<String, Object> card = new LinkedHashMap<>();
    card.put("element", element.id().toString());
    card.put("card", element.name());
    card.put("score", Math.round(score * 10000) / 10000.0);
    card.put("side", token(side));
    card.put("matched_terms", matchedTerms);
    return card;
  }

  static String token(Side side) {
    return side.name().toLowerCase(Locale.ROOT);
  }
}
