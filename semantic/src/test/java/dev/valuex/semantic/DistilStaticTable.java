package dev.valuex.semantic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.valuex.semantic.internal.Encoder;
import dev.valuex.semantic.internal.StaticTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Distils the bundled static token table ({@code static-tokens.bin}) from the sentence embedding
 * model: for every ASCII token of the model's WordPiece vocabulary (special and unused tokens
 * left out) the model's sentence vector of {@code [CLS] token [SEP]}, quantised to {@code int8}
 * with a scale per row. Run with
 * {@code nice ./mvnw -B -o -q -pl semantic -am test-compile -Pdistil-static} (a few minutes of
 * CPU on two cores); {@code StaticTableTest} checks that a sample of the shipped rows is what
 * this computes.
 */
public final class DistilStaticTable {

  private DistilStaticTable() {}

  /** Where the resource lives in the source tree, relative to the semantic module. */
  static final Path RESOURCE = Path.of("src/main/resources" + StaticTable.RESOURCE);

  /** The [CLS] and [SEP] token ids every model input starts and ends with. */
  static final long CLS = 101;
  static final long SEP = 102;

  /** The vocabulary: its size and the ids of the tokens that get a row, in id order. */
  record Vocabulary(int size, int[] ids) {}

  /** Reads the model's WordPiece vocabulary and picks the tokens that get a row. */
  static Vocabulary vocabulary() {
    try (InputStream in = Encoder.tokenizerFile()) {
      JsonNode vocab = new ObjectMapper().readTree(in).path("model").path("vocab");
      List<Integer> ids = new ArrayList<>();
      int size = 0;
      for (Map.Entry<String, JsonNode> e : vocab.properties()) {
        int id = e.getValue().asInt();
        size = Math.max(size, id + 1);
        if (kept(e.getKey())) {
          ids.add(id);
        }
      }
      return new Vocabulary(size, ids.stream().mapToInt(Integer::intValue).sorted().toArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Tells whether a token gets a row: ASCII, and neither special ([CLS]) nor unused. */
  static boolean kept(String token) {
    return !token.isEmpty() && token.chars().allMatch(c -> c < 128)
        && !(token.startsWith("[") && token.endsWith("]"));
  }

  /** Returns the model's vector of one token alone, as the table stores it before quantising. */
  static float[] tokenVector(int id) {
    return Encoder.embedTokens(new long[] {CLS, id, SEP});
  }

  /** Computes the table: every kept token's vector, quantised. */
  static StaticTable distil() {
    Vocabulary v = vocabulary();
    float[][] vectors = new float[v.ids().length][];
    IntStream.range(0, vectors.length).parallel()
        .forEach(r -> vectors[r] = tokenVector(v.ids()[r]));
    return StaticTable.quantise(Encoder.MODEL_NAME, v.size(), v.ids(), List.of(vectors));
  }

  /**
   * Distils the table and writes it to the module's resources (or to the path given).
   *
   * @param args optionally the file to write
   */
  public static void main(String[] args) {
    Path target = args.length > 0 ? Path.of(args[0]) : RESOURCE;
    long start = System.nanoTime();
    StaticTable table = distil();
    try {
      Files.createDirectories(target.toAbsolutePath().getParent());
      try (OutputStream out = Files.newOutputStream(target)) {
        table.write(out);
      }
      System.out.printf(Locale.ROOT, "wrote %s: %d tokens of %d dimensions from %s, %.1f MB,"
          + " in %.0f s%n", target, table.size(), table.dimension(), table.model(),
          Files.size(target) / 1e6, (System.nanoTime() - start) / 1e9);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
