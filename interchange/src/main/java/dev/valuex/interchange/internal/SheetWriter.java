package dev.valuex.interchange.internal;

import static dev.valuex.core.internal.Checks.check;

import dev.valuex.core.Evidence;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.journey.Stage;
import dev.valuex.core.journey.StageTags;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;

/**
 * Writes ledgers as a coding sheet in the columns {@link SheetReader} reads: one row per piece
 * of evidence, one row for an entry without evidence, one row for a ledger without entries.
 * Ledger-level cells are repeated on every row so the sheet can be sorted and filtered.
 */
public final class SheetWriter {
  private SheetWriter() {}

  /**
   * Writes the header and every ledger's rows, with the {@link SheetReader#JUDGEMENT} columns
   * when a ledger holds the owner's judgement and a last {@value SheetReader#STAGE} column when
   * tags are given; every ledger (and the tags) is checked to fit before anything is written.
   *
   * @throws dev.valuex.core.InvalidValueException if a ledger holds what a sheet cannot
   *     (pairings, notes, supersedes, a segment tag with {@code ;}), or a stage name holds
   *     {@code ;}
   */
  public static void write(CSVFormat format, Iterable<Ledger> ledgers, Optional<StageTags> tags,
      Appendable out) {
    Objects.requireNonNull(out, "out");
    List<Ledger> all = new ArrayList<>();
    ledgers.forEach(all::add);
    all.forEach(SheetWriter::checkFits);
    boolean judged = all.stream().anyMatch(l -> l.judgement().isPresent());
    tags.ifPresent(t -> t.model().stages().stream().map(Stage::name).forEach(s -> check(
        !s.contains(";"), "StageTags", "model",
        "name no stage with ';', which separates stages in a coding sheet", s)));
    try {
      List<String> header = new ArrayList<>(SheetReader.COLUMNS);
      if (judged) {
        header.addAll(SheetReader.JUDGEMENT);
      }
      tags.ifPresent(t -> header.add(SheetReader.STAGE));
      format.printRecord(out, header.toArray());
      for (Ledger l : all) {
        rows(format, out, l, judged, tags);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Checks that a ledger fits a coding sheet (see {@link #write}). */
  private static void checkFits(Ledger l) {
    String who = "Ledger " + l.id();
    String rule = "be empty to fit a coding sheet (write JSON to keep them)";
    check(l.pairings().isEmpty(), who, "pairings", rule, l.pairings().size());
    check(l.notes().isEmpty(), who, "notes", rule, l.notes().size());
    check(l.supersedes().isEmpty(), who, "supersedes", rule,
        l.supersedes().map(Object::toString).orElse(""));
    for (String s : l.subject().segments()) {
      check(!s.contains(";"), who, "segments",
          "not contain ';', which separates tags in a coding sheet", s);
    }
  }

  /**
   * Writes the rows of one ledger, each with the ledger's judgement cells when the sheet has
   * judgement columns and its entry's stages last when tags are given.
   */
  private static void rows(CSVFormat format, Appendable out, Ledger l, boolean judged,
      Optional<StageTags> tags) throws IOException {
    List<String> head = List.of(l.id().value(), l.subject().label(),
        ModelCodec.SUBJECT_KINDS.token(l.subject().kind()),
        String.join(";", l.subject().segments()), l.owner(), l.author(),
        ModelCodec.PERSPECTIVES.token(l.perspective()), ModelCodec.VIEWS.token(l.view()),
        l.asOf().toString(), l.context().orElse(""), l.purpose().orElse(""));
    List<String> judgement = !judged ? List.of() : l.judgement().map(j -> List.of(
        ModelCodec.VERDICTS.token(j.verdict()), j.rationale().orElse(""), j.recordedBy(),
        j.recordedOn().toString())).orElse(List.of("", "", "", ""));
    if (l.entries().isEmpty()) {
      format.printRecord(out, row(head, judgement, l, null, Optional.empty(), tags));
    }
    for (LedgerEntry e : l.entries()) {
      if (e.evidence().isEmpty()) {
        format.printRecord(out, row(head, judgement, l, e, Optional.empty(), tags));
      }
      for (Evidence ev : e.evidence()) {
        format.printRecord(out, row(head, judgement, l, e, Optional.of(ev), tags));
      }
    }
  }

  private static Object[] row(List<String> head, List<String> judgement, Ledger l,
      @Nullable LedgerEntry e, Optional<Evidence> ev, Optional<StageTags> tags) {
    List<String> cells = new ArrayList<>(head);
    cells.add(e == null ? "" : ModelCodec.SIDES.token(e.side()));
    cells.add(e == null ? "" : e.element().toString());
    cells.add(e == null || e.importance().isEmpty() ? ""
        : String.valueOf(e.importance().getAsInt()));
    cells.add(e == null ? "" : e.note().orElse(""));
    cells.add(ev.map(x -> ModelCodec.EVIDENCE_KINDS.token(x.kind())).orElse(""));
    cells.add(ev.map(Evidence::text).orElse(""));
    cells.add(ev.flatMap(Evidence::source).orElse(""));
    cells.add(ev.flatMap(Evidence::speaker).orElse(""));
    cells.add(ev.flatMap(Evidence::date).map(Object::toString).orElse(""));
    cells.addAll(judgement);
    tags.ifPresent(t -> cells.add(e == null ? "" : String.join(";", t.stagesOf(l, e))));
    return cells.toArray();
  }
}
