package dev.valuex.catalog.internal;

import com.google.common.collect.ImmutableList;
import dev.valuex.catalog.Catalog;
import dev.valuex.catalog.Deck;
import dev.valuex.core.ElementId;
import dev.valuex.core.Perspective;
import dev.valuex.core.Provenance;
import dev.valuex.core.Side;
import dev.valuex.core.ValueElement;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;

/**
 * A compact binary copy of the bundled decks, written at build time beside the JSON decks, so
 * that the first {@link Catalog#defaults()} in a JVM builds the cards without loading a JSON
 * parser. The JSON decks stay the source: the index records a checksum of each, and {@link
 * BundledDecks} reads the JSON instead whenever the index is missing, of another version, or
 * made from other bytes (for example after a deck was edited and only the sources recompiled).
 * Every card and deck is still built through its builder, so every model rule is checked again.
 *
 * <p>Format ({@link DataOutputStream} primitives, strings as modified UTF-8): the magic
 * {@code VXDI}, the format version, the number of decks, then per deck its resource name, the
 * CRC-32 of its JSON bytes, and its fields and cards in declaration order; a list is its size
 * followed by its items; an optional value is a boolean followed by the value when present.
 */
public final class BundledIndex {
  /** The resource name of the index, beside {@link Catalog}. */
  public static final String RESOURCE = "bundled-decks.idx";

  private static final int MAGIC = 0x56584449; // "VXDI"
  private static final int VERSION = 1;

  private BundledIndex() {}

  /**
   * Writes the index of the bundled decks into a class output directory; run by the build.
   *
   * @param args one argument: the class output directory (e.g. {@code target/classes})
   * @throws IOException if a deck cannot be read or the index cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("Usage: BundledIndex <class output directory>");
    }
    Path dir = Path.of(args[0]).resolve(Catalog.class.getPackageName().replace('.', '/'));
    Path target = dir.resolve(RESOURCE);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
      write(dir, out);
    }
  }

  /**
   * Reads the bundled JSON decks from a directory and writes their index.
   *
   * @param dir the directory holding the bundled deck resources, not null
   * @param out where to write, not null; flushed, not closed
   * @throws IOException if a deck cannot be read or writing fails
   */
  static void write(Path dir, OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(MAGIC);
    data.writeInt(VERSION);
    data.writeInt(BundledDecks.RESOURCES.size());
    for (String name : BundledDecks.RESOURCES) {
      byte[] bytes = Files.readAllBytes(dir.resolve(name));
      Deck deck;
      try (InputStream in = new ByteArrayInputStream(bytes)) {
        deck = DeckCodec.read(in, name);
      }
      data.writeUTF(name);
      data.writeLong(crc(bytes));
      writeDeck(deck, data);
    }
    data.flush();
  }

  /**
   * Reads the bundled decks from the index, if it is present, of this version and made from
   * the JSON decks that ship beside it.
   *
   * @return the decks in layering order, or empty when the JSON decks must be read instead
   * @throws IOException if a resource cannot be read
   */
  static Optional<ImmutableList<Deck>> read() throws IOException {
    return read(new Resources());
  }

  /**
   * Reads the decks from an index, if it is present, of this version and made from the JSON
   * decks that the same resources hold.
   *
   * @param resources where the index and the JSON decks are, not null
   * @return the decks in layering order, or empty when the JSON decks must be read instead
   * @throws IOException if a resource cannot be read
   */
  static Optional<ImmutableList<Deck>> read(Resources resources) throws IOException {
    try (InputStream raw = resources.open(RESOURCE)) {
      if (raw == null) {
        return Optional.empty();
      }
      DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
      if (in.readInt() != MAGIC || in.readInt() != VERSION
          || in.readInt() != BundledDecks.RESOURCES.size()) {
        return Optional.empty();
      }
      ImmutableList.Builder<Deck> decks = ImmutableList.builder();
      for (String name : BundledDecks.RESOURCES) {
        if (!in.readUTF().equals(name) || in.readLong() != crcOf(resources, name)) {
          return Optional.empty();
        }
        decks.add(readDeck(in));
      }
      return Optional.of(decks.build());
    }
  }

