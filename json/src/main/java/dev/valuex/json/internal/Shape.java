package dev.valuex.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.valuex.core.InvalidValueException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 *
 * @param <T> the model type
 * @param <B> its builder type
 */
public final class Shape<T, B> {
  private final String what;
  private final @Nullable String format;
  private final Supplier<B> builder;
  private final Function<B, T> build;
  private final List<Field<T, B, ?>> fields;
  private final Map<String, Integer> index = new HashMap<>();
  private final long required;

  private Shape(String what, @Nullable String format, Supplier<B> builder,
      Function<B, T> build, List<Field<T, B, ?>> fields) {
    this.what = what;
    this.format = format;
    this.builder = builder;
    this.build = build;
    this.fields = List.copyOf(fields);
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
   * @param builder makes a new builder
   * @param build builds the value from a builder
   * @param <T> the model type
   * @param <B> the builder type
   * @return the description so far
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
   * @param build makes the value from its parts
   * @param <T> the model type
   * @return the description so far
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
     * @param name the field name
     * @param <V> the value type
     * @return the value
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

    /**
     * Returns the value of an optional whole-number field, or a default when it was absent.
     *
     * @param name the field name
     * @param absent the value when absent
     * @return the value
     */
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
   * Returns the format marker of a document, if this shape is one.
   *
   * @return the marker, e.g. {@code valuex.ledger/1}
   */
  public Optional<String> format() {
    return Optional.ofNullable(format);
  }

  /**
   * Returns the fields in the order they are written.
   *
   * @return the fields
   */
  public List<Field<T, B, ?>> fields() {
    return fields;
  }

  /**
   * Returns this shape as the codec of an object-valued field.
   *
   * @return the codec
   */
  public Codec<T> codec() {
    return new ObjectCodec<>(this);
  }

  /**
   * Writes a value as a JSON object.
   *
   * @param g the generator
   * @param value the value
   * @throws IOException if the generator fails
   */
  public void write(JsonGenerator g, T value) throws IOException {
    g.writeStartObject();
    if (format != null) {
      g.writeStringField("format", format);
    }
    for (Field<T, B, ?> f : fields) {
      f.write(g, value);
    }
    g.writeEndObject();
  }

  /**
   * Reads a value from a tree, recording every problem at its JSON pointer.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param problems where problems go
   * @return the value, empty when it had problems
   */
  public Optional<T> read(JsonNode node, String at, Problems problems) {
    return Fields.of(node, at, problems, what).flatMap(f -> {
      if (format != null) {
        f.format(format);
      }
      B b = builder.get();
      for (Field<T, B, ?> field : fields) {
        field.read(f, b);
      }
      return f.build(() -> build.apply(b));
    });
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
    boolean formatSeen = format == null;
    String name;
    while ((name = p.nextFieldName()) != null) {
      Integer i = index.get(name);
      if (i == null) {
        if (formatSeen || !name.equals("format")) {
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
      fields.get(i).stream(p, b);
    }
    if (!formatSeen || (seen & required) != required) {
      throw GiveUp.INSTANCE;
    }
    return build.apply(b);
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

  /**
   * Collects the fields of a shape in the order they are written.
   *
   * @param <T> the model type
   * @param <B> the builder type
   */
  public static final class Builder<T, B> {
    private final String what;
    private final Supplier<B> builder;
    private final Function<B, T> build;
    private @Nullable String format;
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
     * @return this
     */
    public Builder<T, B> format(String marker) {
      this.format = marker;
      return this;
    }

    /**
     * Adds a required field.
     *
     * @param name the field's name in the document
     * @param codec how one value is written and read
     * @param get the model's value
     * @param set the builder call
     * @param <V> the value type
     * @return this
     */
    public <V> Builder<T, B> required(String name, Codec<V> codec, Function<T, V> get,
        BiConsumer<B, V> set) {
      fields.add(new Field<>(name, true, Cardinality.ONE, codec,
          t -> Optional.of(get.apply(t)), set));
      return this;
    }

    /**
     * Adds an optional field, left out when empty.
     *
     * @param name the field's name in the document
     * @param codec how one value is written and read
     * @param get the model's value, if any
     * @param set the builder call
     * @param <V> the value type
     * @return this
     */
    public <V> Builder<T, B> optional(String name, Codec<V> codec,
        Function<T, Optional<V>> get, BiConsumer<B, V> set) {
      fields.add(new Field<>(name, false, Cardinality.ONE, codec, get, set));
      return this;
    }

    /**
     * Adds a required field of a factory-made object (see {@link Shape#of(String, Function)}).
     *
     * @param name the field's name in the document
     * @param codec how one value is written and read
     * @param get the model's value
     * @param <V> the value type
     * @return this
     */
    public <V> Builder<T, B> required(String name, Codec<V> codec, Function<T, V> get) {
      return required(name, codec, get, (b, v) -> ((Parts) b).values.put(name, v));
    }

    /**
     * Adds an optional field of a factory-made object, left out when empty.
     *
     * @param name the field's name in the document
     * @param codec how one value is written and read
     * @param get the model's value, if any
     * @param <V> the value type
     * @return this
     */
    public <V> Builder<T, B> optional(String name, Codec<V> codec,
        Function<T, Optional<V>> get) {
      return optional(name, codec, get, (b, v) -> ((Parts) b).values.put(name, v));
    }

    /**
     * Adds an array field of a factory-made object.
     *
     * @param name the field's name in the document
     * @param codec how one item is written and read
     * @param get the model's items
     * @param <V> the item type
     * @return this
     */
    public <V> Builder<T, B> list(String name, Codec<V> codec,
        Function<T, ? extends Collection<V>> get) {
      return list(name, codec, get, (b, v) -> ((Parts) b).values.put(name, v));
    }

    /**
     * Adds an array field: always written, read as empty when missing.
     *
     * @param name the field's name in the document
     * @param codec how one item is written and read
     * @param get the model's items
     * @param set the builder call adding all items
     * @param <V> the item type
     * @return this
     */
    public <V> Builder<T, B> list(String name, Codec<V> codec,
        Function<T, ? extends Collection<V>> get, BiConsumer<B, List<V>> set) {
      return many(name, Cardinality.LIST, codec, get, set);
    }

    /**
     * Adds an array field that is a set: like {@link #list}, and an item must not repeat.
     *
     * @param name the field's name in the document
     * @param codec how one item is written and read
     * @param get the model's items
     * @param set the builder call adding all items
     * @param <V> the item type
     * @return this
     */
    public <V> Builder<T, B> set(String name, Codec<V> codec,
        Function<T, ? extends Collection<V>> get, BiConsumer<B, List<V>> set) {
      return many(name, Cardinality.SET, codec, get, set);
    }

    @SuppressWarnings("unchecked")
    private <V> Builder<T, B> many(String name, Cardinality c, Codec<V> codec,
        Function<T, ? extends Collection<V>> get, BiConsumer<B, List<V>> set) {
      fields.add(new Field<T, B, List<V>>(name, false, c, (Codec<List<V>>) (Codec<?>) codec,
          t -> Optional.of(List.copyOf(get.apply(t))), set));
      return this;
    }

    /**
     * Finishes the description.
     *
     * @return the shape
     */
    public Shape<T, B> build() {
      return new Shape<>(what, format, builder, build, fields);
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
   * @param <T> the model type
   * @param <B> the builder type
   * @param <V> the field's value type (a list for arrays)
   */
  public static final class Field<T, B, V> {
    private final String name;
    private final boolean required;
    private final Cardinality cardinality;
    private final Codec<?> codec;
    private final Function<T, Optional<V>> get;
    private final BiConsumer<B, V> set;

    Field(String name, boolean required, Cardinality cardinality, Codec<?> codec,
        Function<T, Optional<V>> get, BiConsumer<B, V> set) {
      this.name = name;
      this.required = required;
      this.cardinality = cardinality;
      this.codec = codec;
      this.get = get;
      this.set = set;
    }

    /**
     * Returns the field's name in the document.
     *
     * @return the name
     */
    public String name() {
      return name;
    }

    /**
     * Tells whether the field must be present.
     *
     * @return true when required
     */
    public boolean required() {
      return required;
    }

    /**
     * Returns whether the field holds one value or an array.
     *
     * @return the cardinality
     */
    public Cardinality cardinality() {
      return cardinality;
    }

    /**
     * Returns the codec of the value (of each item, for arrays).
     *
     * @return the codec
     */
    public Codec<?> codec() {
      return codec;
    }

    @SuppressWarnings("unchecked")
    private <E> void write(JsonGenerator g, T value) throws IOException {
      Optional<V> v = get.apply(value);
      if (v.isEmpty()) {
        return;
      }
      g.writeFieldName(name);
      if (cardinality == Cardinality.ONE) {
        ((Codec<V>) codec).write(g, v.get());
        return;
      }
      Codec<E> item = (Codec<E>) codec;
      g.writeStartArray();
      for (E e : (List<E>) v.get()) {
        item.write(g, e);
      }
      g.writeEndArray();
    }

    @SuppressWarnings("unchecked")
    private <E> void read(Fields f, B b) {
      Codec<E> item = (Codec<E>) codec;
      Problems p = f.problems();
      Optional<?> v = switch (cardinality) {
        case ONE -> f.object(name, required, (n, at) -> item.read(n, at, p));
        case LIST -> Optional.of(f.array(name, (n, at) -> item.read(n, at, p)));
        case SET -> Optional.of(f.distinct(name, (n, at) -> item.read(n, at, p)));
      };
      v.ifPresent(x -> set.accept(b, (V) x));
    }

    @SuppressWarnings("unchecked")
    private <E> void stream(JsonParser p, B b) throws IOException, GiveUp {
      Codec<E> item = (Codec<E>) codec;
      if (cardinality == Cardinality.ONE) {
        set.accept(b, (V) item.stream(p, p.nextToken()));
        return;
      }
      expect(p.nextToken(), JsonToken.START_ARRAY);
      List<E> items = new ArrayList<>();
      Set<E> seen = cardinality == Cardinality.SET ? new HashSet<>() : null;
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          throw GiveUp.INSTANCE;
        }
        E e = item.stream(p, t);
        if (seen != null && !seen.add(e)) {
          throw GiveUp.INSTANCE;
        }
        items.add(e);
      }
      set.accept(b, (V) items);
    }
  }

  /**
   * How one value is written, read from a tree (recording its problems) and read from tokens
   * (giving up at the first problem).
   *
   * @param <V> the value type
   */
  public interface Codec<V> {
    /**
     * Writes a value.
     *
     * @param g the generator
     * @param value the value
     * @throws IOException if the generator fails
     */
    void write(JsonGenerator g, V value) throws IOException;

    /**
     * Reads a value from a tree.
     *
     * @param node the node
     * @param at its JSON pointer
     * @param problems where problems go
     * @return the value, empty when it had problems
     */
    Optional<V> read(JsonNode node, String at, Problems problems);

    /**
     * Reads a value from tokens.
     *
     * @param p the parser
     * @param token the value's first token, which the parser is on
     * @return the value
     * @throws IOException if the parser fails
     * @throws GiveUp at the first problem
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

  /** Free text: a string, not blank, without surrounding white space. */
  public static final Codec<String> TEXT = new Codec<>() {
    @Override
    public void write(JsonGenerator g, String value) throws IOException {
      g.writeString(value);
    }

    @Override
    public Optional<String> read(JsonNode node, String at, Problems problems) {
      return Fields.text(node, at, problems);
    }

    @Override
    public String stream(JsonParser p, @Nullable JsonToken token) throws IOException, GiveUp {
      expect(token, JsonToken.VALUE_STRING);
      String s = p.getText();
      if (s.isBlank() || !s.strip().equals(s)) {
        throw GiveUp.INSTANCE;
      }
      return s;
    }
  };

  /** A date written {@code YYYY-MM-DD}. */
  public static final Codec<LocalDate> DATE = new Codec<>() {
    @Override
    public void write(JsonGenerator g, LocalDate value) throws IOException {
      g.writeString(value.toString());
    }

    @Override
    public Optional<LocalDate> read(JsonNode v, String at, Problems problems) {
      Optional<LocalDate> d = v.isTextual() ? Fields.parseDate(v.textValue()) : Optional.empty();
      if (d.isEmpty()) {
        problems.add(at, "must " + (v.isTextual() ? Fields.dateRule(v.textValue())
            : "be a date written YYYY-MM-DD") + ", got " + Fields.show(v));
      }
      return d;
    }

    @Override
    public LocalDate stream(JsonParser p, @Nullable JsonToken token) throws IOException, GiveUp {
      expect(token, JsonToken.VALUE_STRING);
      return Fields.parseDate(p.getText()).orElseThrow(() -> GiveUp.INSTANCE);
    }
  };

  /**
   * Returns the codec of a value written as a string that a model factory checks (an id).
   *
   * @param parse the factory, throwing {@link InvalidValueException} for bad text
   * @param show the value's text
   * @param <V> the value type
   * @return the codec
   */
  public static <V> Codec<V> string(Function<String, V> parse, Function<V, String> show) {
    return new Codec<>() {
      @Override
      public void write(JsonGenerator g, V value) throws IOException {
        g.writeString(show.apply(value));
      }

      @Override
      public Optional<V> read(JsonNode node, String at, Problems problems) {
        if (!node.isTextual()) {
          problems.add(at, "must be a string, got " + Fields.show(node));
          return Optional.empty();
        }
        try {
          return Optional.of(parse.apply(node.textValue()));
        } catch (InvalidValueException e) {
          problems.add(at, e.getMessage());
          return Optional.empty();
        }
      }

      @Override
      public V stream(JsonParser p, @Nullable JsonToken token) throws IOException, GiveUp {
        expect(token, JsonToken.VALUE_STRING);
        return parse.apply(p.getText());
      }
    };
  }

  /**
   * Returns the codec of an enum written as its lower-case token.
   *
   * @param tokens the tokens
   * @param <E> the enum type
   * @return the codec
   */
  public static <E extends Enum<E>> Codec<E> token(Tokens<E> tokens) {
    return new TokenCodec<>(tokens);
  }

  /**
   * An enum written as its token.
   *
   * @param tokens the tokens, also what the schema's {@code enum} must list
   * @param <E> the enum type
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
        problems.add(at, "must " + tokens.rule() + ", got " + Fields.show(v));
      }
      return e;
    }

    @Override
    public E stream(JsonParser p, @Nullable JsonToken token) throws IOException, GiveUp {
      expect(token, JsonToken.VALUE_STRING);
      return tokens.parse(p.getText()).orElseThrow(() -> GiveUp.INSTANCE);
    }
  }

  /** A number; JSON has no NaN or infinities. */
  public static final Codec<Double> NUMBER = new Codec<>() {
    @Override
    public void write(JsonGenerator g, Double value) throws IOException {
      g.writeNumber(value);
    }

    @Override
    public Optional<Double> read(JsonNode v, String at, Problems problems) {
      if (!v.isNumber()) {
        problems.add(at, "must be a number, got " + Fields.show(v));
        return Optional.empty();
      }
      return Optional.of(v.doubleValue());
    }

    @Override
    public Double stream(JsonParser p, @Nullable JsonToken token) throws IOException, GiveUp {
      if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
        throw GiveUp.INSTANCE;
      }
      return p.getDoubleValue();
    }
  };

  /** A whole number that fits a long, such as a count of answers. */
  public static final Codec<Long> WHOLE = new Codec<>() {
    @Override
    public void write(JsonGenerator g, Long value) throws IOException {
      g.writeNumber(value);
    }

    @Override
    public Optional<Long> read(JsonNode v, String at, Problems problems) {
      if (!v.isIntegralNumber() || !v.canConvertToLong()) {
        problems.add(at, "must be a whole number, got " + Fields.show(v));
        return Optional.empty();
      }
      return Optional.of(v.longValue());
    }

    @Override
    public Long stream(JsonParser p, @Nullable JsonToken token) throws IOException, GiveUp {
      if (token != JsonToken.VALUE_NUMBER_INT
          || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
        throw GiveUp.INSTANCE;
      }
      return p.getLongValue();
    }
  };

  /** A whole number that fits an int. */
  public static final Codec<Integer> INT = integer(i -> { });

  /**
   * Returns the codec of a whole number that fits an int, with a model rule checked on its own
   * so that it is reported at the field together with the object's other problems.
   *
   * @param rule the model's check, throwing {@link InvalidValueException} when broken
   * @return the codec
   */
  public static Codec<Integer> integer(IntConsumer rule) {
    return new Codec<>() {
      @Override
      public void write(JsonGenerator g, Integer value) throws IOException {
        g.writeNumber(value);
      }

      @Override
      public Optional<Integer> read(JsonNode v, String at, Problems problems) {
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
          problems.add(at, "must be a whole number, got " + Fields.show(v));
          return Optional.empty();
        }
        try {
          rule.accept(v.intValue());
        } catch (InvalidValueException e) {
          problems.add(at, e.rule());
          return Optional.empty();
        }
        return Optional.of(v.intValue());
      }

      @Override
      public Integer stream(JsonParser p, @Nullable JsonToken token) throws IOException, GiveUp {
        if (token != JsonToken.VALUE_NUMBER_INT
            || p.getNumberType() != JsonParser.NumberType.INT) {
          throw GiveUp.INSTANCE;
        }
        return p.getIntValue();
      }
    };
  }
}
