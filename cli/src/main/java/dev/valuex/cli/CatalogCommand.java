package dev.valuex.cli;

import dev.valuex.catalog.Catalog;
import dev.valuex.catalog.Suggestion;
import dev.valuex.core.Perspective;
import dev.valuex.core.ValueElement;
import dev.valuex.interchange.ValuexJson;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Browses and searches the bundled catalog of value cards. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
    description = "Browse and search the bundled catalog of value cards.",
    subcommands = {CatalogCommand.ListCards.class, CatalogCommand.Show.class,
        CatalogCommand.Search.class})
final class CatalogCommand implements Runnable {
  @Override
  public void run() {
    throw new UsageException("catalog needs a subcommand",
        "try: valuex catalog list, valuex catalog show NAME, valuex catalog search WORDS");
  }

  /** The format token of {@code catalog list --format json}. */
  static final String CATALOG_FORMAT = "valuex.catalog/1";
  /** The format token of {@code catalog search --format json}. */
  static final String SEARCH_FORMAT = "valuex.card-search/1";

  /** Lists the cards of one or all decks. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the cards.")
  static final class ListCards implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--perspective", description = "customer, business-owner or employee.")
    String perspective;

    @Option(names = "--format", defaultValue = "text", description = "Output: text or json.")
    String format;

    @Override
    public Integer call() {
      Format f = Commands.format(format);
      Catalog catalog = Catalog.defaults();
      List<ValueElement> cards = perspective == null ? catalog.elements()
          : catalog.deck(parsePerspective(perspective));
      PrintWriter out = spec.commandLine().getOut();
      if (f == Format.JSON) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", CATALOG_FORMAT);
        if (perspective != null) {
          json.put("perspective", Commands.token(parsePerspective(perspective)));
        }
        List<Object> list = new ArrayList<>();
        cards.forEach(c -> list.add(Commands.cardJson(c)));
        json.put("cards", list);
        Format.printJson(out, json);
      } else {
        for (ValueElement c : cards) {
          out.printf("%-34s %-24s %-4s %s%n", c.id(), c.name(),
              c.typicalSide().map(Enum::name).orElse(""), c.shortPhrase());
        }
      }
      return Main.OK;
    }
  }

  /** Shows one card in full. */
  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Show one card, found by id or by name (case, spaces and punctuation are"
          + " ignored).")
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "NAME", arity = "1..*", description = "The card's id or name.")
    List<String> name;

    @Option(names = "--format", defaultValue = "text", description = "Output: text or json.")
    String format;

    @Override
    public Integer call() {
      Format f = Commands.format(format);
      ValueElement c = Catalog.defaults().require(String.join(" ", name));
      PrintWriter out = spec.commandLine().getOut();
      if (f == Format.JSON) {
        Format.printJsonText(out, ValuexJson.create().toJson(c));
        return Main.OK;
      }
      out.printf("%s (%s)%n  %s%n  \u201c%s\u201d%n", c.name(), c.id(), c.shortPhrase(),
          c.sentence());
      out.printf("  perspective %s, category %s, typically %s%n", c.perspective(), c.category(),
          c.typicalSide().map(Enum::name).orElse("either side"));
      out.printf("  keywords: %s%n", String.join(", ", c.keywords()));
      c.exampleStatements().forEach(s -> out.printf("  e.g. \u201c%s\u201d%n", s));
      c.exampleMeasures().forEach(s -> out.printf("  measure: %s%n", s));
      return Main.OK;
    }
  }

  /** Searches the cards by keywords. */
  @Command(name = "search", mixinStandardHelpOptions = true,
      description = "Rank cards for a keyword query.")
  static final class Search implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "WORDS", arity = "1..*", description = "The query.")
    List<String> words;

    @Option(names = "--top", defaultValue = "10", description = "How many cards to show.")
    int top;

    @Option(names = "--format", defaultValue = "text", description = "Output: text or json.")
    String format;

    @Override
    public Integer call() {
      Format f = Commands.format(format);
      List<Suggestion> found = Catalog.defaults().search(String.join(" ", words));
      found = found.subList(0, Math.min(Math.max(top, 0), found.size()));
      PrintWriter out = spec.commandLine().getOut();
      if (f == Format.JSON) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", SEARCH_FORMAT);
        json.put("query", String.join(" ", words));
        List<Object> results = new ArrayList<>();
        for (Suggestion s : found) {
          results.add(SuggestCommand.card(s.element(), s.score(), s.side(), s.matchedTerms()));
        }
        json.put("results", results);
        Format.printJson(out, json);
      } else if (found.isEmpty()) {
        out.println("No card matches; try other words or 'valuex catalog list'.");
      } else {
        for (Suggestion s : found) {
          out.printf("%-24s %-34s %.2f  matched: %s%n", s.element().name(), s.element().id(),
              s.score(), String.join(", ", s.matchedTerms()));
        }
      }
      return Main.OK;
    }
  }

  static Perspective parsePerspective(String text) {
    String t = text.toUpperCase(Locale.ROOT).replace('-', '_');
    try {
      return Perspective.valueOf(t);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--perspective must be customer, business-owner or employee,"
          + " got '" + text + "'", "use --perspective customer");
    }
  }
}
