package dev.valuex.cli;

import dev.valuex.catalog.Catalog;
import dev.valuex.core.Ledger;
import dev.valuex.core.journey.StageTags;
import dev.valuex.interchange.CodingSheetImport;
import dev.valuex.interchange.NdjsonLedgerWriter;
import dev.valuex.interchange.ValuexJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Imports a coding sheet into ledgers, written as NDJSON. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import a coding sheet (CSV) into ledgers, written as NDJSON. Card names"
        + " resolve against the bundled catalog; nothing is written unless every row is valid."
        + " Outputs are written whole or not at all, never over the sheet, over an existing"
        + " file only with --force, into a missing folder only with --mkdirs.")
final class ImportCommand implements Callable<Integer> {
  /** The format token of the JSON output. */
  static final String FORMAT = "valuex.import/1";

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

  @Mixin Inputs.SheetOptions sheetOptions = new Inputs.SheetOptions();

  @Mixin OutputFiles.Options outputOptions = new OutputFiles.Options();

  @Override
  public Integer call() {
    Format f = Commands.format(format);
    if ((journey == null) != (stageTagsOutput == null)) {
      throw new UsageException("--journey and --stage-tags-output go together",
          "give both to keep the sheet's stage column, or neither to import the ledgers only");
    }
    Inputs.requireFile(sheet);
    List<Path> inputs = new ArrayList<>(List.of(sheet));
    if (journey != null) {
      inputs.add(journey);
    }
    OutputFiles files = OutputFiles.of(outputOptions, inputs);
    files.check(output, "--output");
    if (stageTagsOutput != null) {
      files.check(stageTagsOutput, "--stage-tags-output");
      if (stageTagsOutput.toAbsolutePath().normalize()
          .equals(output.toAbsolutePath().normalize())) {
        throw new UsageException("--stage-tags-output and --output name the same file "
            + output, "give the stage tags a file of their own, e.g. tags.json");
      }
    }
    List<Ledger> ledgers;
    Optional<StageTags> tags = Optional.empty();
    if (journey != null) {
      CodingSheetImport imported = Inputs.readSheetWithStages(sheet, Catalog.defaults(),
          Inputs.readJourney(journey).model(), sheetOptions);
      ledgers = imported.ledgers();
      tags = imported.stageTags();
    } else {
      ledgers = Inputs.readLedgers(sheet, Catalog.defaults(), sheetOptions);
    }
    if (stageTagsOutput != null) {
      String tagsJson = ValuexJson.create().toJson(tags.orElseThrow());
      files.write(stageTagsOutput, "--stage-tags-output",
          out -> out.write(tagsJson.getBytes(StandardCharsets.UTF_8)));
    }
    List<Ledger> written = ledgers;
    files.write(output, "--output", out -> {
      try (NdjsonLedgerWriter writer = ValuexJson.create().ledgerWriter(out)) {
        for (Ledger l : written) {
          writer.write(l);
        }
      }
    });
    long statements = ledgers.stream().flatMap(l -> l.entries().stream())
        .mapToLong(e -> e.evidence().size()).sum();
    int tagged = tags.map(t -> t.tags().keySet().size()).orElse(0);
    if (f == Format.JSON) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("format", FORMAT);
      json.put("ledgers", ledgers.size());
      json.put("statements", statements);
      json.put("output", output.toString());
      if (stageTagsOutput != null) {
        json.put("tagged_entries", tagged);
        json.put("stage_tags_output", stageTagsOutput.toString());
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
}
