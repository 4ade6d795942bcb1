package dev.valuex.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.valuex.catalog.Catalog;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.core.Subject;
import dev.valuex.core.View;
import dev.valuex.core.analysis.GroupEntry;
import dev.valuex.core.analysis.GroupLedger;
import dev.valuex.core.analysis.GroupRule;
import dev.valuex.core.analysis.GroupThreshold;
import dev.valuex.interchange.ValuexJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Composes one ledger per segment (and view) from its members' ledgers. */
@Command(name = "group", mixinStandardHelpOptions = true,
    description = "Compose a segment's ledger from its members' ledgers: an element enters a"
        + " side when at least a share (or count) of the members carry it there, each entry"
        + " traced to the members behind it, with the median of their importance. One group per"
        + " segment tag and view; nothing is judged.")
final class GroupCommand implements Callable<Integer> {
  /** The format marker of this command's JSON output. */
  static final String OUTPUT_FORMAT = "valuex.groups/1";

  private static final Pattern NOT_ID = Pattern.compile("[^A-Za-z0-9._:-]+");

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "LEDGERS", description = "Ledgers: *.ndjson, *.json or a *.csv"
      + " coding sheet.")
  Path ledgers;

  @Option(names = "--by", defaultValue = "segment",
      description = "What makes a group: segment (each segment tag; default).")
  String by;

  @Option(names = "--at-least", defaultValue = "0.5", paramLabel = "SHARE|COUNT",
      description = "How many members must carry an element on a side: a share such as 0.3 or"
          + " 30%%, or a whole number of members such as 3 (default: ${DEFAULT-VALUE}).")
  String atLeast;

  @Option(names = "--with-evidence",
      description = "Bring the members' evidence (quotes) along into the group ledgers.")
  boolean withEvidence;

  @Option(names = "--author", defaultValue = "valuex group",
      description = "Who composes the group ledgers (default: ${DEFAULT-VALUE}).")
  String author;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Also write the group ledgers as NDJSON, one valuex.group-ledger/1"
          + " document per line.")
  Path output;

  @Option(names = "--format", defaultValue = "text", description = "Output: text or json.")
  String format;

  @Override
  public Integer call() {
    Format f = Commands.format(format);
    if (!by.toLowerCase(Locale.ROOT).equals("segment")) {
      throw new UsageException("--by must be segment, got '" + by + "'",
          "use --by segment: one group per segment tag and view");
    }
    GroupThreshold threshold = threshold(atLeast);
    if (author.isBlank() || !author.strip().equals(author)) {
      throw new UsageException("--author must be a name without surrounding spaces, got '"
          + author + "'", "use --author researcher-1");
    }
    Catalog catalog = Catalog.defaults();
    List<Ledger> all = Inputs.readLedgers(ledgers, catalog);
    List<GroupLedger> groups = bySegment(all, threshold, author, withEvidence);
    ValuexJson json = ValuexJson.create();
    if (output != null) {
      StringBuilder lines = new StringBuilder();
      groups.forEach(g -> lines.append(json.toJson(g)).append('\n'));
      try {
        Files.writeString(output, lines, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (f == Format.JSON) {
      Format.printJson(out, json(all.size(), threshold, groups, catalog, json));
    } else {
      printText(out, all.size(), threshold, groups, catalog);
      if (output != null) {
        out.printf("Wrote %d group ledgers to %s%n", groups.size(), output);
      }
    }
    return Main.OK;
  }

  /**
   * Composes one group ledger per segment tag, perspective and view of the ledgers, in tag
   * order, CURRENT before DESIRED; a ledger with two tags is a member of both groups.
   */
  static List<GroupLedger> bySegment(List<Ledger> ledgers, GroupThreshold threshold,
      String author, boolean withEvidence) {
    Map<String, Map<Perspective, Map<View, List<Ledger>>>> byKey = new TreeMap<>();
    TreeSet<Perspective> perspectives = new TreeSet<>();
    for (Ledger l : ledgers) {
      perspectives.add(l.perspective());
      for (String tag : l.subject().segments()) {
        byKey.computeIfAbsent(tag, t -> new TreeMap<>())
            .computeIfAbsent(l.perspective(), p -> new TreeMap<>())
            .computeIfAbsent(l.view(), v -> new ArrayList<>()).add(l);
      }
    }
    List<GroupLedger> groups = new ArrayList<>();
    byKey.forEach((tag, byPerspective) -> byPerspective.forEach((perspective, byView) ->
        byView.forEach((view, members) -> {
          String id = NOT_ID.matcher(tag).replaceAll("-")
              + (perspectives.size() > 1 ? "-" + perspective.name().toLowerCase(Locale.ROOT)
                  : "")
              + "-" + view.name().toLowerCase(Locale.ROOT);
          GroupRule rule = GroupRule.builder()
              .id(LedgerId.of(Character.isLetterOrDigit(id.charAt(0)) ? id : "segment" + id))
              .subject(Subject.builder().kind(Subject.Kind.SEGMENT).label(tag).addSegment(tag)
                  .build())
              .owner(tag).author(author).threshold(threshold).withEvidence(withEvidence)
              .build();
          groups.add(GroupLedger.compose(members, rule));
        })));
    return groups;
  }

  /** Reads {@code 0.3}, {@code 30%} or {@code 3}. */
  static GroupThreshold threshold(String text) {
    String t = text.strip();
    try {
      if (t.endsWith("%")) {
        return GroupThreshold.ofShare(
            new java.math.BigDecimal(t.substring(0, t.length() - 1).strip()).movePointLeft(2)
                .doubleValue());
      }
      if (t.matches("[0-9]+")) {
        return GroupThreshold.ofCount(Integer.parseInt(t));
      }
      return GroupThreshold.ofShare(Double.parseDouble(t));
    } catch (NumberFormatException | dev.valuex.core.InvalidValueException e) {
      throw new UsageException("--at-least must be a share above 0 and at most 1 (0.3 or 30%)"
          + " or a whole number of members of at least 1, got '" + text + "'",
          "use --at-least 0.3, --at-least 30% or --at-least 3");
    }
  }

  private static void printText(PrintWriter out, int ledgers, GroupThreshold threshold,
      List<GroupLedger> groups, Catalog catalog) {
    out.printf("%d ledgers, %d groups by segment; an element enters a side when %s carry it%n",
        ledgers, groups.size(), threshold);
    for (GroupLedger g : groups) {
      Ledger l = g.ledger();
      out.printf("%s (%s, %s): %d members, at least %d%n", l.subject().label(),
          l.view().name().toLowerCase(Locale.ROOT), l.id(), g.members().size(),
          g.requiredMembers());
      for (Side side : new Side[] {Side.OUT, Side.IN}) {
        List<String> parts = new ArrayList<>();
        for (GroupEntry e : g.entries()) {
          if (e.side() == side) {
            parts.add(Inputs.name(catalog, e.element()) + " " + e.memberCount()
                + (e.medianImportance().isPresent()
                    ? " (median " + median(e.medianImportance().getAsDouble()) + ")" : ""));
          }
        }
        out.printf("  %-3s %s%n", side, parts.isEmpty() ? "-" : String.join(", ", parts));
      }
    }
  }

  private static String median(double m) {
    return m == Math.rint(m) ? String.valueOf((int) m) : String.valueOf(m);
  }

  private static Map<String, Object> json(int ledgers, GroupThreshold threshold,
      List<GroupLedger> groups, Catalog catalog, ValuexJson json) {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", OUTPUT_FORMAT);
    m.put("by", "segment");
    Map<String, Object> t = new LinkedHashMap<>();
    if (threshold.share().isPresent()) {
      t.put("at_least_share", threshold.share().getAsDouble());
    } else {
      t.put("at_least_count", threshold.count().getAsInt());
    }
    m.put("threshold", t);
    m.put("ledgers", ledgers);
    Map<String, String> cards = new TreeMap<>();
    List<Object> docs = new ArrayList<>();
    for (GroupLedger g : groups) {
      for (LedgerEntry e : g.ledger().entries()) {
        cards.put(e.element().toString(), Inputs.name(catalog, e.element()));
      }
      try {
        docs.add(mapper.readTree(json.toJson(g)));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot re-read a group ledger document", e);
      }
    }
    m.put("cards", cards);
    m.put("groups", docs);
    return m;
  }
}
