package dev.valuex.interchange.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Problem;
import dev.valuex.core.internal.Checks;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The one statement of a JSON object's shape: its format marker (for documents), its fields in
 * the order they are written, and for each field its name, whether it is required, its
 * {@link Codec} and where it lives in the model (getter and builder call). Everything else is
 * derived from it: the writer, the tree reader that reports every problem at its JSON pointer,
 * the fast reader that goes straight from the parser's tokens to the builder, and the test that
 * holds the shipped JSON schema to the same fields, required set and tokens.
 *
 * <p>Jackson's own data binding cannot be used for reading here: the builders of the model's
 * value types are declared in package-private generated classes, which Jackson cannot call on
 * the module path without {@code dev.valuex.core} opening its packages to it (and core does not
 * know Jackson).
 *
 * <p>Adding an optional field to a document means one line here (plus the model, the schema
 * and the generator in valuex-testing).
 */
public final class Shape<T, B> {
  private final String what;
  private final String markerName;
  private final @Nullable String format;
  private final @Nullable String whenMarkerMissing;
  private final Map<String, String> renamed;
  private final String renamedBy;
  private final Supplier<B> builder;
  private final Function<B, T> build;
  private final List<Field<T, B, ?>> fields;
  private final Field<T, B, ?>[] byPosition;
  /** The fields that are sets, whose repeats the fast reader finds after building. */
  private final Field<T, B, ?>[] sets;
  private final Map<String, Integer> index = new HashMap<>();
  private final long required;

  @SuppressWarnings("unchecked")
  private Shape(Builder<T, B> b) {
    this.what = b.what;
    this.markerName = b.markerName;
    this.format = b.format;
    this.whenMarkerMissing = b.whenMarkerMissing;
    this.renamed = Map.copyOf(b.renamed);
    this.renamedBy = b.renamedBy;
    List<Field<T, B, ?>> fields = b.fields;
    this.builder = b.builder;
    this.build = b.build;
    this.fields = List.copyOf(fields);
    this.byPosition = (Field<T, B, ?>[]) fields.toArray(new Field<?, ?, ?>[0]);
    this.sets = (Field<T, B, ?>[]) fields.stream()
        .filter(f -> f.cardinality == Cardinality.SET).toArray(Field<?, ?, ?>[]::new);
    long req = 0;
    for (int i = 0; i < fields.size(); i++) {
      index.put(fields.get(i).name, i);
      if (fields.get(i).required) {
        req |= 1L << i;
      }
    }
    this.required = req;
  }

  /**
   * Starts describing an object.
   *
   * @param what what the object is, for messages, e.g. {@code a ledger entry}
   */
  public static <T, B> Builder<T, B> of(String what, Supplier<B> builder,
      Function<B, T> build) {
    return new Builder<>(what, builder, build);
  }

  /**
   * Starts describing an object whose model type is made by a factory rather than a builder:
   * the fields' values are collected by name in {@link Parts}, and {@code build} calls the
   * factory with them. Fields are then added without a builder call.
   *
   * @param what what the object is, for messages, e.g. {@code a rating scale}
   */
  public static <T> Builder<T, Parts> of(String what, Function<Parts, T> build) {
    return new Builder<>(what, Parts::new, build);
  }

  /** The values of a factory-made object's fields while it is read, by field name. */
  public static final class Parts {
    private final Map<String, Object> values = new HashMap<>();

    private Parts() {}

    /**
     * Returns the value of a field that was read.
     *
     * @throws IllegalStateException if the field was not read
     */
    @SuppressWarnings("unchecked")
    public <V> V get(String name) {
      Object v = values.get(name);
      if (v == null) {
        throw new IllegalStateException("Shape: field " + name + " was not read");
      }
      return (V) v;
    }

    /** Returns the value of an optional field, if it was present. */
    @SuppressWarnings("unchecked")
    public <V> Optional<V> find(String name) {
      return Optional.ofNullable((V) values.get(name));
    }

    /** Returns the items of an array field, empty when it was absent. */
    @SuppressWarnings("unchecked")
    public <V> List<V> list(String name) {
      Object v = values.get(name);
      return v == null ? List.of() : (List<V>) v;
    }

    /** Returns the value of an optional whole-number field, or a default when it was absent. */
    public long whole(String name, long absent) {
      Object v = values.get(name);
      return v == null ? absent : (Long) v;
    }
  }

  /**
   * Returns what the object is, for messages.
   *
   * @return e.g. {@code a ledger entry}
   */
  public String what() {
    return what;
  }

  /**
   * Returns the marker of the object, if it has one: the format of a document, or the kind of
   * one variant among several (see {@link #variants}).
   *
   * @return the marker, e.g. {@code valuex.ledger/1} or {@code weighted-ratio}
   */
  public Optional<String> format() {
    return Optional.ofNullable(format);
  }

  /**
   * Returns the name of the field that holds the marker.
   *
   * @return {@code format} for documents, else the name a variant's marker is given
   */
  public String markerName() {
    return markerName;
  }

  /** Returns the fields in the order they are written. */
  public List<Field<T, B, ?>> fields() {
    return fields;
  }

  /** Returns this shape as the codec of an object-valued field. */
  public Codec<T> codec() {
    return new ObjectCodec<>(this);
  }

