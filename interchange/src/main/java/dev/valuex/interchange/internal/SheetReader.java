package dev.valuex.interchange.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.valuex.core.BalanceJudgement;
import dev.valuex.core.ElementId;
import dev.valuex.core.Evidence;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.core.Subject;
import dev.valuex.core.UnknownElementException;
import dev.valuex.core.ValueElement;
import dev.valuex.core.ValuexFormatException;
import dev.valuex.core.View;
import dev.valuex.core.internal.Checks;
import dev.valuex.core.journey.EntryRef;
import dev.valuex.core.journey.JourneyModel;
import dev.valuex.core.journey.Stage;
import dev.valuex.core.journey.StageTags;
import dev.valuex.interchange.ElementResolver;
import dev.valuex.interchange.RejectedRow;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a coding sheet: a header row naming columns, then one row per coded statement. It
 * parses every row, reporting each problem with its row number, groups valid rows into
 * ledgers, and either fails with every problem (strict) or returns the valid ledgers and the
 * rejected rows (lenient).
 */
public final class SheetReader {
  /** The source name of coding sheets in error messages. */
  public static final String SOURCE = "coding sheet";

  /** Every column, in the order exports write them. */
  public static final ImmutableList<String> COLUMNS = ImmutableList.of(
      "ledger", "subject", "subject_kind", "segments", "owner", "author", "perspective",
      "view", "as_of", "context", "purpose", "side", "element", "importance", "note",
      "evidence_kind", "evidence_text", "source", "speaker", "date");

  /**
   * The optional column of journey stages: blank for an untagged entry, else stage names of
   * the sheet's journey model separated by {@code ;}. Read only when the reader has a model,
   * ignored otherwise; exports write it only with stage tags.
   */
  public static final String STAGE = "stage";

  /**
   * The optional column of statement ids: the same id in two researchers' sheets marks the same
   * statement for agreement between coders. Ledgers ignore it; exports do not write it.
   */
  public static final String STATEMENT = "statement";

  /**
   * The optional columns of the owner's balance judgement, one per ledger: the verdict
   * ({@code balanced}, {@code owner_gives_more}, {@code owner_gets_more}, {@code undecided}),
   * its rationale, who recorded it (default: the ledger's author) and when (default: the
   * ledger's {@code as_of}). Like every ledger-level cell, a blank cell repeats the ledger's
   * first row and a different value is an error.
   */
  public static final ImmutableList<String> JUDGEMENT = ImmutableList.of(
      "verdict", "rationale", "recorded_by", "recorded_on");

  private static final ImmutableMap<String, String> ALIASES = ImmutableMap.<String, String>builder()
      .put("ledger_id", "ledger").put("segment_tags", "segments").put("segment", "segments")
      .put("tags", "segments").put("evidence", "evidence_text").put("text", "evidence_text")
      .put("quote", "evidence_text").put("evidence_source", "source")
      .put("evidence_speaker", "speaker").put("evidence_date", "date")
      .put("judgement", "verdict").put("owner_verdict", "verdict")
      .put("balance_verdict", "verdict").put("judgement_rationale", "rationale")
      .put("recordedby", "recorded_by").put("judged_by", "recorded_by")
      .put("recordedon", "recorded_on").put("judged_on", "recorded_on")
      .put("statement_id", STATEMENT).put("stages", STAGE).put("journey_stage", STAGE)
      .put("entry_note", "note").put("asof", "as_of").put("date_of_ledger", "as_of")
      .buildOrThrow();

  private static final ImmutableList<String> REQUIRED =
      ImmutableList.of("subject", "view", "side", "element");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

  private final ElementResolver resolver;
  private final CSVFormat format;
  private final Optional<String> author;
  private final Optional<Perspective> perspective;
  private final Optional<LocalDate> asOf;
  private final long maxLength;
  private final int maxCell;
  private final boolean lenient;
  private final Optional<JourneyModel> model;
  private final Nearest<String> stageNames = new Nearest<>();

