package dev.valuex.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.valuex.core.Ledger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntryTableTest {
  @TempDir Path dir;

  @Test
  void parquetTableReadBackEqualsTheLedgersEntries() {
    SparkSession spark = LocalSpark.session();
    List<Ledger> ledgers = GeneratedLedgers.ledgers(0, 2_000);
    Dataset<Ledger> ds = spark.createDataset(ledgers, ValuexSpark.ledgerEncoder()).repartition(4);
    String path = dir.resolve("entries.parquet").toString();
    ValuexSpark.entries(ds).write().parquet(path);

    Dataset<Row> back = spark.read().parquet(path);
    assertEquals(List.of(EntryTable.SCHEMA.fieldNames()), List.of(back.schema().fieldNames()));
    assertEquals(EntryTable.SCHEMA.fields()[4].dataType(), back.schema().fields()[4].dataType());
    List<String> expected = new ArrayList<>();
    for (Ledger l : ledgers) {
      EntryTable.rows(l).forEach(r -> expected.add(text(r)));
    }
    List<String> actual = new ArrayList<>();
    back.collectAsList().forEach(r -> actual.add(text(r)));
    expected.sort(null);
    actual.sort(null);
    assertEquals(expected, actual);
  }

  @Test
  void describesAnEntryInTheDocumentedColumns() {
    Ledger l = GeneratedLedgers.ledger(7);
    Row first = EntryTable.rows(l).get(0);
    assertEquals("g7", first.getString(0));
    assertEquals("customer 7", first.getString(1));
    assertEquals(l.subject().segments().stream().sorted().toList(),
        Arrays.asList((Object[]) first.get(2)));
    assertEquals(l.view().name().toLowerCase(java.util.Locale.ROOT), first.getString(3));
    assertEquals(l.asOf(), first.get(4));
    assertEquals(l.entries().get(0).element().toString(), first.getString(5));
    assertEquals(l.entries().get(0).side().name().toLowerCase(java.util.Locale.ROOT),
        first.getString(7));
    assertEquals(l.entries().get(0).evidence().size(), first.getInt(9));
    // An element outside the default catalog has no card name.
    Ledger blank = l.withEntries(List.of(dev.valuex.core.LedgerEntry.of(
        dev.valuex.core.ElementId.of("team", "blank-card"), dev.valuex.core.Side.IN)));
    Row row = EntryTable.rows(blank).get(0);
    assertEquals(null, row.get(6));
    assertEquals(null, row.get(8));
  }

  @Test
  void readmeDocumentsEveryColumnInOrder() throws java.io.IOException {
    String readme = java.nio.file.Files.readString(Path.of("README.md"));
    String section = readme.substring(readme.indexOf("## The entry table"));
    section = section.substring(0, section.indexOf("\n## ", 1));
    List<String> documented = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\| `([a-z_]+)` \\|")
        .matcher(section);
    while (m.find()) {
      documented.add(m.group(1));
    }
    assertEquals(List.of(EntryTable.SCHEMA.fieldNames()), documented);
  }

  /** A row as text with its date and arrays in one spelling, whatever Spark handed back. */
  private static String text(Row r) {
    List<Object> cells = new ArrayList<>();
    for (int i = 0; i < r.size(); i++) {
      Object v = r.get(i);
      if (v instanceof java.sql.Date) {
        v = ((java.sql.Date) v).toLocalDate();
      } else if (v instanceof Object[]) {
        v = Arrays.asList((Object[]) v);
      } else if (v instanceof scala.collection.Seq) {
        v = scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<?>) v);
      }
      cells.add(v);
    }
    return cells.toString();
  }
}
