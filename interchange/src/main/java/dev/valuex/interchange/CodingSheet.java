package dev.valuex.interchange;

import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.Ledger;
import dev.valuex.core.Perspective;
import dev.valuex.core.ValuexFormatException;
import dev.valuex.core.agreement.AgreementReport;
import dev.valuex.core.agreement.Code;
import dev.valuex.core.agreement.CodedStatement;
import dev.valuex.core.agreement.Coding;
import dev.valuex.core.internal.Checks;
import dev.valuex.core.journey.JourneyModel;
import dev.valuex.core.journey.StageTags;
import dev.valuex.interchange.internal.SheetReader;
import dev.valuex.interchange.internal.SheetWriter;
import dev.valuex.interchange.internal.Utf8Reader;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Imports and exports coding sheets: a researcher's spreadsheet saved as CSV, one row per
 * coded statement, with the columns {@link #COLUMNS} (any order, names compared ignoring case,
 * with spaces or hyphens for underscores, and a few aliases such as {@code segment tags} and
 * {@code evidence}). Rows are grouped into ledgers by the {@code ledger} column, or, when it is
 * blank, by subject and view ({@code <subject slug>-<view>}). Element cells are resolved by the
 * {@link #resolver()}: ids only by default, or names through a catalog.
 *
 * <p>Within a ledger, a ledger-level cell (subject, owner, view, ...) left blank repeats the
 * ledger's first row, and one that differs is an error; the same holds for an entry's
 * importance and note. A row with evidence adds it to the entry of its element and side. The
 * import is all or nothing: every bad row is reported, with its row number, in one {@link
 * dev.valuex.core.ValuexFormatException}; {@link #readLenient(Reader)} instead returns the valid
 * ledgers and the rejected rows. Cells are stripped of surrounding white space; a leading
 * byte-order mark is skipped; the sheet and each cell are bounded by the {@link #limits()}.
 *
 * <p>An optional {@code stage} column tags entries with stages of a {@link #journeyModel()}
 * ({@link #readWithStages(Reader)}, {@link #write(Iterable, StageTags, Appendable)}); blank
 * cells leave the entry untagged.
 *
 * <pre>{@code
 * CodingSheet sheet = CodingSheet.builder()
 *     .defaultAuthor("researcher-2")
 *     .defaultPerspective(Perspective.CUSTOMER)
 *     .defaultAsOf(LocalDate.of(2026, 3, 14))
 *     .build();
 * List<Ledger> ledgers = sheet.read(new StringReader(
 *     "subject,view,side,element,evidence text\n"
 *         + "P07,current,out,customer.savings,I always look around to get the best deal\n"));
 * }</pre>
 */
@Value.Immutable
public abstract class CodingSheet implements WithCodingSheet {
  /** The columns a sheet may have, in the order {@link #write} writes them. */
  public static final ImmutableList<String> COLUMNS = SheetReader.COLUMNS;

  CodingSheet() {}

  /**
   * Returns how element cells are turned into element ids.
   *
   * @return the resolver, by default {@link ElementResolver#idsOnly()}
   */
  @Value.Default
  @Value.Auxiliary
  public ElementResolver resolver() {
    return ElementResolver.idsOnly();
  }

  /**
   * Returns the cell delimiter.
   *
   * @return the delimiter, by default a comma
   */
  @Value.Default
  public char delimiter() {
    return ',';
  }

  /**
   * Returns the author of ledgers whose rows leave the author blank.
   *
   * @return the default author, empty when the sheet must give it
   */
  public abstract Optional<String> defaultAuthor();

  /**
   * Returns the perspective of ledgers whose rows leave it blank.
   *
   * @return the default perspective, empty when the sheet must give it
   */
  public abstract Optional<Perspective> defaultPerspective();

  /**
   * Returns the date of ledgers whose rows leave {@code as_of} blank.
   *
   * @return the default date, empty when the sheet must give it
   */
  public abstract Optional<LocalDate> defaultAsOf();

  /**
   * Returns the journey model whose stages the optional {@code stage} column names. Without
   * one, the column is left alone: the ledgers read are the same either way.
   *
   * @return the model, empty when the sheet carries no stages
   */
  public abstract Optional<JourneyModel> journeyModel();

  /**
   * Returns the bounds on the sheet's length (in characters) and each cell's length.
   *
   * @return the limits, by default {@link ReadLimits#defaults()}
   */
  @Value.Default
  public ReadLimits limits() {
    return ReadLimits.defaults();
  }

  /**
   * Returns a coding sheet with every default: ids only, commas, no default ledger fields.
   *
   * @return the coding sheet, never null
   */
  public static CodingSheet standard() {
    return builder().build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Imports a sheet, all or nothing.
   *
   * @param in the sheet, not closed, not null
   * @return the ledgers, in the order they first appear, never null
   * @throws dev.valuex.core.ValuexFormatException listing every problem, each with its row
   */
  public List<Ledger> read(Reader in) {
    return reader(false).read(requireNonNull(in, "in")).ledgers();
  }

  /**
   * Imports a sheet of UTF-8 bytes, all or nothing. Bytes that are not UTF-8 are reported at
   * their row and column.
   *
   * @param in the sheet, not closed, not null
   * @return the ledgers, in the order they first appear, never null
   * @throws dev.valuex.core.ValuexFormatException listing every problem, each with its row
   */
  public List<Ledger> read(InputStream in) {
    return read(utf8(in));
  }

  /**
   * Imports a sheet with its stage tags, all or nothing. The {@code stage} column (blank for an
   * untagged entry, else stage names of {@link #journeyModel()} separated by {@code ;}, matched
   * ignoring case and punctuation) tags the entry of its row; an entry's tags are those of all
   * its rows. An unknown stage name is a row error naming the nearest stages.
   *
   * @param in the sheet, not closed, not null
   * @return the ledgers, no rejected rows, and the stage tags, never null
   * @throws dev.valuex.core.ValuexFormatException listing every problem, each with its row
   * @throws IllegalStateException if the sheet has no {@link #journeyModel()}
   */
  public CodingSheetImport readWithStages(Reader in) {
    if (journeyModel().isEmpty()) {
      throw new IllegalStateException("CodingSheet: journeyModel must be set to read stages");
    }
    SheetReader.Result r = reader(false).read(requireNonNull(in, "in"));
    return ImmutableCodingSheetImport.builder().addAllLedgers(r.ledgers())
        .stageTags(r.tags()).build();
  }

  /**
   * Reads a sheet as one coder's coding of its statements, for agreement between coders
   * ({@link AgreementReport}). Every row must be valid, as for {@link #read(Reader)}. A row with
   * evidence text codes a statement: rows with the same {@code statement} id, or, for rows
   * without one, the same subject and evidence text (white space normalised), are one
   * statement, and each adds its element and side to the statement's codes. Rows without
   * evidence (an entry or a ledger declared without a quote) code no statement.
   *
   * @param in the sheet, not closed, not null
   * @param coder the coder's name, e.g. the sheet's file name, not blank, not null
   * @return the coding, statements in the order first seen, never null
   * @throws dev.valuex.core.ValuexFormatException listing every problem, each with its row,
   *     including a statement id given to two different statements
   */
  public Coding readCoding(Reader in, String coder) {
    requireNonNull(coder, "coder");
    SheetReader.Result r = reader(false).read(requireNonNull(in, "in"));
    Map<String, CodedStatement.Builder> statements = new LinkedHashMap<>();
    Map<String, SheetReader.CodedRow> first = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (SheetReader.CodedRow row : r.coded()) {
      String text = CodedStatement.normalise(row.text());
      String key = row.statement().map(id -> "id " + id).orElse(row.subject() + ": " + text);
      SheetReader.CodedRow before = first.putIfAbsent(key, row);
      if (before != null && row.statement().isPresent()
          && (!before.subject().equals(row.subject())
              || !CodedStatement.normalise(before.text()).equals(text))) {
        problems.add("row " + row.row() + ": statement must name one statement (row "
            + before.row() + " gives " + row.statement().get() + " to " + before.subject()
            + ": " + Checks.quote(before.text()) + "), got "
            + Checks.quote(row.statement().get()) + " for " + row.subject() + ": "
            + Checks.quote(row.text()));
        continue;
      }
      statements.computeIfAbsent(key, k -> CodedStatement.builder().id(row.statement())
              .subject(row.subject()).text(row.text()))
          .addCodes(Code.of(row.element(), row.side()));
    }
    if (!problems.isEmpty()) {
      throw new ValuexFormatException(SheetReader.SOURCE, problems);
    }
    List<CodedStatement> built = new ArrayList<>();
    statements.values().forEach(b -> built.add(b.build()));
    return Coding.of(coder, built);
  }

  /**
   * Imports a sheet of UTF-8 bytes with its stage tags, all or nothing, as {@link
   * #readWithStages(Reader)} does; bytes that are not UTF-8 are reported at their row and column.
   *
   * @param in the sheet, not closed, not null
   * @return the ledgers, no rejected rows, and the stage tags, never null
   * @throws dev.valuex.core.ValuexFormatException listing every problem, each with its row
   * @throws IllegalStateException if the sheet has no {@link #journeyModel()}
   */
  public CodingSheetImport readWithStages(InputStream in) {
    return readWithStages(utf8(in));
  }

  /**
   * Imports the valid rows of a sheet and lists the others. A bad header, a malformed or
   * oversized sheet is still an error; unknown columns are skipped.
   *
   * @param in the sheet, not closed, not null
   * @return the ledgers of valid rows and the rejected rows, never null
   * @throws dev.valuex.core.ValuexFormatException if the header or the CSV itself is bad
   */
  public CodingSheetImport readLenient(Reader in) {
    SheetReader.Result r = reader(true).read(requireNonNull(in, "in"));
    return ImmutableCodingSheetImport.builder().addAllLedgers(r.ledgers())
        .addAllRejectedRows(r.rejected()).stageTags(r.tags()).build();
  }

  /**
   * Imports the valid rows of a sheet of UTF-8 bytes and lists the others.
   *
   * @param in the sheet, not closed, not null
   * @return the ledgers of valid rows and the rejected rows, never null
   * @throws dev.valuex.core.ValuexFormatException if the header or the CSV itself is bad
   */
  public CodingSheetImport readLenient(InputStream in) {
    return readLenient(utf8(in));
  }

  /**
   * Exports ledgers: a header row, then one row per piece of evidence (one row for an entry
   * without evidence, one for a ledger without entries). When any ledger holds the owner's
   * balance judgement, the four judgement columns ({@code verdict}, {@code rationale},
   * {@code recorded_by}, {@code recorded_on}) follow the others, filled on every row of a
   * judged ledger and blank for the rest. Every ledger is checked before anything is written.
   *
   * @param ledgers the ledgers, not null
   * @param out where the sheet goes, not closed, not null
   * @throws dev.valuex.core.InvalidValueException if a ledger holds what a sheet cannot:
   *     pairings, notes, supersedes, or a segment tag with {@code ;}
   * @throws UncheckedIOException if writing fails
   */
  public void write(Iterable<Ledger> ledgers, Appendable out) {
    SheetWriter.write(SheetReader.format(delimiter()), ledgers, Optional.empty(), out);
  }

  /**
   * Exports ledgers with their stage tags: the columns of {@link #write(Iterable, Appendable)}
   * and a last {@code stage} column holding each row's entry's stages, joined by {@code ;}.
   * Reading the sheet back with {@link #readWithStages(Reader)} gives the same ledgers and the
   * tags on their entries.
   *
   * @param ledgers the ledgers, not null
   * @param tags the stage tags, not null; tags on other ledgers are not written
   * @param out where the sheet goes, not closed, not null
   * @throws dev.valuex.core.InvalidValueException if a ledger holds what a sheet cannot, or a
   *     stage name contains {@code ;}
   * @throws UncheckedIOException if writing fails
   */
  public void write(Iterable<Ledger> ledgers, StageTags tags, Appendable out) {
    SheetWriter.write(SheetReader.format(delimiter()), ledgers,
        Optional.of(requireNonNull(tags, "tags")), out);
  }

  private SheetReader reader(boolean lenient) {
    return new SheetReader(resolver(), delimiter(), defaultAuthor(), defaultPerspective(),
        defaultAsOf(), limits().maxDocumentLength(), limits().maxStringLength(), lenient,
        journeyModel());
  }

  private static Reader utf8(InputStream in) {
    return new Utf8Reader(requireNonNull(in, "in"));
  }

  @Value.Check
  final void validate() {
    char d = delimiter();
    check(d != '"' && d != '\r' && d != '\n', "CodingSheet", "delimiter",
        "not be a quote or a line break", String.valueOf(d));
    defaultAuthor().ifPresent(a -> trimmedText(a, "CodingSheet", "defaultAuthor"));
  }

  /** Builds {@link CodingSheet}s; every attribute may be set once. */
  public static final class Builder extends ImmutableCodingSheet.Builder {
    Builder() {}
  }
}
