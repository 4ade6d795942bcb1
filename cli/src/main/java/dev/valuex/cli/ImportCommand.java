package dev.valuex.cli;

import dev.valuex.catalog.Catalog;
import dev.valuex.core.Ledger;
import dev.valuex.core.journey.StageTags;
import dev.valuex.json.CodingSheetImport;
import dev.valuex.json.NdjsonLedgerWriter;
import dev.valuex.json.ValuexJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Imports a coding sheet into ledgers, written as NDJSON. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import a coding sheet (CSV) into ledgers, written as NDJSON. Card names"
        + " resolve against the bundled catalog; nothing is written unless every row is valid.")
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHEET.csv", description = "The coding sheet.")
  Path sheet;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "LEDGERS.ndjson",
      description = "Where to write the ledgers, one JSON document per line.")
  Path output;

  @Option(names = "--journey", paramLabel = "JOURNEY.json", description = "A journey"
      + " (valuex.journey/1) whose stages the sheet's stage column names; unknown stage names"
      + " are row errors. Needs --stage-tags-output.")
  Path journey;

  @Option(names = "--stage-tags-output", paramLabel = "TAGS.json", description = "Where to"
      + " write the sheet's stage column as a valuex.stage-tags/1 document, beside the ledgers;"
      + " needs --journey.")
  Path stageTagsOutput;

  @Option(names = "--format", defaultValue = "text", description = "Output: text or json.")
  String format;

  @Override
  public Integer call() {
    Format f = Commands.format(format);
    if ((journey == null) != (stageTagsOutput == null)) {
      throw new UsageException("--journey and --stage-tags-output go together",
          "give both to keep the sheet's stage column, or neither to import the ledgers only");
    }
    List<Ledger> ledgers;
    Optional<StageTags> tags = Optional.empty();
    if (journey != null) {
      Inputs.requireFile(sheet);
      CodingSheetImport imported = Inputs.readSheetWithStages(sheet, Catalog.defaults(),
          Inputs.readJourney(journey).model());
      ledgers = imported.ledgers();
      tags = imported.stageTags();
    } else {
      ledgers = Inputs.readLedgers(sheet, Catalog.defaults());
    }
    try {
      if (stageTagsOutput != null) {
        write(stageTagsOutput, ValuexJson.create().toJson(tags.orElseThrow()));
      }
      createParent(output);
      try (OutputStream out = Files.newOutputStream(output);
          NdjsonLedgerWriter writer = ValuexJson.create().ledgerWriter(out)) {
        for (Ledger l : ledgers) {
          writer.write(l);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long statements = ledgers.stream().flatMap(l -> l.entries().stream())
        .mapToLong(e -> e.evidence().size()).sum();
    int tagged = tags.map(t -> t.tags().keySet().size()).orElse(0);
    if (f == Format.JSON) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("ledgers", ledgers.size());
      json.put("statements", statements);
      json.put("output", output.toString());
      if (stageTagsOutput != null) {
        json.put("taggedEntries", tagged);
        json.put("stageTagsOutput", stageTagsOutput.toString());
      }
      Format.printJson(spec.commandLine().getOut(), json);
    } else {
      spec.commandLine().getOut().printf("Imported %d statements into %d ledgers: %s%n",
          statements, ledgers.size(), output);
      if (stageTagsOutput != null) {
        spec.commandLine().getOut().printf("Stage tags on %d entries: %s%n", tagged,
            stageTagsOutput);
      }
    }
    return Main.OK;
  }

  private static void createParent(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }

  private static void write(Path file, String text) throws IOException {
    createParent(file);
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
