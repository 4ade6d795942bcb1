package dev.valuex.cli;

import dev.valuex.catalog.Catalog;
import dev.valuex.core.Ledger;
import dev.valuex.json.NdjsonLedgerWriter;
import dev.valuex.json.ValuexJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

  @Option(names = "--format", defaultValue = "text", description = "Output: text or json.")
  String format;

  @Override
  public Integer call() {
    Format f = Commands.format(format);
    List<Ledger> ledgers = Inputs.readLedgers(sheet, Catalog.defaults());
    try {
      Path parent = output.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
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
    if (f == Format.JSON) {
      Format.printJson(spec.commandLine().getOut(), Map.of("ledgers", ledgers.size(),
          "statements", statements, "output", output.toString()));
    } else {
      spec.commandLine().getOut().printf("Imported %d statements into %d ledgers: %s%n",
          statements, ledgers.size(), output);
    }
    return Main.OK;
  }
}