  /** Writes a value as a JSON object. */
  public void write(JsonGenerator g, T value) throws IOException {
    g.writeStartObject();
    if (format != null) {
      g.writeStringField(markerName, format);
    }
    for (Field<T, B, ?> f : byPosition) {
      f.write(g, value);
    }
    g.writeEndObject();
  }

  /**
   * Reads a value from a tree, recording every problem at its JSON pointer: a missing or wrong
   * format marker, each field that is missing, of another type or breaks a rule of its own,
   * unknown fields (unless the problems are lenient), and, when all fields were fine, the model
   * rule the whole value breaks, at the field or item it names.
   */
  public Optional<T> read(JsonNode node, String at, Problems problems) {
    if (!node.isObject()) {
      problems.add(at, "must be " + what + " (a JSON object), got " + show(node));
      return Optional.empty();
    }
    int before = problems.count();
    int known = 0;
    if (format != null) {
      JsonNode v = node.get(markerName);
      if (v == null) {
        problems.add(child(at, markerName), whenMarkerMissing == null
            ? "must be present, got nothing"
            : "must be \"" + format + "\", got nothing" + whenMarkerMissing);
      } else {
        known++;
        if (!v.isTextual() || !v.textValue().equals(format)) {
          problems.add(child(at, markerName), "must be \"" + format + "\", got " + show(v));
        }
      }
    }
    B b = builder.get();
    for (Field<T, B, ?> field : byPosition) {
      if (field.read(node, at, problems, b)) {
        known++;
      }
    }
    if (!problems.lenient() && known != node.size()) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!index.containsKey(name) && (format == null || !name.equals(markerName))) {
          String now = renamed.get(name);
          problems.add(child(at, name), "must be a field of " + what + " (" + names()
              + "), got unknown field" + (now != null && index.containsKey(now)
                  ? "; " + renamedBy + " calls it " + now : ""));
        }
      }
    }
    if (problems.count() != before) {
      return Optional.empty();
    }
    try {
      return Optional.of(build.apply(b));
    } catch (InvalidValueException e) {
      problems.add(locate(node, at, e));
      return Optional.empty();
    }
  }

  /** The names of the object's fields in the order they are written, for messages. */
  private String names() {
    StringBuilder s = new StringBuilder(format == null ? "" : markerName);
    for (Field<T, B, ?> f : byPosition) {
      s.append(s.length() == 0 ? "" : ", ").append(f.name);
    }
    return s.toString();
  }

  /**
   * Places a broken model rule at the field or item it names, else at the object with the
   * whole message.
   */
  private Problem locate(JsonNode node, String at, InvalidValueException e) {
    if (e.path().isPresent()) {
      StringBuilder ptr = new StringBuilder();
      for (String part : e.path().get().split("/", -1)) {
        ptr.append('/');
        for (char c : part.toCharArray()) {
          if (Character.isUpperCase(c)) {
            ptr.append('_').append(Character.toLowerCase(c));
          } else {
            ptr.append(c);
          }
        }
      }
      // A field of this object is named even when absent (an array read as empty); anything
      // else only when the document has it.
      if (!node.at(ptr.toString()).isMissingNode() || index.containsKey(ptr.substring(1))) {
        return Problem.at(at + ptr, e.rule());
      }
    }
    return Problem.at(at, e.getMessage());
  }

  /**
   * Reads a whole document straight from the parser's tokens, giving up (null) at the first
   * thing the strict tree reader would report: an unknown or repeated field, a value of another
   * type, a missing required field, a broken rule. The caller then reads the document through
   * the tree, which words every problem; so what a reader reports is the same either way.
   *
   * @param p the parser, positioned before the document's first token
   * @return the value, or null when the document must be read through the tree
   * @throws IOException if the parser fails (malformed JSON, limits), also a reason to fall
   *     back, which the caller handles
   */
  public @Nullable T readFast(JsonParser p) throws IOException {
    try {
      T value = stream(p, p.nextToken());
      return p.nextToken() == null ? value : null;
    } catch (GiveUp | InvalidValueException | IllegalStateException e) {
      // IllegalStateException: a builder missing a required attribute; the tree words it.
      return null;
    }
  }

  private T stream(JsonParser p, @Nullable JsonToken token) throws IOException, GiveUp {
    expect(token, JsonToken.START_OBJECT);
    B b = builder.get();
    long seen = 0;
    long setItems = 0;
    boolean formatSeen = format == null;
    int next = 0;
    while (true) {
      int i;
      JsonToken t;
      // The field expected next is matched on the parser's characters, without looking its
      // name up; any other name is found by identity (the parser interns names) or by map.
      if (next < byPosition.length && p.nextFieldName(byPosition[next].serialized)) {
        i = next;
      } else if ((t = next < byPosition.length ? p.currentToken() : p.nextToken())
          == JsonToken.END_OBJECT) {
        break;
      } else {
        expect(t, JsonToken.FIELD_NAME);
        i = position(p.currentName(), next);
      }
      if (i < 0) {
        String name = p.currentName();
        if (formatSeen || !name.equals(markerName)) {
          throw GiveUp.INSTANCE;
        }
        expect(p.nextToken(), JsonToken.VALUE_STRING);
        if (!p.getText().equals(format)) {
          throw GiveUp.INSTANCE;
        }
        formatSeen = true;
        continue;
      }
      long bit = 1L << i;
      if ((seen & bit) != 0) {
        throw GiveUp.INSTANCE;
      }
      seen |= bit;
      int items = byPosition[i].stream(p, b);
      if (byPosition[i].cardinality == Cardinality.SET) {
        setItems += items;
      }
      next = i + 1;
    }
    if (!formatSeen || (seen & required) != required) {
      throw GiveUp.INSTANCE;
    }
    T value = build.apply(b);
    // A model's set drops a repeated item silently (a list keeps it), where the tree reader
    // reports it: the set fields hold as many distinct items as were read only if none repeated.
    if (setItems > 0) {
      for (Field<T, B, ?> f : sets) {
        setItems -= f.size(value);
      }
      if (setItems != 0) {
        throw GiveUp.INSTANCE;
      }
    }
    return value;
  }

  /**
   * Finds a field by name, trying first the fields from {@code from} on by identity: documents
   * are mostly written in the shape's order, and the parser interns field names, as the
   * shape's names (literals) are.
   */
  private int position(String name, int from) {
    for (int i = from; i < byPosition.length; i++) {
      if (byPosition[i].name == name) {
        return i;
      }
    }
    Integer i = index.get(name);
    return i == null ? -1 : i;
  }

  static void expect(@Nullable JsonToken actual, JsonToken expected) throws GiveUp {
    if (actual != expected) {
      throw GiveUp.INSTANCE;
    }
  }

  /** Thrown to give up the fast path; a signal without a stack trace, not an error. */
  static final class GiveUp extends Exception {
    private static final long serialVersionUID = 1L;
    static final GiveUp INSTANCE = new GiveUp();

    private GiveUp() {
      super(null, null, false, false);
    }
  }

  /** Collects the fields of a shape in the order they are written. */
  public static final class Builder<T, B> {
    private final String what;
    private final Supplier<B> builder;
    private final Function<B, T> build;
    private String markerName = "format";
    private @Nullable String format;
    private @Nullable String whenMarkerMissing;
    private final Map<String, String> renamed = new HashMap<>();
    private String renamedBy = "";
    private final List<Field<T, B, ?>> fields = new ArrayList<>();

    private Builder(String what, Supplier<B> builder, Function<B, T> build) {
      this.what = what;
      this.builder = builder;
      this.build = build;
    }

    /**
     * Makes the object a document with a leading format marker.
     *
     * @param marker e.g. {@code valuex.ledger/1}
     */
    public Builder<T, B> format(String marker) {
      this.format = marker;
      return this;
    }

    /**
     * Makes the object a document with a leading format marker, and says what its absence
     * means (a file of an earlier form), appended to the problem.
     *
     * @param marker e.g. {@code valuex.policy/1}
     * @param whenMissing appended to {@code must be "<marker>", got nothing}
     */
    public Builder<T, B> format(String marker, String whenMissing) {
      this.whenMarkerMissing = whenMissing;
      return format(marker);
    }

    /**
     * Makes the object one variant among several of a {@link Shape#variants} field, told
     * apart by a leading marker field.
     *
     * @param name the marker's field name, e.g. {@code rule}
     * @param marker this variant's marker, e.g. {@code weighted-ratio}
     */
    public Builder<T, B> variant(String name, String marker) {
      this.markerName = name.intern();
      return format(marker);
    }

    /**
     * Names the fields of an earlier form of the object: the problem of finding one says what
     * the field is called now, e.g. {@code valuex.policy/1 calls it default_weight}.
     *
     * @param by the form that renamed them, e.g. {@code valuex.policy/1}
     * @param earlier the earlier names, each mapped to the name now (fields of this object or
     *     not: only those it has are named)
     */
    public Builder<T, B> renamed(String by, Map<String, String> earlier) {
      renamedBy = by;
      renamed.putAll(earlier);
      return this;
    }

    /** Adds a required field. */
    public <V> Builder<T, B> required(String name, Codec<V> codec, Function<T, V> get,
        BiConsumer<B, V> set) {
      return add(name, true, false, Cardinality.ONE, false, codec, get, set);
    }

    /** Adds an optional field, left out when empty. */
    public <V> Builder<T, B> optional(String name, Codec<V> codec,
        Function<T, Optional<V>> get, BiConsumer<B, V> set) {
      return add(name, false, true, Cardinality.ONE, false, codec, get, set);
    }

    /**
     * Adds an optional whole-number field the model holds as an {@code OptionalInt}, left out
     * when empty; written without boxing it into an {@code Optional}.
     */
    public Builder<T, B> optionalInt(String name, Codec<Integer> codec,
        Function<T, OptionalInt> get, BiConsumer<B, Integer> set) {
      return add(name, false, true, Cardinality.ONE, false, codec, get, set);
    }

    /**
     * Adds an optional number field the model holds as an {@code OptionalDouble}, left out
     * when empty.
     */
    public Builder<T, B> optionalDouble(String name, Codec<Double> codec,
        Function<T, OptionalDouble> get, BiConsumer<B, Double> set) {
      return add(name, false, true, Cardinality.ONE, false, codec, get, set);
    }

    /** Adds a required field of a factory-made object (see {@link Shape#of(String, Function)}). */
    public <V> Builder<T, B> required(String name, Codec<V> codec, Function<T, V> get) {
      return required(name, codec, get, part(name));
    }

    /** Adds an optional field of a factory-made object, left out when empty. */
    public <V> Builder<T, B> optional(String name, Codec<V> codec,
        Function<T, Optional<V>> get) {
      return optional(name, codec, get, part(name));
    }

    /** Adds an array field of a factory-made object. */
    public <V> Builder<T, B> list(String name, Codec<V> codec,
        Function<T, ? extends Collection<V>> get) {
      return list(name, codec, get, item(name));
    }

    /** Adds an array field that is a set, of a factory-made object. */
    public <V> Builder<T, B> set(String name, Codec<V> codec,
        Function<T, ? extends Collection<V>> get) {
      return set(name, codec, get, item(name));
    }

    /**
     * Adds an array field: always written, read as empty when missing.
     *
     * @param add the builder call that adds one item, e.g. {@code
     *     LedgerEntry.Builder::addEvidence}: items go to the builder as they are read, without a
     *     list in between
     */
    public <V> Builder<T, B> list(String name, Codec<V> codec,
        Function<T, ? extends Collection<V>> get, BiConsumer<B, V> add) {
      return add(name, false, false, Cardinality.LIST, false, codec, get, add);
    }

    /** Adds an array field written only when it has items, read as empty when missing. */
    public <V> Builder<T, B> sparseList(String name, Codec<V> codec,
        Function<T, ? extends Collection<V>> get, BiConsumer<B, V> add) {
      return add(name, false, false, Cardinality.LIST, true, codec, get, add);
    }

    /**
     * Adds an array field that is a set: like {@link #list}, and an item must not repeat. The
     * fast reader finds repeats by comparing the items it read with the distinct items the built
     * value holds.
     */
    public <V> Builder<T, B> set(String name, Codec<V> codec,
        Function<T, ? extends Collection<V>> get, BiConsumer<B, V> add) {
      return add(name, false, false, Cardinality.SET, false, codec, get, add);
    }

    private static <B, V> BiConsumer<B, V> part(String name) {
      return (b, v) -> ((Parts) b).values.put(name, v);
    }

    @SuppressWarnings("unchecked")
    private static <B, V> BiConsumer<B, V> item(String name) {
      return (b, v) -> ((List<Object>) ((Parts) b).values.computeIfAbsent(name,
          n -> new ArrayList<>())).add(v);
    }

    @SuppressWarnings("unchecked")
    private Builder<T, B> add(String name, boolean required, boolean optional, Cardinality c,
        boolean sparse, Codec<?> codec, Function<T, ?> get, BiConsumer<B, ?> set) {
      fields.add(new Field<>(name.intern(), required, optional, c, sparse,
          (Codec<Object>) codec, (Function<T, Object>) get, (BiConsumer<B, Object>) set));
      return this;
    }

    /** Finishes the description. */
    public Shape<T, B> build() {
      return new Shape<>(this);
    }
  }

  /** Whether a field holds one value, an array or an array without repeats. */
  public enum Cardinality {
    /** One value. */
    ONE,
    /** An array. */
    LIST,
    /** An array whose items do not repeat. */
    SET
  }

  /**
   * One field of a shape.
   *
   * @param <V> the field's value type (a list for arrays)
   */
  public static final class Field<T, B, V> {
    private final String name;
    private final SerializableString serialized;
    private final String suffix;
    private final boolean required;
    private final boolean optional;
    private final Cardinality cardinality;
    private final boolean sparse;
    private final Codec<Object> codec;
    private final Function<T, Object> get;
    private final BiConsumer<B, Object> set;

    Field(String name, boolean required, boolean optional, Cardinality cardinality,
        boolean sparse, Codec<Object> codec, Function<T, Object> get,
        BiConsumer<B, Object> set) {
      this.name = name;
      this.serialized = new SerializedString(name);
      this.suffix = child("", name);
      this.required = required;
      this.optional = optional;
      this.cardinality = cardinality;
      this.sparse = sparse;
      this.codec = codec;
      this.get = get;
      this.set = set;
    }

    /** Returns the field's name in the document. */
    public String name() {
      return name;
    }

    /** Tells whether the field must be present. */
    public boolean required() {
      return required;
    }

    /** Returns whether the field holds one value or an array. */
    public Cardinality cardinality() {
      return cardinality;
    }

    /** Returns the codec of the value (of each item, for arrays). */
    public Codec<?> codec() {
      return codec;
    }

    private void write(JsonGenerator g, T value) throws IOException {
      Object v = get.apply(value);
      if (optional) {
        if (v instanceof OptionalInt i) {
          if (i.isEmpty()) {
            return;
          }
          v = i.getAsInt();
        } else if (v instanceof OptionalDouble d) {
          if (d.isEmpty()) {
            return;
          }
          v = d.getAsDouble();
        } else {
          Optional<?> o = (Optional<?>) v;
          if (o.isEmpty()) {
            return;
          }
          v = o.get();
        }
      }
      if (cardinality == Cardinality.ONE) {
        g.writeFieldName(serialized);
        codec.write(g, v);
        return;
      }
      Collection<?> items = (Collection<?>) v;
      if (sparse && items.isEmpty()) {
        return;
      }
      g.writeFieldName(serialized);
      g.writeStartArray();
      for (Object e : items) {
        codec.write(g, e);
      }
      g.writeEndArray();
    }

    /** Reads the field into the builder; tells whether it was present. */
    private boolean read(JsonNode node, String parent, Problems problems, B b) {
      JsonNode v = node.get(name);
      String at = parent + suffix;
      if (v == null) {
        if (required) {
          problems.add(at, "must be present, got nothing");
        }
        return false;
      }
      if (cardinality == Cardinality.ONE) {
        codec.read(v, at, problems).ifPresent(x -> set.accept(b, x));
        return true;
      }
      if (!v.isArray()) {
        problems.add(at, "must be an array, got " + show(v));
        return true;
      }
      Set<Object> seen = cardinality == Cardinality.SET ? new HashSet<>() : null;
      for (int i = 0; i < v.size(); i++) {
        JsonNode item = v.get(i);
        String here = at + "/" + i;
        Optional<Object> x = codec.read(item, here, problems);
        if (x.isEmpty()) {
          continue;
        }
        if (seen != null && !seen.add(x.get())) {
          problems.add(here, "must not repeat an earlier item, got " + show(item)
              + again(x.get(), item));
        } else {
          set.accept(b, x.get());
        }
      }
      return true;
    }

    /** Names the repeated value when the text differs from it (a card name for an id). */
    @SuppressWarnings("unchecked")
    private String again(Object value, JsonNode item) {
      if (codec instanceof Parsed<?> parsed) {
        String written = ((Parsed<Object>) parsed).writeAs().apply(value);
        if (!written.equals(item.textValue())) {
          return " (" + written + " again)";
        }
      }
      return "";
    }

    /**
     * Reads the field's value from tokens into the builder, an array's items one by one.
     *
     * @return the number of items read, 0 for a field of one value
     */
    private int stream(JsonParser p, B b) throws IOException, GiveUp {
      if (cardinality == Cardinality.ONE) {
        set.accept(b, codec.stream(p, p.nextToken()));
        return 0;
      }
      expect(p.nextToken(), JsonToken.START_ARRAY);
      int items = 0;
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          throw GiveUp.INSTANCE;
        }
        set.accept(b, codec.stream(p, t));
        items++;
      }
      return items;
    }

    /**
     * Returns how many distinct items a set field holds in a value: the size of a model's set,
     * else the distinct items of the list it keeps (a group ledger's members).
     */
    private int size(T value) {
      Object items = get.apply(value);
      return items instanceof Set<?> s ? s.size() : new HashSet<>((Collection<?>) items).size();
    }
  }

  /**
   * How one value is written, read from a tree (recording its problems) and read from tokens
   * (giving up at the first problem).
   */
  public interface Codec<V> {
    /** Writes a value. */
    void write(JsonGenerator g, V value) throws IOException;

    /** Reads a value from a tree. */
    Optional<V> read(JsonNode node, String at, Problems problems);

    /**
     * Reads a value from tokens.
     *
     * @param token the value's first token, which the parser is on
     */
    V stream(JsonParser p, @Nullable JsonToken token) throws IOException, GiveUp;
  }

  /** An object-valued field: its own shape. */
  record ObjectCodec<T>(Shape<T, ?> shape) implements Codec<T> {
    @Override
    public void write(JsonGenerator g, T value) throws IOException {
      shape.write(g, value);
    }

    @Override
    public Optional<T> read(JsonNode node, String at, Problems problems) {
      return shape.read(node, at, problems);
    }

    @Override
    public T stream(JsonParser p, @Nullable JsonToken token) throws IOException, GiveUp {
      return shape.stream(p, token);
    }
  }

  /**
   * Returns the codec of a value that is one of several kinds of object, each a shape told
   * apart by its marker field ({@link Builder#variant}), e.g. the rules of a balance policy:
   * {@code {"rule": "count-parity", "max_difference": 2}}.
   *
   * @param what what the value is, for messages, e.g. {@code a rule}
   * @param variants each kind's model class and shape, in the order messages list them; every
   *     shape has the same marker name
   */
  public static <T> Codec<T> variants(String what,
      Map<Class<? extends T>, Shape<?, ?>> variants) {
    return new Variants<>(what, java.util.Collections.unmodifiableMap(
        new java.util.LinkedHashMap<>(variants)));
  }

  /** A value that is one of several kinds of object, each with its own shape. */
  public record Variants<T>(String what, Map<Class<? extends T>, Shape<?, ?>> variants)
      implements Codec<T> {
    /** Returns the shapes of the kinds in the order their markers are listed in messages. */
    public List<Shape<?, ?>> shapes() {
      return List.copyOf(variants.values());
    }

    @Override
    @SuppressWarnings("unchecked")
    public void write(JsonGenerator g, T value) throws IOException {
      for (Map.Entry<Class<? extends T>, Shape<?, ?>> v : variants.entrySet()) {
        if (v.getKey().isInstance(value)) {
          ((Shape<T, ?>) v.getValue()).write(g, value);
          return;
        }
      }
      throw new IllegalArgumentException(what + " must be one of " + markers() + ", got "
          + value.getClass().getSimpleName());
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<T> read(JsonNode node, String at, Problems problems) {
      if (!node.isObject()) {
        problems.add(at, "must be " + what + " (a JSON object), got " + show(node));
        return Optional.empty();
      }
      String name = shapes().get(0).markerName;
      JsonNode marker = node.get(name);
      for (Shape<?, ?> shape : shapes()) {
        if (marker != null && marker.isTextual() && marker.textValue().equals(shape.format)) {
          return (Optional<T>) shape.read(node, at, problems);
        }
      }
      problems.add(child(at, name), "must be one of " + markers() + ", got "
          + (marker == null ? "nothing" : show(marker)));
      return Optional.empty();
    }

    @Override
    public T stream(JsonParser p, @Nullable JsonToken token) throws GiveUp {
      // Which shape applies is known only at the marker, which need not come first: such
      // values are read through the tree.
      throw GiveUp.INSTANCE;
    }

    private String markers() {
      return String.join(", ", shapes().stream().map(s -> "\"" + s.format + "\"").toList());
    }
  }

  /** Free text: a string, not blank, without surrounding white space. */
  public static final Codec<String> TEXT = text(s -> s, s -> s);

  private static boolean isText(String s) {
    // What String.strip removes is white space by Character.isWhitespace, never a surrogate.
    return !s.isEmpty() && !Character.isWhitespace(s.charAt(0))
        && !Character.isWhitespace(s.charAt(s.length() - 1));
  }

  /**
   * Reads free text, which like every valuex text must be trimmed and not blank.
   *
   * @return the text, empty when it is not valid free text
   */
  public static Optional<String> text(JsonNode v, String at, Problems problems) {
    if (!v.isTextual()) {
      problems.add(at, "must be a string, got " + show(v));
      return Optional.empty();
    }
    String s = v.textValue();
    if (s.isBlank()) {
      problems.add(at, "must not be blank, got " + quote(s));
      return Optional.empty();
    }
    if (!s.strip().equals(s)) {
      problems.add(at, "must not start or end with white space, got " + quote(s));
      return Optional.empty();
    }
    return Optional.of(s);
  }

  /** One text written as a string, several as an array; read from either. */
  public static final Codec<List<String>> TEXT_OR_TEXTS = new Codec<>() {
    @Override
    public void write(JsonGenerator g, List<String> value) throws IOException {
      if (value.size() == 1) {
        g.writeString(value.get(0));
        return;
      }
      g.writeStartArray();
      for (String s : value) {
        g.writeString(s);
      }
      g.writeEndArray();
    }

    @Override
    public Optional<List<String>> read(JsonNode node, String at, Problems problems) {
      if (node.isTextual()) {
        return Optional.of(text(node, at, problems).map(List::of).orElse(List.of()));
      }
      if (!node.isArray()) {
        problems.add(at, "must be a string or an array of strings, got " + show(node));
        return Optional.of(List.of());
      }
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < node.size(); i++) {
        text(node.get(i), at + "/" + i, problems).ifPresent(texts::add);
      }
      return Optional.of(texts);
    }

    @Override
    public List<String> stream(JsonParser p, @Nullable JsonToken token)
        throws IOException, GiveUp {
      if (token == JsonToken.VALUE_STRING) {
        return List.of(TEXT.stream(p, token));
      }
      expect(token, JsonToken.START_ARRAY);
      List<String> texts = new ArrayList<>();
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        texts.add(TEXT.stream(p, t));
      }
      return texts;
    }
  };

  /**
   * Returns the codec of a value written as free text that a parser turns into a model value
   * (a period, a milestone or date, an element named by id or card): the text rules first,
   * then the parser's own.
   *
   * @param parse the parser, throwing {@link InvalidValueException} whose message is the
   *     problem, e.g. {@code must be an ISO-8601 period such as P1M, got 'monthly'}
   */
  public static <V> Codec<V> text(Function<String, V> parse, Function<V, String> show) {
    return new Parsed<>(parse, show, true);
  }

  /**
   * Returns the codec of a value written as a string that a model factory checks (an id).
   *
   * @param parse the factory, throwing {@link InvalidValueException} for bad text
   */
  public static <V> Codec<V> string(Function<String, V> parse, Function<V, String> show) {
    return new Parsed<>(parse, show, false);
  }

  /** A value written as a string and made by a parser; free text first when {@code text}. */
  record Parsed<V>(Function<String, V> parse, Function<V, String> writeAs, boolean free)
      implements Codec<V> {
    @Override
    public void write(JsonGenerator g, V value) throws IOException {
      g.writeString(writeAs.apply(value));
    }

    @Override
    public Optional<V> read(JsonNode node, String at, Problems problems) {
      Optional<String> s;
      if (free) {
        s = Shape.text(node, at, problems);
      } else if (node.isTextual()) {
        s = Optional.of(node.textValue());
      } else {
        problems.add(at, "must be a string, got " + Shape.show(node));
        s = Optional.empty();
      }
      if (s.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(parse.apply(s.get()));
      } catch (InvalidValueException e) {
        problems.add(at, e.getMessage());
        return Optional.empty();
      }
    }

    @Override
    public V stream(JsonParser p, @Nullable JsonToken token) throws IOException, GiveUp {
      expect(token, JsonToken.VALUE_STRING);
      String s = p.getText();
      if (free && !isText(s)) {
        throw GiveUp.INSTANCE;
      }
      return parse.apply(s);
    }
  }

  /** A date written {@code YYYY-MM-DD}. */
  public static final Codec<LocalDate> DATE = new Codec<>() {
    @Override
    public void write(JsonGenerator g, LocalDate value) throws IOException {
      int y = value.getYear();
      if (y < 0 || y > 9999) {
        g.writeString(value.toString());
        return;
      }
      // Written from its numbers: LocalDate.toString builds a StringBuilder and a String.
      int m = value.getMonthValue();
      int d = value.getDayOfMonth();
      g.writeString(new char[] {(char) ('0' + y / 1000), (char) ('0' + y / 100 % 10),
          (char) ('0' + y / 10 % 10), (char) ('0' + y % 10), '-', (char) ('0' + m / 10),
          (char) ('0' + m % 10), '-', (char) ('0' + d / 10), (char) ('0' + d % 10)}, 0, 10);
    }

    @Override
    public Optional<LocalDate> read(JsonNode v, String at, Problems problems) {
      Optional<LocalDate> d = v.isTextual() ? parseDate(v.textValue()) : Optional.empty();
      if (d.isEmpty()) {
        problems.add(at, "must " + (v.isTextual() ? dateRule(v.textValue())
            : "be a date written YYYY-MM-DD") + ", got " + show(v));
      }
      return d;
    }

    @Override
    public LocalDate stream(JsonParser p, @Nullable JsonToken token) throws IOException, GiveUp {
      expect(token, JsonToken.VALUE_STRING);
      LocalDate d = date(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      if (d == null) {
        throw GiveUp.INSTANCE;
      }
      return d;
    }
  };

  /**
   * Parses {@code YYYY-MM-DD} by hand: {@code LocalDate.parse} costs several times more, and
   * a ledger holds many dates.
   *
   * @return the date, empty unless the text is a valid date in that form
   */
  public static Optional<LocalDate> parseDate(String s) {
    return Optional.ofNullable(date(s.toCharArray(), 0, s.length()));
  }

  /** Parses {@code YYYY-MM-DD} from the parser's characters, without making a string. */
  private static @Nullable LocalDate date(char[] s, int at, int length) {
    if (length != 10 || s[at + 4] != '-' || s[at + 7] != '-') {
      return null;
    }
    int year = digits(s, at, at + 4);
    int month = digits(s, at + 5, at + 7);
    int day = digits(s, at + 8, at + 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * Says which rule a text that {@link #parseDate} refused breaks: written {@code YYYY-MM-DD}
   * but naming a month or day that does not exist (2026-02-30), or not written that way.
   *
   * @return the rule, to follow "must": "be a day that exists (February 2026 has 28 days)"
   */
  public static String dateRule(String text) {
    char[] s = text.toCharArray();
    if (s.length != 10 || s[4] != '-' || s[7] != '-'
        || digits(s, 0, 4) < 0 || digits(s, 5, 7) < 0 || digits(s, 8, 10) < 0) {
      return "be a date written YYYY-MM-DD";
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    if (month < 1 || month > 12) {
      return "be a day that exists (the month is written 01 to 12)";
    }
    YearMonth ym = YearMonth.of(year, month);
    return "be a day that exists (" + ym.getMonth().getDisplayName(TextStyle.FULL,
        Locale.ENGLISH) + " " + year + " has " + ym.lengthOfMonth() + " days)";
  }

  private static int digits(char[] s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** Returns the codec of an enum written as its lower-case token. */
  public static <E extends Enum<E>> Codec<E> token(Tokens<E> tokens) {
    return new TokenCodec<>(tokens);
  }

  /**
   * An enum written as its token.
   *
   * @param tokens the tokens, also what the schema's {@code enum} must list
   */
  public record TokenCodec<E extends Enum<E>>(Tokens<E> tokens) implements Codec<E> {
    @Override
    public void write(JsonGenerator g, E value) throws IOException {
      g.writeString(tokens.token(value));
    }

    @Override
    public Optional<E> read(JsonNode v, String at, Problems problems) {
      Optional<E> e = v.isTextual() ? tokens.parse(v.textValue()) : Optional.empty();
      if (e.isEmpty()) {
        problems.add(at, "must " + tokens.rule() + ", got " + show(v));
      }
      return e;
    }

    @Override
    public E stream(JsonParser p, @Nullable JsonToken token) throws IOException, GiveUp {
      expect(token, JsonToken.VALUE_STRING);
      E e = tokens.find(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      if (e == null) {
        throw GiveUp.INSTANCE;
      }
      return e;
    }
  }

  /** True or false. */
  public static final Codec<Boolean> BOOLEAN = new Codec<>() {
    @Override
    public void write(JsonGenerator g, Boolean value) throws IOException {
      g.writeBoolean(value);
    }

    @Override
    public Optional<Boolean> read(JsonNode v, String at, Problems problems) {
      if (!v.isBoolean()) {
        problems.add(at, "must be true or false, got " + show(v));
        return Optional.empty();
      }
      return Optional.of(v.booleanValue());
    }

    @Override
    public Boolean stream(JsonParser p, @Nullable JsonToken token) throws GiveUp {
      if (token == JsonToken.VALUE_TRUE) {
        return Boolean.TRUE;
      }
      expect(token, JsonToken.VALUE_FALSE);
      return Boolean.FALSE;
    }
  };

  /** A number; JSON has no NaN or infinities. */
  public static final Codec<Double> NUMBER = new Numeric<>(Numeric.Kind.DOUBLE, false, null);

  /** A number written without a fraction when it is whole ({@code 45}, not {@code 45.0}). */
  public static final Codec<Double> PLAIN_NUMBER =
      new Numeric<>(Numeric.Kind.DOUBLE, true, null);

  /** A whole number that fits a long, such as a count of answers. */
  public static final Codec<Long> WHOLE = new Numeric<>(Numeric.Kind.LONG, false, null);

  /** A whole number that fits an int. */
  public static final Codec<Integer> INT = new Numeric<>(Numeric.Kind.INT, false, null);

  /**
   * Returns the codec of a number within a range, which the schema states as its {@code
   * minimum} and {@code maximum} (none for {@code Double.MAX_VALUE}).
   *
   * @param rule the rule in words, to follow "must be", e.g. {@code a share from 0 to 1}
   */
  public static Codec<Double> number(double min, double max, String rule) {
    return new Numeric<>(Numeric.Kind.DOUBLE, false, null, min, max, rule);
  }

  /**
   * Returns the codec of a whole number that fits an int, within a range.
   *
   * @param max the greatest value ({@code Integer.MAX_VALUE} for none)
   * @param rule the rule in words, to follow "must be", e.g. {@code a whole number of at least
   *     0}
   */
  public static Codec<Integer> integer(int min, int max, String rule) {
    return new Numeric<>(Numeric.Kind.INT, false, null, min, max, rule);
  }

  /**
   * Returns the codec of a whole number that fits an int, with a model rule checked on its own
   * so that it is reported at the field together with the object's other problems.
   *
   * @param rule the model's check, throwing {@link InvalidValueException} when broken
   */
  public static Codec<Integer> integer(IntConsumer rule) {
    return new Numeric<>(Numeric.Kind.INT, false, rule);
  }

  /**
   * A number of one kind (an int, a long or a double), with an optional rule of its own or a
   * range.
   *
   * @param plain whether a whole double is written without a fraction
   */
  record Numeric<V extends Number>(Kind kind, boolean plain, @Nullable IntConsumer rule,
      double min, double max, @Nullable String range) implements Codec<V> {
    /** What a number must fit. */
    enum Kind { INT, LONG, DOUBLE }

    Numeric(Kind kind, boolean plain, @Nullable IntConsumer rule) {
      this(kind, plain, rule, -Double.MAX_VALUE, Double.MAX_VALUE, null);
    }

    private boolean within(double d) {
      return d >= min && d <= max;
    }

    @Override
    public void write(JsonGenerator g, V value) throws IOException {
      switch (kind) {
        case INT -> g.writeNumber(value.intValue());
        case LONG -> g.writeNumber(value.longValue());
        case DOUBLE -> {
          double d = value.doubleValue();
          boolean negativeZero =
              Double.doubleToRawLongBits(d) == Double.doubleToRawLongBits(-0.0);
          if (plain && d == Math.rint(d) && Math.abs(d) < 1e15 && !negativeZero) {
            g.writeNumber((long) d);
          } else {
            g.writeNumber(d);
          }
        }
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<V> read(JsonNode v, String at, Problems problems) {
      boolean fits = switch (kind) {
        case INT -> v.isIntegralNumber() && v.canConvertToInt();
        case LONG -> v.isIntegralNumber() && v.canConvertToLong();
        case DOUBLE -> v.isNumber();
      };
      if (range != null && (!fits || !within(v.doubleValue()))) {
        problems.add(at, "must be " + range + ", got " + show(v));
        return Optional.empty();
      }
      if (!fits) {
        problems.add(at, "must be a " + (kind == Kind.DOUBLE ? "" : "whole ") + "number, got "
            + show(v));
        return Optional.empty();
      }
      if (rule != null) {
        try {
          rule.accept(v.intValue());
        } catch (InvalidValueException e) {
          problems.add(at, e.rule());
          return Optional.empty();
        }
      }
      // Not a switch expression: its arms would be promoted to double.
      Number n = kind == Kind.INT ? (Number) v.intValue()
          : kind == Kind.LONG ? (Number) v.longValue() : (Number) v.doubleValue();
      return Optional.of((V) n);
    }

    @Override
    @SuppressWarnings("unchecked")
    public V stream(JsonParser p, @Nullable JsonToken token) throws IOException, GiveUp {
      if (kind == Kind.DOUBLE) {
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
          throw GiveUp.INSTANCE;
        }
        double d = p.getDoubleValue();
        if (!within(d)) {
          throw GiveUp.INSTANCE;
        }
        return (V) (Double) d;
      }
      if (token != JsonToken.VALUE_NUMBER_INT) {
        throw GiveUp.INSTANCE;
      }
      JsonParser.NumberType type = p.getNumberType();
      if (kind == Kind.LONG && type != JsonParser.NumberType.BIG_INTEGER) {
        return (V) (Long) p.getLongValue();
      }
      if (type != JsonParser.NumberType.INT) {
        throw GiveUp.INSTANCE;
      }
      int i = p.getIntValue();
      if (rule != null) {
        rule.accept(i);
      }
      if (!within(i)) {
        throw GiveUp.INSTANCE;
      }
      return (V) (Integer) i;
    }
  }

  // ---- message helpers shared by the readers ----

  /** Returns the JSON pointer of a child. */
  public static String child(String parent, String child) {
    return parent + "/" + child.replace("~", "~0").replace("/", "~1");
  }

  /** Shows a JSON value in a message: scalars as JSON (texts shortened), containers by kind. */
  public static String show(JsonNode node) {
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "an array";
    }
    String s = node.toString();
    return s.length() > 80 ? s.substring(0, 76) + "...\"" : s;
  }

  /** Quotes a text value for a message the way the core does. */
  public static String quote(Object value) {
    return Checks.quote(value);
  }
}
