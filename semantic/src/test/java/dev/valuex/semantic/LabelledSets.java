package dev.valuex.semantic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the labelled statement sets of the test resources. */
final class LabelledSets {

  private LabelledSets() {}

  /** A statement and the id of the card it is labelled with. */
  record Labelled(String id, String statement) {}

  static List<Labelled> read(String resource) {
    List<Labelled> out = new ArrayList<>();
    try (InputStream in = LabelledSets.class.getResourceAsStream("/" + resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(
            java.util.Objects.requireNonNull(in, resource), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", 2);
        out.add(new Labelled(parts[0], parts[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