  /**
   * Creates a reader.
   *
   * @param author the author of ledgers whose rows leave it blank
   * @param perspective the perspective of ledgers whose rows leave it blank
   * @param asOf the date of ledgers whose rows leave it blank
   * @param lenient whether bad rows and unknown columns are left out rather than fatal
   * @param model the journey model whose stages the {@value #STAGE} column names, if any
   */
  public SheetReader(ElementResolver resolver, char delimiter, Optional<String> author,
      Optional<Perspective> perspective, Optional<LocalDate> asOf, long maxLength, int maxCell,
      boolean lenient, Optional<JourneyModel> model) {
    this.resolver = resolver;
    this.format = format(delimiter);
    this.author = author;
    this.perspective = perspective;
    this.asOf = asOf;
    this.maxLength = maxLength;
    this.maxCell = maxCell;
    this.lenient = lenient;
    this.model = model;
    model.ifPresent(m -> m.stages().forEach(st -> stageNames.add(st.name(), st.name(),
        st.name())));
  }

  /** Returns the CSV dialect of coding sheets: RFC 4180 with the given delimiter. */
  public static CSVFormat format(char delimiter) {
    return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
        .get();
  }

  /**
   * The ledgers read (in first-seen order), the rows left out (in sheet order), the stage tags
   * on the ledgers' entries (present when the reader has a model) and the valid rows that code
   * a statement (evidence text or a statement id), in order.
   */
  public record Result(List<Ledger> ledgers, List<RejectedRow> rejected,
      Optional<StageTags> tags, List<CodedRow> coded) {}

  /**
   * One valid row that codes a statement: its number (the header being row 1), the statement
   * column's id if given, the subject's label, the evidence text, and the element and side
   * coded.
   */
  public record CodedRow(long row, Optional<String> statement, String subject, String text,
      ElementId element, Side side) {}

  /**
   * Reads a sheet. Strict readers throw every problem; lenient ones return the rejected rows.
   *
   * @param in the sheet, a leading byte-order mark is skipped; not closed
   * @throws ValuexFormatException for a bad header, a malformed or oversized sheet, or (when
   *     strict) any bad row
   */
  public Result read(Reader in) {
    BoundedReader bounded = new BoundedReader(in, maxLength);
    SheetText text = new SheetText(bounded);
    Map<String, Integer> columns = new HashMap<>();
    List<String> names = new ArrayList<>();
    Map<LedgerId, Draft> drafts = new LinkedHashMap<>();
    List<RejectedRow> rejected = new ArrayList<>();
    List<CodedRow> coded = new ArrayList<>();
    long rowNumber = 1;
    int width = 0;
    boolean header = true;
    try (CSVParser parser = CSVParser.builder().setReader(text).setFormat(format).get()) {
      for (CSVRecord record : parser) {
        rowNumber = record.getRecordNumber();
        text.rowRead(record.getCharacterPosition(), rowNumber);
        if (header) {
          header(record, columns);
          record.forEach(names::add);
          width = record.size();
          header = false;
          continue;
        }
        if (record.stream().allMatch(String::isBlank)) {
          continue;
        }
        List<String> problems = new ArrayList<>();
        row(new Row(record, columns, width, problems), drafts, problems, coded);
        if (!problems.isEmpty()) {
          rejected.add(RejectedRow.of(rowNumber, problems));
        }
      }
      if (header) {
        throw new ValuexFormatException(SOURCE,
            List.of("row 1: header must name the columns, got an empty sheet"));
      }
    } catch (UncheckedIOException e) {
      throw malformed(e.getCause(), rowNumber + 1, text, names);
    } catch (IOException e) {
      throw malformed(e, rowNumber + 1, text, names);
    }
    List<Ledger> ledgers = new ArrayList<>();
    Optional<StageTags.Builder> tags = model.map(m -> StageTags.builder().model(m));
    for (Draft d : drafts.values()) {
      try {
        ledgers.add(d.build());
        tags.ifPresent(t -> d.stages.forEach((k, v) -> t.putAllTags(
            EntryRef.of(d.id, (ElementId) k.get(0), (Side) k.get(1)), v)));
      } catch (InvalidValueException e) {
        for (long r : d.rows) {
          rejected.add(RejectedRow.of(r, List.of("row " + r + ": " + e.getMessage())));
        }
      }
    }
    rejected.sort((a, b) -> Long.compare(a.row(), b.row()));
    if (!lenient && !rejected.isEmpty()) {
      List<String> all = new ArrayList<>();
      rejected.forEach(r -> all.addAll(r.problems()));
      throw new ValuexFormatException(SOURCE, all);
    }
    java.util.Set<Long> bad = new java.util.HashSet<>();
    rejected.forEach(r -> bad.add(r.row()));
    coded.removeIf(c -> bad.contains(c.row()));
    return new Result(ledgers, rejected, tags.map(StageTags.Builder::build), coded);
  }

