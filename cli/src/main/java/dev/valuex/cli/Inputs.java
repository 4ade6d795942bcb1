package dev.valuex.cli;

import dev.valuex.catalog.Catalog;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.Perspective;
import dev.valuex.core.ValueElement;
import dev.valuex.core.journey.Journey;
import dev.valuex.core.journey.JourneyModel;
import dev.valuex.core.journey.StageTags;
import dev.valuex.json.CatalogResolver;
import dev.valuex.json.CodingSheet;
import dev.valuex.json.CodingSheetImport;
import dev.valuex.json.ElementResolver;
import dev.valuex.json.NdjsonLedgerReader;
import dev.valuex.json.ValuexJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

  /** The card name of an element, or its id when the catalog does not know it. */
  static String name(Catalog catalog, ElementId id) {
    return catalog.element(id).map(ValueElement::name).orElse(id.toString());
  }

  static ElementResolver resolver(Catalog catalog) {
    return CatalogResolver.of(catalog);
  }

  static List<Ledger> readLedgers(Path file, Catalog catalog) {
    requireFile(file);
    try {
      switch (Kind.of(file)) {
        case CODING_SHEET:
          try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return sheet(catalog).read(in);
          }
        case NDJSON:
          try (InputStream in = Files.newInputStream(file);
              NdjsonLedgerReader reader = ValuexJson.create().ledgerReader(in)) {
            List<Ledger> ledgers = new ArrayList<>();
            reader.forEachRemaining(ledgers::add);
            return ledgers;
          }
        default:
          try (InputStream in = Files.newInputStream(file)) {
            return List.of(ValuexJson.create().readLedger(in));
          }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a journey document ({@code valuex.journey/1}). */
  static Journey readJourney(Path file) {
    requireFile(file);
    try (InputStream in = Files.newInputStream(file)) {
      return ValuexJson.create().readJourney(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a stage-tags document ({@code valuex.stage-tags/1}). */
  static StageTags readStageTags(Path file) {
    requireFile(file);
    try {
      return ValuexJson.create().readStageTags(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a coding sheet with its stage column, in a journey model. */
  static CodingSheetImport readSheetWithStages(Path file, Catalog catalog, JourneyModel model) {
    requireFile(file);
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return sheet(catalog).withJourneyModel(model).readWithStages(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
