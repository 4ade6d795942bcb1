package dev.valuex.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.valuex.catalog.Catalog;
import dev.valuex.catalog.Deck;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledIndexTest {

  @Test
  void theShippedIndexHoldsExactlyTheDecksParsedFromJson() throws IOException {
    Optional<ImmutableList<Deck>> indexed = BundledIndex.read();

    assertTrue(indexed.isPresent(), "the build writes " + BundledIndex.RESOURCE);
    assertEquals(BundledDecks.parse(), indexed.get());
  }

  @Test
  void theDefaultCatalogHasTheSameCardsWhetherReadFromIndexOrJson() {
    Catalog fromJson = Catalog.of(BundledDecks.parse());

    assertEquals(fromJson.elements(), Catalog.loadDefaults().elements());
    assertEquals(fromJson.decks(), Catalog.loadDefaults().decks());
  }

  @Test
  void anIndexIsIgnoredOnceADeckIsEditedAfterIt(@TempDir Path dir) throws IOException {
    Path decks = copyBundledDecks(dir);
    writeIndex(decks);
    assertTrue(BundledIndex.read(in(decks)).isPresent());

    Path customer = decks.resolve("customer.deck.json");
    String edited = Files.readString(customer, StandardCharsets.UTF_8)
        .replaceFirst("\"title\": \"[^\"]*\"", "\"title\": \"Edited after the index\"");
    Files.writeString(customer, edited, StandardCharsets.UTF_8);

    assertEquals(Optional.empty(), BundledIndex.read(in(decks)));
  }

  @Test
  void aMissingOrForeignIndexIsIgnored(@TempDir Path dir) throws IOException {
    Path decks = copyBundledDecks(dir);
    assertEquals(Optional.empty(), BundledIndex.read(in(decks)));

    Files.write(decks.resolve(BundledIndex.RESOURCE), new byte[] {'V', 'X', 'D', 'I', 0, 0, 0, 9});
    assertEquals(Optional.empty(), BundledIndex.read(in(decks)));
  }

  private static Path copyBundledDecks(Path dir) throws IOException {
    for (String name : BundledDecks.RESOURCES) {
      try (InputStream in = Catalog.class.getResourceAsStream(name)) {
        Files.write(dir.resolve(name), in.readAllBytes());
      }
    }
    return dir;
  }

  private static void writeIndex(Path dir) throws IOException {
    try (OutputStream out = Files.newOutputStream(dir.resolve(BundledIndex.RESOURCE))) {
      BundledIndex.write(dir, out);
    }
  }

  private static BundledIndex.Resources in(Path dir) {
    return new BundledIndex.Resources() {
      @Override
      @Nullable InputStream open(String name) throws IOException {
        Path file = dir.resolve(name);
        return Files.exists(file) ? Files.newInputStream(file) : null;
      }
    };
  }
}
