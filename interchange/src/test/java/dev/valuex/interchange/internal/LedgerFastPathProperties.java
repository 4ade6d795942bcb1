package dev.valuex.interchange.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.valuex.core.Ledger;
import dev.valuex.core.ValuexFormatException;
import dev.valuex.interchange.ValuexJson;
import dev.valuex.testing.ValuexArbitraries;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

/**
 * The fast ledger reader agrees with the tree reader: it reads every valid document to the same
 * ledger, and for any other document it gives up, so the tree reader reports the problems.
 */
class LedgerFastPathProperties {
  private static final ValuexJson JSON = ValuexJson.create();
  private static final JsonFactory FACTORY = new JsonFactory();

  @Property(tries = 500)
  void everyValidDocumentIsReadByTheFastPathToAnEqualLedger(@ForAll("ledgers") Ledger ledger)
      throws IOException {
    assertEquals(ledger, fast(JSON.toJson(ledger)));
  }

  @Property(tries = 1000)
  void aBrokenDocumentIsReadByTheFastPathOnlyIfTheTreeReadsItTheSame(
      @ForAll("brokenDocuments") String doc) throws IOException {
    Ledger fromTree;
    try {
      fromTree = JSON.readLedger(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)));
    } catch (ValuexFormatException e) {
      assertNull(fast(doc), () -> "the fast path read what the tree rejects: " + e.problems());
      return;
    }
    Ledger fromStream = fast(doc);
    if (fromStream != null) {
      assertEquals(fromTree, fromStream);
    }
  }

  @Example
  void unknownRepeatedOrMistypedFieldsMakeTheFastPathGiveUp() throws IOException {
    String valid = "{\"format\":\"valuex.ledger/1\",\"id\":\"a1\",\"subject\":{\"kind\":"
        + "\"individual\",\"label\":\"P1\"},\"owner\":\"P1\",\"author\":\"r1\","
        + "\"perspective\":\"customer\",\"view\":\"current\",\"as_of\":\"2026-01-02\"}";
    assertEquals("a1", fast(valid).id().value());
    assertNull(fast(valid.replace("\"owner\"", "\"owner\":\"P2\",\"owner\"")));
    assertNull(fast(valid.replace("\"owner\"", "\"extra\":1,\"owner\"")));
    assertNull(fast(valid.replace("\"as_of\":\"2026-01-02\"", "\"as_of\":20260102")));
    assertNull(fast(valid.replace("\"label\":\"P1\"", "\"label\":\" P1\"")));
    assertNull(fast(valid.replace("\"view\":\"current\"", "\"view\":\"CURRENT\"")));
    assertNull(fast(valid + " {}"));
    assertNull(fast(valid.replace(",\"author\":\"r1\"", "")));
  }

  @Example
  void aRepeatedItemOfASetMakesTheFastPathGiveUp() throws IOException {
    String valid = "{\"format\":\"valuex.ledger/1\",\"id\":\"a1\",\"subject\":{\"kind\":"
        + "\"individual\",\"label\":\"P1\",\"segments\":[SEGMENTS]},\"owner\":\"P1\","
        + "\"author\":\"r1\",\"perspective\":\"customer\",\"view\":\"current\","
        + "\"as_of\":\"2026-01-02\",\"entries\":[{\"element\":\"customer.money\",\"side\":"
        + "\"in\"},{\"element\":\"customer.savings\",\"side\":\"out\"}],\"pairings\":[{\"given\":"
        + "[\"customer.money\"],\"received\":[RECEIVED]}]}";
    StringBuilder ten = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      ten.append(i == 0 ? "" : ",").append("\"s").append(i).append('"');
    }
    String many = valid.replace("SEGMENTS", ten).replace("RECEIVED", "\"customer.savings\"");
    Ledger read = fast(many);
    assertEquals(JSON.readLedger(many), read);
    assertEquals(10, read.subject().segments().size());
    assertNull(fast(valid.replace("SEGMENTS", "\"s1\",\"s1\"")
        .replace("RECEIVED", "\"customer.savings\"")));
    assertNull(fast(valid.replace("SEGMENTS", ten + ",\"s3\"")
        .replace("RECEIVED", "\"customer.savings\"")));
    assertNull(fast(valid.replace("SEGMENTS", "\"s1\"")
        .replace("RECEIVED", "\"customer.savings\",\"customer.savings\"")));
  }

  private static @Nullable Ledger fast(String doc) throws IOException {
    try (JsonParser p = FACTORY.createParser(doc)) {
      return ModelCodec.LEDGER.readFast(p);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return null;
    }
  }

  @Provide
  Arbitrary<Ledger> ledgers() {
    return ValuexArbitraries.ledgers();
  }

  @Provide
  Arbitrary<String> brokenDocuments() {
    Arbitrary<String> docs = ValuexArbitraries.ledgers().map(JSON::toJson);
    Arbitrary<String> pieces = Arbitraries.of("\"", ",", ":", "{", "}", "[", "]", " ", "null",
        "1", "1.5", "\"x\"", "\"out\"", "\"OUT\"", "\"2026-02-30\"", "\"note\":\"n\",",
        "\"importance\":9,", "\"side\":\"in\",", "");
    return Combinators.combine(docs, Arbitraries.doubles().between(0, 1),
            Arbitraries.integers().between(0, 3), pieces)
        .as((doc, where, cut, piece) -> {
          int at = (int) (where * doc.length());
          return doc.substring(0, at) + piece + doc.substring(Math.min(doc.length(), at + cut));
        });
  }
}