  private ValuexFormatException malformed(IOException e, long row, SheetText text,
      List<String> names) {
    if (e instanceof BoundedReader.TooLong) {
      // Input is read ahead in blocks, so no row number would be exact here.
      return new ValuexFormatException(SOURCE, List.of("sheet must be at most "
          + maxLength + " characters long, got more"));
    }
    char delimiter = format.getDelimiterString().charAt(0);
    if (e instanceof Utf8Reader.NotUtf8) {
      SheetText.Place at = text.scan(delimiter, false);
      return new ValuexFormatException(SOURCE, List.of("row " + at.row() + ": "
          + column(at.column(), names) + " must be UTF-8 text, got byte "
          + ((Utf8Reader.NotUtf8) e).show() + " (was the sheet saved as Latin-1 or"
          + " Windows-1252? save it as UTF-8)"));
    }
    if (e instanceof java.nio.charset.CharacterCodingException) {
      SheetText.Place at = text.scan(delimiter, false);
      return new ValuexFormatException(SOURCE, List.of("row " + at.row() + ": "
          + column(at.column(), names) + " must be UTF-8 text, got bytes that are not"
          + " (save the sheet as UTF-8)"));
    }
    SheetText.Place at = text.scan(delimiter, true);
    if (at.problem() != null) {
      return new ValuexFormatException(SOURCE, List.of("row " + at.row() + ": "
          + column(at.column(), names) + " must " + at.problem()));
    }
    return new ValuexFormatException(SOURCE,
        List.of("row " + row + ": sheet must be well-formed CSV, got " + e.getMessage()));
  }

  /** A column by number, with the header's name for it when the header has one. */
  private static String column(int number, List<String> names) {
    if (number <= names.size()) {
      String name = names.get(number - 1).replace("\uFEFF", "").strip();
      if (!name.isEmpty()) {
        return "column " + number + " (" + name + ")";
      }
    }
    return "column " + number;
  }

