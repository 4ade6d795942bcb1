package dev.valuex.semantic;

import dev.valuex.core.Side;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the development set of issue 23 ({@code devset/tuning.tsv}, {@code devset/heldout.tsv}):
 * one statement a line as {@code domain<TAB>side<TAB>element_id<TAB>statement}, {@code #}
 * comment lines and blank lines skipped. A line that does not fit fails with its line number.
 */
final class DevSet {

  private DevSet() {}

  /** The five domains of the development set, none of which the catalog's examples cover. */
  static final Set<String> DOMAINS =
      Set.of("banking", "public-transport", "hospital-appointments", "home-insurance", "gym");

  /** The tuning half: tuned on, and part of the example bank. */
  static final String TUNING = "devset/tuning.tsv";

  /** The held-out half: written independently, evaluated once, aggregates only. */
  static final String HELDOUT = "devset/heldout.tsv";

  /** One labelled statement: its domain, side, card and words, and its line in the file. */
  record Statement(int line, String domain, Side side, String id, String statement) {}

  /** Tells whether a set is on the class path (the held-out half arrives from another branch). */
  static boolean present(String resource) {
    return DevSet.class.getResource("/" + resource) != null;
  }

  /** Reads a set from the test resources. */
  static List<Statement> read(String resource) {
    List<Statement> out = new ArrayList<>();
    try (InputStream in = DevSet.class.getResourceAsStream("/" + resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(
            Objects.requireNonNull(in, resource), StandardCharsets.UTF_8))) {
      String text;
      int line = 0;
      while ((text = r.readLine()) != null) {
        line++;
        if (text.isBlank() || text.startsWith("#")) {
          continue;
        }
        String[] cells = text.split("\t", -1);
        if (cells.length != 4) {
          throw new IllegalArgumentException(resource + " line " + line + ": expected 4"
              + " tab-separated cells (domain, side, element_id, statement), got "
              + cells.length);
        }
        out.add(new Statement(line, domain(cells[0]), side(resource, line, cells[1]),
            cells[2].strip(), cells[3].strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** A domain written with any case, spaces or underscores, as the spelling of {@link #DOMAINS}. */
  static String domain(String cell) {
    return cell.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "-");
  }

  private static Side side(String resource, int line, String cell) {
    Optional<Side> side = switch (cell.strip().toLowerCase(Locale.ROOT)) {
      case "in" -> Optional.of(Side.IN);
      case "out" -> Optional.of(Side.OUT);
      default -> Optional.empty();
    };
    return side.orElseThrow(() -> new IllegalArgumentException(resource + " line " + line
        + ": side must be in or out, got '" + cell + "'"));
  }
}
