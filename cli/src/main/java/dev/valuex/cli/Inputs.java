package dev.valuex.cli;

import dev.valuex.catalog.Catalog;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.Perspective;
import dev.valuex.core.Problem;
import dev.valuex.core.ValueElement;
import dev.valuex.core.ValuexFormatException;
import dev.valuex.core.journey.Journey;
import dev.valuex.core.journey.JourneyModel;
import dev.valuex.core.journey.StageTags;
import dev.valuex.interchange.CatalogResolver;
import dev.valuex.interchange.CodingSheet;
import dev.valuex.interchange.CodingSheetImport;
import dev.valuex.interchange.ElementResolver;
import dev.valuex.interchange.NdjsonLedgerReader;
import dev.valuex.interchange.ReadLimits;
import dev.valuex.interchange.ValuexJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Reads ledgers from the files the tool accepts: coding sheets, NDJSON and JSON ledgers. */
final class Inputs {
  private Inputs() {}

  /** The kinds of file the tool reads, told apart by their extension. */
  enum Kind {
    CODING_SHEET, NDJSON, JSON;

    static Kind of(Path file) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".csv") || name.endsWith(".tsv")) {
        return CODING_SHEET;
      }
      if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
        return NDJSON;
      }
      if (name.endsWith(".json")) {
        return JSON;
      }
      throw new UsageException("cannot tell what " + file + " holds from its name",
          "name coding sheets *.csv, ledger streams *.ndjson and single documents *.json");
    }
  }

  /**
   * Reads a whole file as UTF-8 text. A byte that is not UTF-8 is a problem in the file, placed
   * at its line and column, where {@link Files#readString} would throw a bare
   * {@link java.nio.charset.MalformedInputException}.
   */
  static String readText(Path file) {
    requireFile(file);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Problem> problems = new ArrayList<>();
    return utf8(bytes, problems)
        .orElseThrow(() -> ValuexFormatException.of(file.toString(), problems));
  }

  /**
   * Decodes a file as UTF-8, or records where its first byte that is not UTF-8 stands, so
   * binary or mis-encoded files get a located problem rather than a decoding exception.
   */
  static Optional<String> utf8(byte[] bytes, List<Problem> problems) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      decoder.flush(out);
      return Optional.of(out.flip().toString());
    }
    out.flip();
    long line = 1;
    int column = 1;
    for (int i = 0; i < out.limit(); i++) {
      if (out.get(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    problems.add(Problem.atLine(line, column, String.format(Locale.ROOT,
        "file must be UTF-8 text, got byte 0x%02X at offset %d", bytes[in.position()] & 0xff,
        in.position())));
    return Optional.empty();
  }

  static void requireFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UsageException("no such file: " + file,
          "check the path; it is read relative to " + Path.of("").toAbsolutePath());
    }
  }

  /** The coding-sheet reader every command uses: card names resolve against the catalog. */
  static CodingSheet sheet(Catalog catalog) {
    return CodingSheet.builder()
        .resolver(resolver(catalog))
        .defaultAuthor("valuex import")
        .defaultPerspective(Perspective.CUSTOMER)
        .build();
  }

  /** The option of commands that read coding sheets: how long a sheet may be. */
  static final class SheetOptions {
    @Option(names = "--max-sheet-chars", paramLabel = "N", description = "The longest coding"
        + " sheet read, in characters (default: 16777216, 16 MiB); raise it for larger studies.")
    long maxSheetChars = ReadLimits.DEFAULT_MAX_DOCUMENT_LENGTH;

    CodingSheet sheet(Catalog catalog) {
      if (maxSheetChars < 1) {
        throw new UsageException("--max-sheet-chars must be at least 1, got " + maxSheetChars,
            "leave it out for the default of " + ReadLimits.DEFAULT_MAX_DOCUMENT_LENGTH);
      }
      return Inputs.sheet(catalog).withLimits(ReadLimits.builder()
          .maxDocumentLength(maxSheetChars).build());
    }

    /** A sheet over the limit is a usage error whose hint names the option. */
    RuntimeException tooLong(Path file, ValuexFormatException e) {
      if (e.problems().size() == 1 && e.problems().get(0).startsWith("sheet must be at most "
          + maxSheetChars + " characters long")) {
        return new UsageException(file + " is longer than --max-sheet-chars allows ("
            + maxSheetChars + " characters)", "raise the limit, e.g. --max-sheet-chars "
            + Math.max(maxSheetChars * 4, 67_108_864L) + ", if the sheet is meant to be this"
            + " long");
      }
      return named(file, e);
    }
  }

  /**
   * The problems of a file named by the file, where the library's readers, which read streams,
   * name only the kind of text ({@code JSON}, {@code NDJSON}, {@code coding sheet}).
   */
  static ValuexFormatException named(Path file, ValuexFormatException e) {
    return e.source().equals(file.toString()) ? e
        : ValuexFormatException.of(file.toString(), e.details());
  }

  /** The card name of an element, or its id when the catalog does not know it. */
  static String name(Catalog catalog, ElementId id) {
    return catalog.element(id).map(ValueElement::name).orElse(id.toString());
  }

  static ElementResolver resolver(Catalog catalog) {
    return CatalogResolver.of(catalog);
  }

  static List<Ledger> readLedgers(Path file, Catalog catalog) {
    return readLedgers(file, catalog, new SheetOptions());
  }

  /**
   * Reads the ledgers of a coding sheet, an NDJSON stream or a JSON ledger, all or nothing.
   * A file without ledgers (a sheet with only its header, an empty stream) is a problem in the
   * data: there is nothing to import or analyse.
   */
  static List<Ledger> readLedgers(Path file, Catalog catalog, SheetOptions options) {
    requireFile(file);
    List<Ledger> ledgers;
    try {
      switch (Kind.of(file)) {
        case CODING_SHEET:
          try (InputStream in = Files.newInputStream(file)) {
            ledgers = options.sheet(catalog).read(in);
          } catch (ValuexFormatException e) {
            throw options.tooLong(file, e);
          }
          break;
        case NDJSON:
          ledgers = new ArrayList<>();
          forEachLedger(file, catalog, options, ledgers::add);
          break;
        default:
          try (InputStream in = Files.newInputStream(file)) {
            ledgers = List.of(ValuexJson.create().readLedger(in));
          } catch (ValuexFormatException e) {
            throw named(file, e);
          }
          break;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return requireSome(file, ledgers);
  }

  /**
   * Hands every ledger of a coding sheet, an NDJSON stream or a JSON ledger to {@code each},
   * all or nothing like {@link #readLedgers(Path, Catalog, SheetOptions)}: a stream's ledgers
   * are handed on as they are read, so memory does not grow with the number of ledgers, and a
   * problem anywhere in the file still fails the whole read (what was handed on is to be
   * thrown away).
   *
   * @return how many ledgers were handed on, at least one
   */
  static long forEachLedger(Path file, Catalog catalog, SheetOptions options,
      Consumer<Ledger> each) {
    if (Kind.of(file) != Kind.NDJSON) {
      List<Ledger> all = readLedgers(file, catalog, options);
      all.forEach(each);
      return all.size();
    }
    requireFile(file);
    long[] count = {0};
    try (InputStream in = Files.newInputStream(file);
        NdjsonLedgerReader reader = ValuexJson.create().ledgerReader(in)) {
      reader.forEachRemaining(l -> {
        count[0]++;
        each.accept(l);
      });
    } catch (ValuexFormatException e) {
      throw named(file, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (count[0] == 0) {
      requireSome(file, List.of());
    }
    return count[0];
  }

  private static <T extends java.util.Collection<?>> T requireSome(Path file, T ledgers) {
    if (ledgers.isEmpty()) {
      throw new ValuexFormatException(file.toString(), List.of(Kind.of(file) == Kind.CODING_SHEET
          ? "row 2: sheet must have coded statements below its header, got none (it holds"
              + " only the header)"
          : "line 1: stream must hold at least one ledger, got none (the file is empty)"));
    }
    return ledgers;
  }

  /** Reads a journey document ({@code valuex.journey/1}). */
  static Journey readJourney(Path file) {
    requireFile(file);
    try (InputStream in = Files.newInputStream(file)) {
      return ValuexJson.create().readJourney(in);
    } catch (ValuexFormatException e) {
      throw named(file, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a stage-tags document ({@code valuex.stage-tags/1}). */
  static StageTags readStageTags(Path file) {
    String text = readText(file);
    try {
      return ValuexJson.create().readStageTags(text);
    } catch (ValuexFormatException e) {
      throw named(file, e);
    }
  }

  /** Reads a coding sheet with its stage column, in a journey model. */
  static CodingSheetImport readSheetWithStages(Path file, Catalog catalog, JourneyModel model) {
    return readSheetWithStages(file, catalog, model, new SheetOptions());
  }

  /** Reads a coding sheet with its stage column, in a journey model, all or nothing. */
  static CodingSheetImport readSheetWithStages(Path file, Catalog catalog, JourneyModel model,
      SheetOptions options) {
    requireFile(file);
    CodingSheetImport result;
    try (InputStream in = Files.newInputStream(file)) {
      result = options.sheet(catalog).withJourneyModel(model).readWithStages(in);
    } catch (ValuexFormatException e) {
      throw options.tooLong(file, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    requireSome(file, result.ledgers());
    return result;
  }
}
