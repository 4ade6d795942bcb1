package dev.valuex.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.core.Ledger;
import dev.valuex.core.analysis.LedgerSummary;
import dev.valuex.interchange.ValuexJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerLinesTest {
  private static final ValuexJson JSON = ValuexJson.create();

  @TempDir Path dir;

  /** Writes good ledgers with bad lines at the given 1-based line numbers. */
  private Path file(String name, int lines, TreeMap<Integer, byte[]> bad, List<Ledger> good)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int next = good.size();
    for (int line = 1; line <= lines; line++) {
      if (bad.containsKey(line)) {
        out.write(bad.get(line));
      } else {
        Ledger l = GeneratedLedgers.ledger(10_000 + next++);
        good.add(l);
        out.write(JSON.toJson(l).getBytes(StandardCharsets.UTF_8));
      }
      out.write('\n');
    }
    Path p = dir.resolve(name);
    Files.write(p, out.toByteArray());
    return p;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void reportsEveryBadLineWithItsFileAndNumberAndSummarisesTheGoodOnes() throws IOException {
    List<Ledger> good = new ArrayList<>();
    TreeMap<Integer, byte[]> badA = new TreeMap<>();
    badA.put(3, utf8("{\"format\": \"valuex.ledger/1\", \"id\": "));
    badA.put(7, utf8(""));
    badA.put(8, utf8(JSON.toJson(GeneratedLedgers.ledger(1)).replace("\"current\"", "\"later\"")
        .replace("\"desired\"", "\"later\"")));
    Path a = file("a.ndjson", 10, badA, good);
    TreeMap<Integer, byte[]> badB = new TreeMap<>();
    badB.put(1, new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
    Path b = file("b.ndjson", 4, badB, good);

    LedgerLines read = ValuexSpark.readLedgers(LocalSpark.session(), dir.toString());
    List<Row> rejected = new ArrayList<>(read.rejected().collectAsList());
    rejected.sort(Comparator.comparing((Row r) -> r.getString(0)).thenComparing(r -> r.getLong(1)));

    assertEquals(3, rejected.size(), rejected::toString);
    assertEquals(3, read.rejectedCount());
    assertEquals(List.of(a, a, b),
        rejected.stream().map(r -> Path.of(java.net.URI.create(r.getString(0)))).toList());
    assertEquals(List.of(3L, 8L, 1L), rejected.stream().map(r -> r.getLong(1)).toList());
    assertProblems(badA.get(3), rejected.get(0));
    assertProblems(badA.get(8), rejected.get(1));
    assertEquals(List.of("line is not UTF-8: Input length = 1"), rejected.get(2).getList(2));
    // The empty line 7 is skipped, as the single-JVM reader skips it; the rest are ledgers.
    assertEquals(LedgerSummary.of(good), read.ledgers().select(ValuexSpark.summary()).first());
    assertEquals(good.size(), read.ledgers().count());
  }

  @Test
  void numbersLinesWithinTheirFileWhenAFileIsReadInManySplits() throws IOException {
    List<Ledger> good = new ArrayList<>();
    TreeMap<Integer, byte[]> bad = new TreeMap<>();
    for (int line : new int[] {2, 41, 42, 97, 150}) {
      bad.put(line, utf8("not a ledger " + line));
    }
    Path p = file("split.ndjson", 150, bad, good);
    SparkSession spark = LocalSpark.session();
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    String key = "mapreduce.input.fileinputformat.split.maxsize";
    String before = hadoop.get(key);
    hadoop.setLong(key, Files.size(p) / 7);
    try {
      LedgerLines read = ValuexSpark.readLedgers(spark, p.toString());
      List<Row> rejected = read.rejected().collectAsList();
      assertTrue(read.ledgers().rdd().getNumPartitions() >= 7);
      assertEquals(List.of(2L, 41L, 42L, 97L, 150L),
          rejected.stream().map(r -> r.getLong(1)).sorted().toList());
      assertEquals(good.size(), read.ledgers().count());
      assertEquals(LedgerSummary.of(good), read.ledgers().select(ValuexSpark.summary()).first());
      assertEquals(LedgerSummary.of(good), read.summary());
    } finally {
      if (before == null) {
        hadoop.unset(key);
      } else {
        hadoop.set(key, before);
      }
    }
  }

  private static void assertProblems(byte[] line, Row rejected) {
    try {
      JSON.readLedger(new String(line, StandardCharsets.UTF_8));
      throw new AssertionError("line must not be a ledger");
    } catch (dev.valuex.core.ValuexFormatException e) {
      assertEquals(e.problems(), rejected.getList(2));
      assertTrue(!e.problems().isEmpty());
    }
  }
}
