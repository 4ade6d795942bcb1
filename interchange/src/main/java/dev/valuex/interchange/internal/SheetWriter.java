package dev.valuex.interchange.internal;

import static dev.valuex.core.internal.Checks.check;

import dev.valuex.core.Evidence;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.journey.Stage;
import dev.valuex.core.journey.StageTags;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;

/**
 * Writes ledgers as a coding sheet in the columns {@link SheetReader} reads: one row per piece
 * of evidence, one row for an entry without evidence, one row for a ledger without entries.
 * Ledger-level cells are repeated on every row so the sheet can be sorted and filtered.
 */
public final class SheetWriter {
  private SheetWriter() {}

  /**
   * Checks that a ledger fits a coding sheet: no pairings, judgement, notes or supersedes, and
   * no segment tag containing the {@code ;} that separates tags.
   *
   * @param l the ledger
   * @throws dev.valuex.core.InvalidValueException if it does not fit
   */
  public static void checkFits(Ledger l) {
    String who = "Ledger " + l.id();
    String rule = "be empty to fit a coding sheet (write JSON to keep them)";
    check(l.pairings().isEmpty(), who, "pairings", rule, l.pairings().size());
    check(l.judgement().isEmpty(), who, "judgement", rule, "a judgement");
    check(l.notes().isEmpty(), who, "notes", rule, l.notes().size());
    check(l.supersedes().isEmpty(), who, "supersedes", rule,
        l.supersedes().map(Object::toString).orElse(""));
    for (String s : l.subject().segments()) {
      check(!s.contains(";"), who, "segments",
          "not contain ';', which separates tags in a coding sheet", s);
    }
  }

  /**
   * Writes the header row.
   *
   * @param format the CSV dialect
   * @param out the target
   * @throws IOException if writing fails
   */
  public static void header(CSVFormat format, Appendable out) throws IOException {
    format.printRecord(out, SheetReader.COLUMNS.toArray());
  }

  /**
   * Writes the header row with the {@value SheetReader#STAGE} column last.
   *
   * @param format the CSV dialect
   * @param out the target
   * @throws IOException if writing fails
   */
  public static void headerWithStage(CSVFormat format, Appendable out) throws IOException {
    List<String> columns = new ArrayList<>(SheetReader.COLUMNS);
    columns.add(SheetReader.STAGE);
    format.printRecord(out, columns.toArray());
  }

  /**
   * Checks that stage tags fit a coding sheet: no stage name containing the {@code ;} that
   * separates stages in a cell.
   *
   * @param tags the tags
   * @throws dev.valuex.core.InvalidValueException if a stage name holds {@code ;}
   */
  public static void checkFits(StageTags tags) {
    for (Stage s : tags.model().stages()) {
      check(!s.name().contains(";"), "StageTags", "model",
          "name no stage with ';', which separates stages in a coding sheet", s.name());
    }
  }

  /**
   * Writes the rows of one ledger.
   *
   * @param format the CSV dialect
   * @param out the target
   * @param l the ledger, which must fit (see {@link #checkFits(Ledger)})
   * @throws IOException if writing fails
   */
  public static void rows(CSVFormat format, Appendable out, Ledger l) throws IOException {
    rows(format, out, l, Optional.empty());
  }

  /**
   * Writes the rows of one ledger, each with its entry's stages in a last cell when tags are
   * given (joined by {@code ;}, blank for an untagged entry).
   *
   * @param format the CSV dialect
   * @param out the target
   * @param l the ledger, which must fit (see {@link #checkFits(Ledger)})
   * @param tags the stage tags, if the sheet has a stage column
   * @throws IOException if writing fails
   */
  public static void rows(CSVFormat format, Appendable out, Ledger l,
      Optional<StageTags> tags) throws IOException {
    List<String> head = List.of(l.id().value(), l.subject().label(),
        ModelCodec.SUBJECT_KINDS.token(l.subject().kind()),
        String.join(";", l.subject().segments()), l.owner(), l.author(),
        ModelCodec.PERSPECTIVES.token(l.perspective()), ModelCodec.VIEWS.token(l.view()),
        l.asOf().toString(), l.context().orElse(""), l.purpose().orElse(""));
    if (l.entries().isEmpty()) {
      format.printRecord(out, staged(row(head, null, Optional.empty()), tags, l, null));
    }
    for (LedgerEntry e : l.entries()) {
      if (e.evidence().isEmpty()) {
        format.printRecord(out, staged(row(head, e, Optional.empty()), tags, l, e));
      }
      for (Evidence ev : e.evidence()) {
        format.printRecord(out, staged(row(head, e, Optional.of(ev)), tags, l, e));
      }
    }
  }

  private static Object[] staged(List<String> cells, Optional<StageTags> tags, Ledger l,
      LedgerEntry e) {
    if (tags.isPresent()) {
      cells.add(e == null ? "" : String.join(";", tags.get().stagesOf(l, e)));
    }
    return cells.toArray();
  }

  private static List<String> row(List<String> head, LedgerEntry e, Optional<Evidence> ev) {
    List<String> cells = new ArrayList<>(head);
    if (e == null) {
      for (int i = 0; i < 4; i++) {
        cells.add("");
      }
    } else {
      cells.add(ModelCodec.SIDES.token(e.side()));
      cells.add(e.element().toString());
      cells.add(e.importance().isPresent() ? String.valueOf(e.importance().getAsInt()) : "");
      cells.add(e.note().orElse(""));
    }
    cells.add(ev.map(x -> ModelCodec.EVIDENCE_KINDS.token(x.kind())).orElse(""));
    cells.add(ev.map(Evidence::text).orElse(""));
    cells.add(ev.flatMap(Evidence::source).orElse(""));
    cells.add(ev.flatMap(Evidence::speaker).orElse(""));
    cells.add(ev.flatMap(Evidence::date).map(Object::toString).orElse(""));
    return cells;
  }
}
