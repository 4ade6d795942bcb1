package dev.valuex.catalog.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableSet;
import dev.valuex.catalog.Deck;
import dev.valuex.core.ElementId;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Perspective;
import dev.valuex.core.Problem;
import dev.valuex.core.Provenance;
import dev.valuex.core.Side;
import dev.valuex.core.ValueElement;
import dev.valuex.core.ValuexFormatException;
import dev.valuex.core.internal.NameKeys;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads deck files in the {@value #FORMAT} format with Jackson's streaming API ({@link
 * DeckWriter} writes them). The reader builds a small tree that remembers where each value
 * stood, validates it field by field, and reports every problem at its JSON pointer, line and
 * column.
 */
public final class DeckCodec {
  /** The format tag every deck file starts with. */
  public static final String FORMAT = "valuex.deck/1";

  static final JsonFactory JSON = new JsonFactory();
  private static final Pattern DECK_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Set<String> DECK_FIELDS = ImmutableSet.of(
      "format", "deck", "perspective", "title", "categories", "overrides", "cards");
  private static final Set<String> CARD_FIELDS = ImmutableSet.of(
      "id", "name", "short_phrase", "sentence", "typical_side", "category", "aliases", "keywords",
      "example_statements", "example_measures", "provenance");
  private static final Set<String> PROVENANCE_FIELDS = ImmutableSet.of("kind", "source");
  private static final Object NULL = new Object();

  private DeckCodec() {}

  /** A parsed JSON value with the place it was read from. */
  private record Node(Object value, String pointer, int line, int column) {
    @SuppressWarnings("unchecked")
    Map<String, Node> object() {
      return (Map<String, Node>) value;
    }

    @SuppressWarnings("unchecked")
    List<Node> array() {
      return (List<Node>) value;
    }

    boolean isObject() {
      return value instanceof Map;
    }

    boolean isArray() {
      return value instanceof List;
    }

    String describe() {
      if (value instanceof String s) {
        return "'" + (s.length() > 60 ? s.substring(0, 57) + "..." : s) + "'";
      } else if (isObject()) {
        return "an object";
      } else if (isArray()) {
        return "an array";
      } else if (value == NULL) {
        return "null";
      }
      return String.valueOf(value);
    }
  }

  /** Collects problems for one source. */
  private static final class Problems {
    final List<Problem> list = new ArrayList<>();

    void add(Node at, String message) {
      list.add(located(at.pointer(), at.line(), at.column(), message));
    }
  }

