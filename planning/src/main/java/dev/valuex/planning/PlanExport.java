package dev.valuex.planning;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.Side;
import dev.valuex.core.journey.JourneyModel;
import dev.valuex.core.measure.Measure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a value creation plan as the method's three-column table, "Value to create | How value
 * is created and captured | How value is measured", in Markdown for people and CSV for
 * spreadsheets. Every row of the plan becomes exactly one row of the table. Given {@link
 * RowStages}, each row also shows the journey stages where it creates value.
 *
 * <pre>{@code
 * String table = PlanExport.toMarkdown(plan);
 * String sheet = PlanExport.toCsv(plan);
 * }</pre>
 */
public final class PlanExport {
  /** The three column headings of the method's plan table, in order. */
  public static final ImmutableList<String> COLUMNS = ImmutableList.of(
      "Value to create", "How value is created and captured", "How value is measured");

  /** The CSV header: element id and side, then the three columns of the method. */
  public static final ImmutableList<String> CSV_HEADER = ImmutableList.<String>builder()
      .add("Element", "Side").addAll(COLUMNS).build();

  /** The extra CSV column for the journey stages of each row, when row stages are given. */
  public static final String STAGES_COLUMN = "Journey stages";

  private PlanExport() {}

  /**
   * Writes a plan as a Markdown table under a heading with the plan's title. Within a cell,
   * separate items are joined by {@code <br>}; pipes are escaped and line breaks become {@code
   * <br>}, so each plan row stays on one line of the table.
   *
   * @param plan the plan, not null
   * @return the Markdown text, never null
   */
  public static String toMarkdown(ValueCreationPlan plan) {
    return toMarkdown(plan, RowStages.of(JourneyModel.fiveStage()));
  }

  /**
   * Writes a plan as a Markdown table, as {@link #toMarkdown(ValueCreationPlan)} does, with the
   * journey stages where each row creates value on a line of its own in the first column
   * ({@code Stages: Join, Ride}); rows with no stages named get no such line.
   *
   * @param plan the plan, not null
   * @param stages the stages of the plan's rows, not null
   * @return the Markdown text, never null
   * @throws dev.valuex.core.InvalidValueException if {@code stages} names a row the plan lacks
   */
  public static String toMarkdown(ValueCreationPlan plan, RowStages stages) {
    requireNonNull(plan, "plan");
    stages.checkAgainst(plan);
    StringBuilder md = new StringBuilder();
    md.append("# ").append(inline(plan.title())).append("\n\n");
    md.append("| ").append(String.join(" | ", COLUMNS)).append(" |\n");
    md.append("|---|---|---|\n");
    for (PlanRow row : plan.rows()) {
      md.append("| ")
          .append(cell(withStages(valueToCreate(row, true), stages.stagesOf(row))))
          .append(" | ")
          .append(cell(howCreated(row)))
          .append(" | ")
          .append(cell(howMeasured(row)))
          .append(" |\n");
    }
    return md.toString();
  }

  /**
   * Writes a plan as CSV (RFC 4180) with the header {@link #CSV_HEADER}. Cells that hold several
   * items put one per line, quoted as CSV requires.
   *
   * @param plan the plan, not null
   * @return the CSV text, never null
   */
  public static String toCsv(ValueCreationPlan plan) {
    StringBuilder out = new StringBuilder();
    try {
      writeCsv(plan, Optional.empty(), out);
    } catch (IOException e) {
      // A StringBuilder never fails to append.
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes a plan as CSV to an appendable, as {@link #toCsv(ValueCreationPlan)} does.
   *
   * @param plan the plan, not null
   * @param out where to write, not null
   * @throws IOException if writing to {@code out} fails
   */
  public static void writeCsv(ValueCreationPlan plan, Appendable out) throws IOException {
    writeCsv(plan, Optional.empty(), out);
  }

  /**
   * Writes a plan as CSV with the header {@link #CSV_HEADER} and one more column, {@value
   * #STAGES_COLUMN}, holding the journey stages where each row creates value, one per line
   * (empty for rows with no stages named).
   *
   * @param plan the plan, not null
   * @param stages the stages of the plan's rows, not null
   * @return the CSV text, never null
   * @throws dev.valuex.core.InvalidValueException if {@code stages} names a row the plan lacks
   */
  public static String toCsv(ValueCreationPlan plan, RowStages stages) {
    StringBuilder out = new StringBuilder();
    try {
      writeCsv(plan, Optional.of(requireNonNull(stages, "stages")), out);
    } catch (IOException e) {
      // A StringBuilder never fails to append.
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeCsv(ValueCreationPlan plan, Optional<RowStages> stages,
      Appendable out) throws IOException {
    requireNonNull(plan, "plan");
    requireNonNull(out, "out");
    stages.ifPresent(s -> s.checkAgainst(plan));
    List<String> header = new ArrayList<>(CSV_HEADER);
    stages.ifPresent(s -> header.add(STAGES_COLUMN));
    CSVFormat format = CSVFormat.RFC4180.builder()
        .setHeader(header.toArray(new String[0]))
        .get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (PlanRow row : plan.rows()) {
        List<String> record = new ArrayList<>(List.of(row.element().toString(),
            row.side().name(),
            String.join("\n", valueToCreate(row, false)),
            String.join("\n", howCreated(row)),
            String.join("\n", howMeasured(row))));
        stages.ifPresent(s -> record.add(String.join("\n", s.stagesOf(row))));
        printer.printRecord(record);
      }
    }
  }

  private static List<String> withStages(List<String> lines, Set<String> stages) {
    if (stages.isEmpty()) {
      return lines;
    }
    List<String> result = new ArrayList<>(lines);
    result.add("Stages: " + String.join(", ", stages));
    return result;
  }

  private static List<String> valueToCreate(PlanRow row, boolean markdown) {
    List<String> lines = new ArrayList<>();
    String label = markdown ? "**" + row.label() + "**" : row.label();
    lines.add(row.side() == Side.IN ? label + " (IN: value customers want to put in)" : label);
    row.sentence().ifPresent(lines::add);
    return lines;
  }

  private static List<String> howCreated(PlanRow row) {
    List<String> lines = new ArrayList<>();
    for (CreationApproach a : row.approaches()) {
      lines.add(a.description());
      for (Action action : a.actions()) {
        StringBuilder s = new StringBuilder("- ").append(action.what());
        List<String> details = new ArrayList<>();
        action.when().ifPresent(w -> details.add("when: " + w));
        if (!action.who().isEmpty()) {
          details.add("who: " + String.join(", ", action.who()));
        }
        details.add(action.status().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        s.append(" (").append(String.join("; ", details)).append(')');
        lines.add(s.toString());
      }
    }
    return lines;
  }

  private static List<String> howMeasured(PlanRow row) {
    List<String> lines = new ArrayList<>();
    for (Measure m : row.measures()) {
      StringBuilder s = new StringBuilder(m.name()).append(": ").append(m.targetInWords());
      m.baseline().ifPresent(b -> s.append(", baseline ").append(Measure.number(b)));
      s.append(" (defined by ")
          .append(m.definedBy().name().toLowerCase(Locale.ROOT))
          .append(')');
      lines.add(s.toString());
    }
    return lines;
  }

  private static String cell(List<String> lines) {
    List<String> escaped = new ArrayList<>();
    for (String line : lines) {
      escaped.add(inline(line));
    }
    return String.join("<br>", escaped);
  }

  /** Keeps text on one Markdown table line: escapes pipes, turns line breaks into {@code <br>}. */
  private static String inline(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|")
        .replace("\r\n", "<br>").replace("\n", "<br>").replace("\r", "<br>");
  }
}