  private static long crcOf(Resources resources, String name) throws IOException {
    try (InputStream in = resources.open(name)) {
      if (in == null) {
        return -1;
      }
      return crc(in.readAllBytes());
    }
  }

  /** Opens the resources beside {@link Catalog}; tests open other directories. */
  static class Resources {
    /**
     * Opens a resource.
     *
     * @param name the resource name, not null
     * @return the stream, or null when there is no such resource
     * @throws IOException if it cannot be opened
     */
    @Nullable InputStream open(String name) throws IOException {
      return Catalog.class.getResourceAsStream(name);
    }
  }

  private static long crc(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return crc.getValue();
  }

  private static void writeDeck(Deck deck, DataOutputStream out) throws IOException {
    out.writeUTF(deck.name());
    out.writeUTF(deck.perspective().name());
    out.writeUTF(deck.title());
    writeStrings(deck.categories(), out);
    out.writeInt(deck.overrides().size());
    for (ElementId id : deck.overrides()) {
      out.writeUTF(id.toString());
    }
    out.writeInt(deck.aliases().size());
    for (Map.Entry<String, ElementId> alias : deck.aliases().entrySet()) {
      out.writeUTF(alias.getKey());
      out.writeUTF(alias.getValue().toString());
    }
    out.writeInt(deck.cards().size());
    for (ValueElement card : deck.cards()) {
      out.writeUTF(card.id().toString());
      out.writeUTF(card.name());
      out.writeUTF(card.shortPhrase());
      out.writeUTF(card.sentence());
      out.writeUTF(card.perspective().name());
      out.writeUTF(card.category());
      out.writeBoolean(card.typicalSide().isPresent());
      if (card.typicalSide().isPresent()) {
        out.writeUTF(card.typicalSide().get().name());
      }
      writeStrings(card.keywords().asList(), out);
      writeStrings(card.exampleStatements(), out);
      writeStrings(card.exampleMeasures(), out);
      out.writeUTF(card.provenance().kind().name());
      out.writeBoolean(card.provenance().source().isPresent());
      if (card.provenance().source().isPresent()) {
        out.writeUTF(card.provenance().source().get());
      }
    }
  }

  private static Deck readDeck(DataInputStream in) throws IOException {
    Deck.Builder deck = Deck.builder()
        .name(in.readUTF())
        .perspective(Perspective.valueOf(in.readUTF()))
        .title(in.readUTF())
        .addCategories(readStrings(in));
    for (int i = in.readInt(); i > 0; i--) {
      deck.addOverride(ElementId.parse(in.readUTF()));
    }
    for (int i = in.readInt(); i > 0; i--) {
      deck.putAlias(in.readUTF(), ElementId.parse(in.readUTF()));
    }
    for (int i = in.readInt(); i > 0; i--) {
      ValueElement.Builder card = ValueElement.builder()
          .id(ElementId.parse(in.readUTF()))
          .name(in.readUTF())
          .shortPhrase(in.readUTF())
          .sentence(in.readUTF())
          .perspective(Perspective.valueOf(in.readUTF()))
          .category(in.readUTF());
      if (in.readBoolean()) {
        card.typicalSide(Side.valueOf(in.readUTF()));
      }
      card.addKeywords(readStrings(in))
          .addExampleStatements(readStrings(in))
          .addExampleMeasures(readStrings(in));
      Provenance.Kind kind = Provenance.Kind.valueOf(in.readUTF());
      card.provenance(in.readBoolean() ? Provenance.of(kind, in.readUTF()) : Provenance.of(kind));
      deck.addCard(card.build());
    }
    return deck.build();
  }

  private static void writeStrings(List<String> strings, DataOutputStream out)
      throws IOException {
    out.writeInt(strings.size());
    for (String s : strings) {
      out.writeUTF(s);
    }
  }

  private static String[] readStrings(DataInputStream in) throws IOException {
    String[] strings = new String[in.readInt()];
    for (int i = 0; i < strings.length; i++) {
      strings[i] = in.readUTF();
    }
    return strings;
  }
}