  private void header(CSVRecord record, Map<String, Integer> columns) {
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < record.size(); i++) {
      String raw = record.get(i);
      if (i == 0 && raw.startsWith("\uFEFF")) {
        raw = raw.substring(1);
      }
      String name = raw.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
      name = ALIASES.getOrDefault(name, name);
      if (!COLUMNS.contains(name) && !name.equals(STAGE) && !name.equals(STATEMENT)
          && !JUDGEMENT.contains(name)) {
        if (!lenient) {
          List<String> known = new ArrayList<>(COLUMNS);
          known.add(STAGE);
          known.add(STATEMENT);
          known.addAll(JUDGEMENT);
          problems.add("row 1: column " + (i + 1) + " must be one of "
              + String.join(", ", known.subList(0, known.size() - 1)) + " or "
              + known.get(known.size() - 1) + ", got " + Checks.quote(raw));
        }
      } else if (columns.putIfAbsent(name, i) != null) {
        problems.add("row 1: column " + (i + 1) + " must not repeat column "
            + (columns.get(name) + 1) + ", got " + Checks.quote(raw));
      }
    }
    for (String required : REQUIRED) {
      if (!columns.containsKey(required)) {
        problems.add("row 1: header must have a column " + required + ", got none");
      }
    }
    needColumnOrDefault(columns, "author", author, problems);
    needColumnOrDefault(columns, "perspective", perspective, problems);
    needColumnOrDefault(columns, "as_of", asOf, problems);
    if (!problems.isEmpty()) {
      throw new ValuexFormatException(SOURCE, problems);
    }
  }

  private static void needColumnOrDefault(Map<String, Integer> columns, String column,
      Optional<?> fallback, List<String> problems) {
    if (!columns.containsKey(column) && fallback.isEmpty()) {
      problems.add("row 1: header must have a column " + column
          + " when the sheet sets no default, got none");
    }
  }

  /** One row's cells, parsed, with its problems. */
  private final class Row {
    final long number;
    final CSVRecord record;
    final Map<String, Integer> columns;
    final List<String> problems;

    Row(CSVRecord record, Map<String, Integer> columns, int width, List<String> problems) {
      this.number = record.getRecordNumber();
      this.record = record;
      this.columns = columns;
      this.problems = problems;
      for (int i = 0; i < record.size(); i++) {
        if (record.get(i).length() > maxCell) {
          problem("column " + (i + 1), "be at most " + maxCell + " characters long",
              record.get(i).length() + " characters");
        }
        if (i >= width && !lenient && !record.get(i).isBlank()) {
          problem("column " + (i + 1), "be blank (the header names no column for it)",
              Checks.quote(record.get(i)));
        }
      }
    }

    void problem(String column, String rule, String got) {
      problems.add("row " + number + ": " + column + " must " + rule + ", got " + got);
    }

    Optional<String> text(String column) {
      Integer i = columns.get(column);
      if (i == null || i >= record.size()) {
        return Optional.empty();
      }
      String s = record.get(i).strip();
      return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    <E extends Enum<E>> Optional<E> token(String column, Tokens<E> tokens) {
      return text(column).flatMap(s -> {
        Optional<E> e = tokens.parseLoosely(s);
        if (e.isEmpty()) {
          problem(column, tokens.rule(), Checks.quote(s));
        }
        return e;
      });
    }

    Optional<LocalDate> date(String column) {
      return text(column).flatMap(s -> {
        Optional<LocalDate> d = Shape.parseDate(s);
        if (d.isPresent()) {
          return d;
        }
        problem(column, Shape.dateRule(s), Checks.quote(s));
        return Optional.empty();
      });
    }

    OptionalInt importance() {
      Optional<String> s = text("importance");
      if (s.isEmpty()) {
        return OptionalInt.empty();
      }
      if (NUMBER.matcher(s.get()).matches()) {
        int i = Integer.parseInt(s.get());
        if (i >= LedgerEntry.MIN_IMPORTANCE && i <= LedgerEntry.MAX_IMPORTANCE) {
          return OptionalInt.of(i);
        }
      }
      problem("importance", "be a whole number from " + LedgerEntry.MIN_IMPORTANCE + " to "
          + LedgerEntry.MAX_IMPORTANCE + " (leave it blank when not weighed)",
          Checks.quote(s.get()));
      return OptionalInt.empty();
    }

    Optional<ElementId> element() {
      return text("element").flatMap(s -> {
        try {
          return Optional.of(resolver.resolve(s));
        } catch (UnknownElementException e) {
          problem("element", "name a known value element", Checks.quote(s)
              + (e.nearest().isEmpty() ? "" : " (nearest known: "
              + String.join(", ", e.nearest()) + ")"));
          return Optional.empty();
        }
      });
    }

    List<String> stages() {
      List<String> result = new ArrayList<>();
      if (model.isEmpty()) {
        return result;
      }
      text(STAGE).ifPresent(s -> {
        for (String part : s.split(";")) {
          String name = part.strip();
          if (name.isEmpty()) {
            continue;
          }
          Optional<String> stage = model.get().stage(name).map(Stage::name)
              .or(() -> stageNames.find(name));
          if (stage.isPresent()) {
            result.add(stage.get());
          } else {
            problem(STAGE, "name a stage of model " + model.get().name(), Checks.quote(name)
                + " (nearest: " + String.join(", ", stageNames.suggest(name, 3)) + ")");
          }
        }
      });
      return result;
    }

    Optional<ImmutableSet<String>> segments() {
      return text("segments").map(s -> Arrays.stream(s.split(";")).map(String::strip)
          .filter(t -> !t.isEmpty()).collect(ImmutableSet.toImmutableSet()));
    }
  }

  private void row(Row r, Map<LedgerId, Draft> drafts, List<String> problems,
      List<CodedRow> coded) {
    Optional<String> label = r.text("subject");
    Optional<Subject.Kind> kind = r.token("subject_kind", ModelCodec.SUBJECT_KINDS);
    Optional<ImmutableSet<String>> segments = r.segments();
    Optional<String> owner = r.text("owner");
    Optional<String> rowAuthor = r.text("author");
    Optional<Perspective> rowPerspective = r.token("perspective", ModelCodec.PERSPECTIVES);
    Optional<View> view = r.token("view", ModelCodec.VIEWS);
    Optional<LocalDate> rowAsOf = r.date("as_of");
    Optional<String> context = r.text("context");
    Optional<String> purpose = r.text("purpose");
    Optional<Side> side = r.token("side", ModelCodec.SIDES);
    Optional<ElementId> element = r.element();
    OptionalInt importance = r.importance();
    Optional<String> note = r.text("note");
    Optional<Evidence.Kind> evidenceKind = r.token("evidence_kind", ModelCodec.EVIDENCE_KINDS);
    Optional<String> evidenceText = r.text("evidence_text");
    Optional<String> source = r.text("source");
    Optional<String> speaker = r.text("speaker");
    Optional<LocalDate> date = r.date("date");
    List<String> stages = r.stages();
    Optional<String> statement = r.text(STATEMENT);
    Optional<BalanceJudgement.Verdict> verdict = r.token("verdict", ModelCodec.VERDICTS);
    Optional<String> rationale = r.text("rationale");
    Optional<String> recordedBy = r.text("recorded_by");
    Optional<LocalDate> recordedOn = r.date("recorded_on");

    boolean hasSide = r.text("side").isPresent();
    boolean hasElement = r.text("element").isPresent();
    if (hasSide != hasElement) {
      r.problem(hasSide ? "element" : "side", "be given when "
          + (hasSide ? "side" : "element") + " is", "''");
    }
    boolean evidenceDetails = r.text("evidence_kind").isPresent() || source.isPresent()
        || speaker.isPresent() || r.text("date").isPresent();
    if (evidenceText.isEmpty() && evidenceDetails) {
      r.problem("evidence_text", "be given when evidence_kind, source, speaker or date is",
          "''");
    }
    if (!hasElement && !hasSide && (evidenceText.isPresent() || importance.isPresent()
        || note.isPresent())) {
      r.problem("element", "be given with evidence, importance or a note", "''");
    } else if (!hasElement && !hasSide && r.text(STAGE).isPresent()) {
      r.problem("element", "be given with a stage", "''");
    }
    if (statement.isPresent() && (evidenceText.isEmpty() || !hasElement)) {
      r.problem(evidenceText.isEmpty() ? "evidence_text" : "element",
          "be given when statement is", "''");
    }
    if (label.isEmpty()) {
      r.problem("subject", "not be blank", "''");
    }
    if (view.isEmpty() && r.text("view").isEmpty()) {
      r.problem("view", "not be blank", "''");
    }
    Optional<LedgerId> id = ledgerId(r, label, view);
    if (!problems.isEmpty() || id.isEmpty()) {
      return;
    }
    Draft draft = drafts.get(id.get());
    if (draft == null) {
      Optional<String> a = rowAuthor.or(() -> author);
      Optional<Perspective> p = rowPerspective.or(() -> perspective);
      Optional<LocalDate> d = rowAsOf.or(() -> asOf);
      if (a.isEmpty()) {
        r.problem("author", "be given in the row or as the sheet's default", "''");
      }
      if (p.isEmpty()) {
        r.problem("perspective", "be given in the row or as the sheet's default", "''");
      }
      if (d.isEmpty()) {
        r.problem("as_of", "be given in the row or as the sheet's default", "''");
      }
      if (!problems.isEmpty()) {
        return;
      }
      if (r.text("verdict").isEmpty() && (rationale.isPresent() || recordedBy.isPresent()
          || r.text("recorded_on").isPresent())) {
        r.problem("verdict", "be given when rationale, recorded_by or recorded_on is", "''");
        return;
      }
      draft = new Draft(id.get(), r.number, label.get(), kind.orElse(Subject.Kind.INDIVIDUAL),
          segments.orElse(ImmutableSet.of()), owner.orElse(label.get()), a.get(), p.get(),
          view.get(), d.get(), context, purpose);
      draft.judgement(verdict, rationale, recordedBy, recordedOn);
    } else {
      draft.agree(r, "verdict", verdict);
      draft.agree(r, "rationale", rationale);
      draft.agree(r, "recorded_by", recordedBy);
      draft.agree(r, "recorded_on", recordedOn);
      draft.agree(r, "subject", label);
      draft.agree(r, "subject_kind", kind);
      draft.agree(r, "segments", segments);
      draft.agree(r, "owner", owner);
      draft.agree(r, "author", rowAuthor);
      draft.agree(r, "perspective", rowPerspective);
      draft.agree(r, "view", view);
      draft.agree(r, "as_of", rowAsOf);
      draft.agree(r, "context", context);
      draft.agree(r, "purpose", purpose);
    }
    Optional<Evidence> evidence = Optional.empty();
    if (evidenceText.isPresent()) {
      evidence = Optional.of(Evidence.builder()
          .kind(evidenceKind.orElse(Evidence.Kind.QUOTE)).text(evidenceText.get())
          .source(source).speaker(speaker).date(date).build());
    }
    if (element.isPresent()) {
      draft.checkEntry(r, element.get(), side.get(), importance, note);
    }
    if (!problems.isEmpty()) {
      return;
    }
    drafts.putIfAbsent(id.get(), draft);
    draft.rows.add(r.number);
    if (element.isPresent()) {
      draft.addEntry(element.get(), side.get(), importance, note, evidence);
      if (evidenceText.isPresent()) {
        coded.add(new CodedRow(r.number, statement, label.get(), evidenceText.get(),
            element.get(), side.get()));
      }
      if (!stages.isEmpty()) {
        draft.stages.computeIfAbsent(List.of(element.get(), side.get()),
            k -> new java.util.LinkedHashSet<>()).addAll(stages);
      }
    }
  }

  private static Optional<LedgerId> ledgerId(Row r, Optional<String> label,
      Optional<View> view) {
    Optional<String> given = r.text("ledger");
    String text;
    if (given.isPresent()) {
      text = given.get();
    } else if (label.isPresent() && view.isPresent()) {
      String slug = ValueElement.slug(label.get());
      if (slug.isEmpty()) {
        r.problem("ledger", "be given when the subject has no ASCII letters or digits",
            "''");
        return Optional.empty();
      }
      text = slug + "-" + ModelCodec.VIEWS.token(view.get());
    } else {
      return Optional.empty();
    }
    try {
      return Optional.of(LedgerId.of(text));
    } catch (InvalidValueException e) {
      r.problem("ledger", "be 1 to 128 letters, digits or . _ : - starting with a letter or"
          + " digit", Checks.quote(text));
      return Optional.empty();
    }
  }

  /** A ledger being assembled from its rows. */
  private static final class Draft {
    final LedgerId id;
    final long firstRow;
    final Map<String, Object> fixed = new HashMap<>();
    final Map<List<Object>, EntryDraft> entries = new LinkedHashMap<>();
    final List<Long> rows = new ArrayList<>();
    final Map<List<Object>, java.util.Set<String>> stages = new LinkedHashMap<>();
    final Optional<String> context;
    final Optional<String> purpose;

    Draft(LedgerId id, long firstRow, String label, Subject.Kind kind,
        ImmutableSet<String> segments, String owner, String author, Perspective perspective,
        View view, LocalDate asOf, Optional<String> context, Optional<String> purpose) {
      this.id = id;
      this.firstRow = firstRow;
      fixed.put("subject", label);
      fixed.put("subject_kind", kind);
      fixed.put("segments", segments);
      fixed.put("owner", owner);
      fixed.put("author", author);
      fixed.put("perspective", perspective);
      fixed.put("view", view);
      fixed.put("as_of", asOf);
      this.context = context;
      this.purpose = purpose;
      context.ifPresent(c -> fixed.put("context", c));
      purpose.ifPresent(p -> fixed.put("purpose", p));
    }

    void judgement(Optional<BalanceJudgement.Verdict> verdict, Optional<String> rationale,
        Optional<String> recordedBy, Optional<LocalDate> recordedOn) {
      verdict.ifPresent(v -> fixed.put("verdict", v));
      rationale.ifPresent(v -> fixed.put("rationale", v));
      recordedBy.ifPresent(v -> fixed.put("recorded_by", v));
      recordedOn.ifPresent(v -> fixed.put("recorded_on", v));
    }

    void agree(Row r, String column, Optional<?> value) {
      if (value.isPresent() && !value.get().equals(fixed.get(column))) {
        Object first = fixed.get(column);
        r.problem(column, "match row " + firstRow + " of ledger " + id + " ("
            + (first == null ? "blank" : show(first)) + ")", show(value.get()));
      }
    }

    private static String show(Object value) {
      if (value instanceof ImmutableSet) {
        return Checks.quote(String.join(";", ((ImmutableSet<?>) value).stream()
            .map(Object::toString).toArray(String[]::new)));
      }
      if (value instanceof Enum) {
        return Checks.quote(value.toString().toLowerCase(Locale.ROOT).replace('_', '-'));
      }
      return Checks.quote(value.toString());
    }

    void checkEntry(Row r, ElementId element, Side side, OptionalInt importance,
        Optional<String> note) {
      EntryDraft e = entries.get(List.of(element, side));
      if (e == null) {
        return;
      }
      if (importance.isPresent() && e.importance.isPresent()
          && importance.getAsInt() != e.importance.getAsInt()) {
        r.problem("importance", "match row " + e.firstRow + " for " + element + " "
            + side + " (" + e.importance.getAsInt() + ")", Checks.quote(
            String.valueOf(importance.getAsInt())));
      }
      if (importance.isPresent() && e.importance.isEmpty()) {
        r.problem("importance", "match row " + e.firstRow + " for " + element + " " + side
            + " (blank)", Checks.quote(String.valueOf(importance.getAsInt())));
      }
      if (note.isPresent() && !note.equals(e.note)) {
        r.problem("note", "match row " + e.firstRow + " for " + element + " " + side + " ("
            + e.note.map(Checks::quote).orElse("blank") + ")", Checks.quote(note.get()));
      }
    }

    void addEntry(ElementId element, Side side, OptionalInt importance, Optional<String> note,
        Optional<Evidence> evidence) {
      EntryDraft e = entries.computeIfAbsent(List.of(element, side),
          k -> new EntryDraft(element, side, rows.get(rows.size() - 1), importance, note,
              new ArrayList<>()));
      evidence.ifPresent(e.evidence::add);
    }

    Ledger build() {
      Ledger.Builder b = Ledger.builder().id(id)
          .subject(Subject.builder().kind((Subject.Kind) fixed.get("subject_kind"))
              .label((String) fixed.get("subject"))
              .addAllSegments(segments()).build())
          .owner((String) fixed.get("owner")).author((String) fixed.get("author"))
          .perspective((Perspective) fixed.get("perspective")).view((View) fixed.get("view"))
          .asOf((LocalDate) fixed.get("as_of")).context(context).purpose(purpose);
      if (fixed.containsKey("verdict")) {
        b.judgement(BalanceJudgement.builder()
            .verdict((BalanceJudgement.Verdict) fixed.get("verdict"))
            .rationale(Optional.ofNullable((String) fixed.get("rationale")))
            .recordedBy((String) fixed.getOrDefault("recorded_by", fixed.get("author")))
            .recordedOn((LocalDate) fixed.getOrDefault("recorded_on", fixed.get("as_of")))
            .build());
      }
      for (EntryDraft e : entries.values()) {
        b.addEntry(LedgerEntry.builder().element(e.element).side(e.side)
            .importance(e.importance).note(e.note).addAllEvidence(e.evidence).build());
      }
      return b.build();
    }

    private ImmutableSet<String> segments() {
      ImmutableSet.Builder<String> b = ImmutableSet.builder();
      for (Object o : (ImmutableSet<?>) Objects.requireNonNull(fixed.get("segments"))) {
        b.add((String) o);
      }
      return b.build();
    }
  }

  /** An entry being assembled from its rows. */
  private record EntryDraft(ElementId element, Side side, long firstRow, OptionalInt importance,
      Optional<String> note, List<Evidence> evidence) {}
}