  /**
   * Reads one deck, validating everything before returning it.
   *
   * @param in the JSON text, not null; not closed
   * @param source a name for the input used in messages, e.g. the file name, not null
   * @return the deck, never null
   * @throws ValuexFormatException listing every problem, each with its location
   * @throws UncheckedIOException if reading fails
   */
  public static Deck read(InputStream in, String source) {
    Node root;
    try (JsonParser p = JSON.createParser(in)) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      Problems problems = new Problems();
      if (p.nextToken() == null) {
        throw ValuexFormatException.of(source,
            List.of(Problem.at("", "must be a deck object, got nothing")));
      }
      root = parse(p, "", problems);
      if (p.nextToken() != null) {
        JsonLocation l = p.currentTokenLocation();
        problems.list.add(located("", l.getLineNr(), l.getColumnNr(),
            "must hold one deck, got more content"));
      }
      Optional<Deck> deck = deck(root, problems);
      if (!problems.list.isEmpty() || deck.isEmpty()) {
        throw ValuexFormatException.of(source, problems.list);
      }
      return deck.get();
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      String pointer = e.getProcessor() instanceof JsonParser jp
          ? jp.getParsingContext().pathAsPointer().toString() : "";
      String message = "must be well-formed JSON, got " + e.getOriginalMessage();
      throw ValuexFormatException.of(source, List.of(l == null || l.getLineNr() < 1
          ? Problem.at(pointer, message)
          : located(pointer, l.getLineNr(), l.getColumnNr(), message)));
    } catch (CharConversionException e) {
      // Jackson detects the encoding (UTF-8, -16 or -32) from the first bytes; bytes that do
      // not decode in it are a problem of the document, not of reading it.
      throw ValuexFormatException.of(source,
          List.of(Problem.at("", "must be well-formed JSON, got " + e.getMessage())));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read deck " + source, e);
    }
  }

  private static Problem located(String pointer, int line, int column, String message) {
    Problem.Builder b = Problem.builder().pointer(pointer).message(message);
    if (line > 0 && column > 0) {
      b.line(line).column(column);
    }
    return b.build();
  }

  private static Node parse(JsonParser p, String pointer, Problems problems) throws IOException {
    JsonLocation l = p.currentTokenLocation();
    int line = l.getLineNr();
    int column = l.getColumnNr();
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        Map<String, Node> fields = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          Node child = parse(p, pointer + "/" + escape(name), problems);
          if (fields.putIfAbsent(name, child) != null) {
            problems.add(child, "must appear once, got a second '" + name + "'");
          }
        }
        return new Node(fields, pointer, line, column);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(parse(p, pointer + "/" + items.size(), problems));
        }
        return new Node(items, pointer, line, column);
      }
      case VALUE_STRING -> {
        return new Node(p.getText(), pointer, line, column);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new Node(p.getNumberValue(), pointer, line, column);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new Node(p.getBooleanValue(), pointer, line, column);
      }
      default -> {
        return new Node(NULL, pointer, line, column);
      }
    }
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static Optional<Deck> deck(Node root, Problems problems) {
    if (!root.isObject()) {
      problems.add(root, "must be a deck object, got " + root.describe());
      return Optional.empty();
    }
    Map<String, Node> fields = root.object();
    unknownFields(root, DECK_FIELDS, problems);
    Optional<String> format = text(root, "format", true, problems);
    if (format.isPresent() && !format.get().equals(FORMAT)) {
      problems.add(fields.get("format"), "must be '" + FORMAT + "' (the version this reader "
          + "reads), got " + fields.get("format").describe());
      return Optional.empty();
    }
    Optional<String> name = text(root, "deck", true, problems);
    if (name.isPresent() && !DECK_NAME.matcher(name.get()).matches()) {
      problems.add(fields.get("deck"),
          "must be lower-case letters or digits in words joined by single hyphens, got "
              + fields.get("deck").describe());
      name = Optional.empty();
    }
    Optional<Perspective> perspective =
        enumValue(root, "perspective", Perspective.class, true, problems);
    Optional<String> title = text(root, "title", true, problems);
    List<String> categories = texts(root, "categories", false, problems);
    Set<ElementId> overrides = new HashSet<>();
    for (Node o : items(root, "overrides", false, problems)) {
      Optional<ElementId> id = elementId(o, problems);
      if (id.isPresent() && !overrides.add(id.get())) {
        problems.add(o, "must list each id once, got a second '" + id.get() + "'");
      }
    }
    List<Node> cardNodes = items(root, "cards", true, problems);

    List<ValueElement> cards = new ArrayList<>();
    Map<String, ElementId> aliases = new LinkedHashMap<>();
    Map<ElementId, Node> seenIds = new HashMap<>();
    Map<String, ElementId> seenNames = new HashMap<>();
    for (Node c : cardNodes) {
      Optional<ValueElement> card = card(c, perspective, problems);
      if (card.isEmpty()) {
        continue;
      }
      ValueElement e = card.get();
      Node at = c.object().get("id");
      if (seenIds.putIfAbsent(e.id(), c) != null) {
        problems.add(at, "must be unique in the deck, got a second '" + e.id() + "'");
        continue;
      }
      if (name.isPresent() && !e.id().deck().equals(name.get()) && !overrides.contains(e.id())) {
        problems.add(at, "must be in deck '" + name.get() + "' or be listed in overrides, got '"
            + e.id() + "'");
      }
      if (!categories.isEmpty() && !categories.contains(e.category())) {
        problems.add(c.object().get("category"),
            "must be one of the deck's categories " + categories + ", got '" + e.category() + "'");
      }
      nameOnce(c.object().get("name"), e.name(), e.id(), seenNames, problems);
      for (Node a : items(c, "aliases", false, problems)) {
        if (a.value() instanceof String alias) {
          if (NameKeys.key(alias).isEmpty()) {
            problems.add(a, "must contain a letter or digit, got " + a.describe());
          } else if (nameOnce(a, alias, e.id(), seenNames, problems)) {
            aliases.put(alias, e.id());
          }
        }
      }
      cards.add(e);
    }
    for (ElementId o : overrides) {
      if (!seenIds.containsKey(o)) {
        problems.add(fields.get("overrides"), "must name cards of this deck, got '" + o + "'");
      }
    }
    if (!problems.list.isEmpty() || name.isEmpty() || perspective.isEmpty() || title.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Deck.builder()
          .name(name.get())
          .perspective(perspective.get())
          .title(title.get())
          .addAllCategories(categories)
          .addAllOverrides(overrides)
          .putAllAliases(aliases)
          .addAllCards(cards)
          .build());
    } catch (InvalidValueException e) {
      problems.add(root, e.getMessage());
      return Optional.empty();
    }
  }

  private static boolean nameOnce(Node at, String name, ElementId id,
      Map<String, ElementId> seen, Problems problems) {
    ElementId before = seen.putIfAbsent(NameKeys.key(name), id);
    if (before != null && !before.equals(id)) {
      problems.add(at, "must differ from the names and aliases of " + before
          + " (ignoring case, spaces and punctuation), got '" + name + "'");
      return false;
    }
    return true;
  }

  private static Optional<ValueElement> card(
      Node c, Optional<Perspective> perspective, Problems problems) {
    if (!c.isObject()) {
      problems.add(c, "must be a card object, got " + c.describe());
      return Optional.empty();
    }
    int before = problems.list.size();
    unknownFields(c, CARD_FIELDS, problems);
    Node idNode = c.object().get("id");
    Optional<ElementId> id = idNode == null ? Optional.empty() : elementId(idNode, problems);
    if (!c.object().containsKey("id")) {
      problems.add(c, "must have the field 'id'");
    }
    Optional<String> name = text(c, "name", true, problems);
    Optional<String> phrase = text(c, "short_phrase", true, problems);
    Optional<String> sentence = text(c, "sentence", true, problems);
    Optional<String> category = text(c, "category", true, problems);
    Optional<Side> side = enumValue(c, "typical_side", Side.class, false, problems);
    List<String> keywords = texts(c, "keywords", false, problems);
    List<String> statements = texts(c, "example_statements", false, problems);
    List<String> measures = texts(c, "example_measures", false, problems);
    Optional<Provenance> provenance = provenance(c, problems);
    Set<String> distinct = new HashSet<>();
    for (String k : keywords) {
      if (!distinct.add(k.toLowerCase(Locale.ROOT))) {
        problems.add(c.object().get("keywords"), "must list each keyword once, got a second '"
            + k + "'");
      }
    }
    if (problems.list.size() > before || perspective.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ValueElement.builder()
          .id(id.orElseThrow())
          .name(name.orElseThrow())
          .shortPhrase(phrase.orElseThrow())
          .sentence(sentence.orElseThrow())
          .perspective(perspective.get())
          .category(category.orElseThrow())
          .typicalSide(side)
          .addAllKeywords(keywords)
          .addAllExampleStatements(statements)
          .addAllExampleMeasures(measures)
          .provenance(provenance.orElse(Provenance.custom()))
          .build());
    } catch (InvalidValueException e) {
      problems.add(c, e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<Provenance> provenance(Node card, Problems problems) {
    Node p = card.object().get("provenance");
    if (p == null) {
      return Optional.empty();
    }
    if (!p.isObject()) {
      problems.add(p, "must be an object with 'kind' and optional 'source', got "
          + p.describe());
      return Optional.empty();
    }
    unknownFields(p, PROVENANCE_FIELDS, problems);
    Optional<Provenance.Kind> kind = enumValue(p, "kind", Provenance.Kind.class, true, problems);
    Optional<String> source = text(p, "source", false, problems);
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(source.isPresent()
          ? Provenance.of(kind.get(), source.get()) : Provenance.of(kind.get()));
    } catch (InvalidValueException e) {
      problems.add(p, e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<ElementId> elementId(Node n, Problems problems) {
    if (!(n.value() instanceof String s)) {
      problems.add(n, "must be an element id '<deck>.<slug>', got " + n.describe());
      return Optional.empty();
    }
    try {
      return Optional.of(ElementId.parse(s));
    } catch (InvalidValueException e) {
      problems.add(n, e.getMessage());
      return Optional.empty();
    }
  }

  private static void unknownFields(Node object, Set<String> allowed, Problems problems) {
    for (Map.Entry<String, Node> f : object.object().entrySet()) {
      if (!allowed.contains(f.getKey())) {
        problems.add(f.getValue(), "is not a known field (known: "
            + String.join(", ", allowed) + ")");
      }
    }
  }

  private static Optional<String> text(
      Node object, String field, boolean required, Problems problems) {
    Node n = object.object().get(field);
    if (n == null) {
      if (required) {
        problems.add(object, "must have the field '" + field + "'");
      }
      return Optional.empty();
    }
    if (!(n.value() instanceof String s)) {
      problems.add(n, "must be text, got " + n.describe());
      return Optional.empty();
    }
    if (s.isBlank() || !s.strip().equals(s)) {
      problems.add(n, "must be text without leading or trailing white space, got "
          + n.describe());
      return Optional.empty();
    }
    return Optional.of(s);
  }

  /**
   * Returns how a deck document spells an enum value: its name in lower case, e.g. {@code
   * business_owner}, as every valuex document does.
   *
   * @param value the value
   * @return the token
   */
  static String token(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static <E extends Enum<E>> Optional<E> enumValue(
      Node object, String field, Class<E> type, boolean required, Problems problems) {
    Optional<String> text = text(object, field, required, problems);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    for (E e : type.getEnumConstants()) {
      if (token(e).equals(text.get())) {
        return Optional.of(e);
      }
    }
    problems.add(object.object().get(field), "must be one of "
        + Arrays.stream(type.getEnumConstants()).map(DeckCodec::token)
            .collect(Collectors.joining(", ")) + ", got '" + text.get() + "'");
    return Optional.empty();
  }

  private static List<Node> items(
      Node object, String field, boolean required, Problems problems) {
    Node n = object.object().get(field);
    if (n == null) {
      if (required) {
        problems.add(object, "must have the field '" + field + "'");
      }
      return List.of();
    }
    if (!n.isArray()) {
      problems.add(n, "must be an array, got " + n.describe());
      return List.of();
    }
    return n.array();
  }

  private static List<String> texts(
      Node object, String field, boolean required, Problems problems) {
    List<String> out = new ArrayList<>();
    for (Node item : items(object, field, required, problems)) {
      if (!(item.value() instanceof String s) || s.isBlank() || !s.strip().equals(s)) {
        problems.add(item, "must be text without leading or trailing white space, got "
            + item.describe());
      } else {
        out.add(s);
      }
    }
    return out;
  }
}
