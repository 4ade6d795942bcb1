package dev.valuex.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.io.Resources;
import dev.valuex.catalog.Catalog;
import dev.valuex.core.ElementId;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.core.ValueElement;
import dev.valuex.core.ValuexException;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Checks the integrity of the held-out half of the issue 23 development set
 * ({@code devset/heldout.tsv}): its columns, card ids and sides against the customer deck, its
 * size, side mix, domains and statements. It never runs a suggester, so it says nothing about
 * how well cards are suggested for these statements.
 */
class DevelopmentSetIntegrityTest {

  private static final String RESOURCE = "devset/heldout.tsv";
  private static final Pattern DOMAIN = Pattern.compile("[a-z]+(-[a-z]+)*");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final int MIN_WORDS = 6;
  private static final int MAX_WORDS = 40;

  private static final Catalog CATALOG = Catalog.defaults();
  private static final List<String> LINES = read();
  private static final ImmutableList<Row> ROWS = parse(LINES);

  /** One labelled statement and the file line it came from. */
  private record Row(int line, String domain, String side, String elementId, String statement) {}

  @Test
  void headerStatesProvenanceAndColumns() {
    String header = LINES.stream().takeWhile(l -> l.startsWith("#"))
        .collect(Collectors.joining("\n"));
    for (String required : List.of("issue 23", "independent helper", "2026-12-06",
        "never used for tuning", "domain", "side", "element_id", "statement")) {
      assertTrue(header.contains(required),
          RESOURCE + ": header must mention '" + required + "', got:\n" + header);
    }
  }

  @Test
  void everyRowHasFourNonBlankTabSeparatedColumns() {
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < LINES.size(); i++) {
      String line = LINES.get(i);
      if (line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != 4) {
        problems.add((i + 1) + ": must have 4 tab-separated columns, got " + cells.length);
      } else {
        for (int c = 0; c < 4; c++) {
          if (cells[c].isBlank() || !cells[c].equals(cells[c].strip())) {
            problems.add((i + 1) + ": column " + (c + 1) + " must be non-blank and trimmed, got '"
                + cells[c] + "'");
          }
        }
      }
    }
    assertNoProblems(problems);
  }

  @Test
  void everyDomainIsALowerCaseTokenAndEverySideIsInOrOut() {
    List<String> problems = new ArrayList<>();
    for (Row row : ROWS) {
      if (!DOMAIN.matcher(row.domain()).matches()) {
        problems.add(row.line() + ": domain must be lower-case words joined by '-', got '"
            + row.domain() + "'");
      }
      if (!row.side().equals("in") && !row.side().equals("out")) {
        problems.add(row.line() + ": side must be 'in' or 'out', got '" + row.side() + "'");
      }
    }
    assertNoProblems(problems);
  }

  @Test
  void everyElementIdIsACardOfTheCustomerDeckAndTheSideAgreesWithIt() {
    List<String> problems = new ArrayList<>();
    for (Row row : ROWS) {
      Optional<ValueElement> card = card(row.elementId());
      if (card.isEmpty()) {
        problems.add(row.line() + ": element_id must be a customer deck card, got '"
            + row.elementId() + "'");
        continue;
      }
      String typical = card.get().typicalSide().map(DevelopmentSetIntegrityTest::token)
          .orElse("none");
      if (!typical.equals(row.side())) {
        problems.add(row.line() + ": side must be the card's side '" + typical + "' for "
            + row.elementId() + ", got '" + row.side() + "'");
      }
    }
    assertNoProblems(problems);
  }

  @Test
  void usesEveryCardOfTheCustomerDeck() {
    ImmutableSet<String> used = ROWS.stream().map(Row::elementId)
        .collect(ImmutableSet.toImmutableSet());
    ImmutableSortedSet<String> unused = CATALOG.deck(Perspective.CUSTOMER).stream()
        .map(e -> e.id().toString()).filter(id -> !used.contains(id))
        .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
    assertTrue(unused.isEmpty(), RESOURCE + ": every customer card must be used, unused " + unused);
  }

  @Test
  void hasAtLeastTwoHundredStatementsOfWhichAtLeastThirtyFivePercentAreInSide() {
    assertTrue(ROWS.size() >= 200,
        RESOURCE + ": must hold at least 200 statements, got " + ROWS.size());
    long in = ROWS.stream().filter(r -> r.side().equals("in")).count();
    assertTrue(in * 100 >= 35L * ROWS.size(), RESOURCE
        + ": at least 35% of statements must be in-side, got " + in + " of " + ROWS.size());
  }

  @Test
  void coversAtLeastFourDomainsWithAtLeastFortyStatementsEach() {
    Map<String, Long> perDomain = ROWS.stream()
        .collect(Collectors.groupingBy(Row::domain, Collectors.counting()));
    assertTrue(perDomain.size() >= 4,
        RESOURCE + ": must cover at least 4 domains, got " + perDomain.keySet());
    perDomain.forEach((domain, count) -> assertTrue(count >= 40,
        RESOURCE + ": domain " + domain + " must have at least 40 statements, got " + count));
  }

  @Test
  void statementsAreDistinctAndBetweenSixAndFortyWords() {
    List<String> problems = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (Row row : ROWS) {
      String normal = WHITESPACE.matcher(row.statement().toLowerCase(Locale.ROOT)).replaceAll(" ");
      Integer earlier = firstLine.putIfAbsent(normal, row.line());
      if (earlier != null) {
        problems.add(row.line() + ": statement must be unique, repeats line " + earlier);
      }
      int words = WHITESPACE.split(row.statement()).length;
      if (words < MIN_WORDS || words > MAX_WORDS) {
        problems.add(row.line() + ": statement must have " + MIN_WORDS + " to " + MAX_WORDS
            + " words, got " + words);
      }
    }
    assertNoProblems(problems);
  }

  @Test
  void rejectsAnIdOfAnotherDeckOrAnUnknownCard() {
    // Guards the check above: a card id from the employee deck, or a made-up one, is not a
    // customer card even though it parses.
    assertEquals(Optional.empty(), card("employee.time").map(ValueElement::id));
    assertEquals(Optional.empty(), card("customer.no-such-card").map(ValueElement::id));
    assertEquals(Optional.empty(), card("not an id").map(ValueElement::id));
    assertEquals("customer.time", card("customer.time").orElseThrow().id().toString());
  }

  private static Optional<ValueElement> card(String id) {
    try {
      return CATALOG.element(ElementId.parse(id))
          .filter(e -> e.perspective() == Perspective.CUSTOMER);
    } catch (ValuexException notAnId) {
      return Optional.empty();
    }
  }

  private static String token(Side side) {
    return side.name().toLowerCase(Locale.ROOT);
  }

  private static void assertNoProblems(List<String> problems) {
    assertTrue(problems.isEmpty(), RESOURCE + ":\n" + String.join("\n", problems));
  }

  private static List<String> read() {
    URL url = Resources.getResource(RESOURCE);
    try {
      return Resources.readLines(url, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE, e);
    }
  }

  private static ImmutableList<Row> parse(List<String> lines) {
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length == 4) {
        rows.add(new Row(i + 1, cells[0], cells[1], cells[2], cells[3]));
      }
    }
    return rows.build();
  }
}
