package dev.valuex.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Problem;
import dev.valuex.core.internal.Checks;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads the fields of one JSON object, recording a problem for every field that is missing,
 * of the wrong type or breaks a model rule, and (unless lenient) for every unknown field. It
 * never throws for bad input: callers decode everything, then throw all problems at once.
 */
public final class Fields {
  private final JsonNode node;
  private final String pointer;
  private final Problems problems;
  private final String what;
  // Fields asked for, and how many of them were present: when every field of the object was
  // asked for, there is no unknown field to look for (the common case, kept cheap).
  private final List<String> asked = new ArrayList<>(16);
  private int found;
  private final int before;

  private Fields(JsonNode node, String pointer, Problems problems, String what) {
    this.node = node;
    this.pointer = pointer;
    this.problems = problems;
    this.what = what;
    this.before = problems.count();
  }

  /**
   * Starts reading an object.
   *
   * @param node the node, which must be an object
   * @param pointer its JSON pointer
   * @param problems where problems go
   * @param what what the object is, for messages, e.g. {@code a ledger entry}
   * @return the reader, empty (with a problem recorded) when the node is not an object
   */
  public static Optional<Fields> of(JsonNode node, String pointer, Problems problems,
      String what) {
    if (!node.isObject()) {
      problems.add(pointer, "must be " + what + " (a JSON object), got " + show(node));
      return Optional.empty();
    }
    return Optional.of(new Fields(node, pointer, problems, what));
  }

  /**
   * Returns the JSON pointer of a child.
   *
   * @param parent the parent's pointer
   * @param child the field name or array index
   * @return the child's pointer
   */
  public static String child(String parent, String child) {
    return parent + "/" + child.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Shows a JSON value in a message: scalars as JSON (texts shortened), containers by kind.
   *
   * @param node the value
   * @return the text to show
   */
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

  /**
   * Returns the pointer of a field of this object.
   *
   * @param field the field name
   * @return the pointer
   */
  public String pointer(String field) {
    return child(pointer, field);
  }

  /**
   * Returns this object's pointer.
   *
   * @return the pointer
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns where problems go.
   *
   * @return the collector
   */
  public Problems problems() {
    return problems;
  }

  /** Notes that a field was read; a field read twice is counted once. */
  private void mark(String field, boolean present) {
    if (!asked.contains(field)) {
      asked.add(field);
      if (present) {
        found++;
      }
    }
  }

  private Optional<JsonNode> get(String field, boolean required) {
    JsonNode value = node.get(field);
    mark(field, value != null);
    if (value == null) {
      if (required) {
        problems.add(pointer(field), "must be present, got nothing");
      }
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /**
   * Requires the {@code format} marker to name the expected kind and version.
   *
   * @param format the expected marker, e.g. {@code valuex.ledger/1}
   */
  public void format(String format) {
    get("format", true).ifPresent(v -> {
      if (!v.isTextual() || !v.textValue().equals(format)) {
        problems.add(pointer("format"), "must be \"" + format + "\", got " + show(v));
      }
    });
  }

  /**
   * Reads a text field.
   *
   * @param field the field name
   * @param required whether absence is a problem
   * @return the text, empty when absent or not a string
   */
  public Optional<String> text(String field, boolean required) {
    Optional<JsonNode> v = get(field, required);
    return v.isPresent() ? text(v.get(), pointer, field) : Optional.empty();
  }

  /** Reads free text, which like every valuex text must be trimmed and not blank. */
  private Optional<String> text(JsonNode v, String at) {
    return text(v, at, null, problems);
  }

  /**
   * Reads free text, which like every valuex text must be trimmed and not blank.
   *
   * @param v the node
   * @param at its JSON pointer
   * @param problems where a problem goes
   * @return the text, empty when it is not valid free text
   */
  public static Optional<String> text(JsonNode v, String at, Problems problems) {
    return text(v, at, (String) null, problems);
  }

  /**
   * Reads free text at the pointer {@code parent} (or, when {@code field} is not null, at its
   * child {@code field}); the pointer text is only built when there is a problem to report,
   * since documents are read far more often than they are wrong.
   */
  private Optional<String> text(JsonNode v, String parent, @Nullable String field) {
    return text(v, parent, field, problems);
  }

  private static Optional<String> text(JsonNode v, String parent, @Nullable String field,
      Problems problems) {
    if (!v.isTextual()) {
      problems.add(at(parent, field), "must be a string, got " + show(v));
      return Optional.empty();
    }
    String s = v.textValue();
    if (s.isBlank()) {
      problems.add(at(parent, field), "must not be blank, got " + quote(s));
      return Optional.empty();
    }
    if (!s.strip().equals(s)) {
      problems.add(at(parent, field), "must not start or end with white space, got " + quote(s));
      return Optional.empty();
    }
    return Optional.of(s);
  }

  private static String at(String parent, @Nullable String field) {
    return field == null ? parent : child(parent, field);
  }

  /** Reads a string that a model factory will check. */
  private Optional<String> string(JsonNode v, String at) {
    if (!v.isTextual()) {
      problems.add(at, "must be a string, got " + show(v));
      return Optional.empty();
    }
    return Optional.of(v.textValue());
  }

  /**
   * Reads a text field and converts it with a model factory, recording a model rule it breaks.
   *
   * @param field the field name
   * @param required whether absence is a problem
   * @param factory the conversion, e.g. {@code LedgerId::of}
   * @param <T> the result type
   * @return the value, empty when absent or invalid
   */
  public <T> Optional<T> text(String field, boolean required, Function<String, T> factory) {
    Optional<JsonNode> v = get(field, required);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (!v.get().isTextual()) {
      problems.add(pointer(field), "must be a string, got " + show(v.get()));
      return Optional.empty();
    }
    try {
      return Optional.of(factory.apply(v.get().textValue()));
    } catch (InvalidValueException e) {
      problems.add(pointer(field), e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Reads an enum field written as a token.
   *
   * @param field the field name
   * @param tokens the tokens of the enum
   * @param required whether absence is a problem
   * @param <E> the enum type
   * @return the constant, empty when absent or unknown
   */
  public <E extends Enum<E>> Optional<E> token(String field, Tokens<E> tokens,
      boolean required) {
    return get(field, required).flatMap(v -> {
      Optional<E> e = v.isTextual() ? tokens.parse(v.textValue()) : Optional.empty();
      if (e.isEmpty()) {
        problems.add(pointer(field), "must " + tokens.rule() + ", got " + show(v));
      }
      return e;
    });
  }

  /**
   * Reads a date field written as {@code YYYY-MM-DD}.
   *
   * @param field the field name
   * @param required whether absence is a problem
   * @return the date, empty when absent or malformed
   */
  public Optional<LocalDate> date(String field, boolean required) {
    return get(field, required).flatMap(v -> {
      Optional<LocalDate> d = v.isTextual() ? parseDate(v.textValue()) : Optional.empty();
      if (d.isPresent()) {
        return d;
      }
      problems.add(pointer(field), "must " + (v.isTextual() ? dateRule(v.textValue())
          : "be a date written YYYY-MM-DD") + ", got " + show(v));
      return Optional.empty();
    });
  }

  /**
   * Parses {@code YYYY-MM-DD} by hand: {@code LocalDate.parse} costs several times more, and
   * a ledger holds many dates.
   *
   * @param s the text
   * @return the date, empty unless the text is a valid date in that form
   */
  public static Optional<LocalDate> parseDate(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return Optional.empty();
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Says which rule a text that {@link #parseDate} refused breaks: written {@code YYYY-MM-DD}
   * but naming a month or day that does not exist (2026-02-30), or not written that way.
   *
   * @param s the text
   * @return the rule, to follow "must": "be a day that exists (February 2026 has 28 days)"
   */
  public static String dateRule(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return "be a date written YYYY-MM-DD";
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return "be a date written YYYY-MM-DD";
    }
    if (month < 1 || month > 12) {
      return "be a day that exists (the month is written 01 to 12)";
    }
    java.time.YearMonth ym = java.time.YearMonth.of(year, month);
    return "be a day that exists (" + ym.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
        java.util.Locale.ENGLISH) + " " + year + " has " + ym.lengthOfMonth() + " days)";
  }

  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /**
   * Reads a whole-number field.
   *
   * @param field the field name
   * @return the number, empty when absent or not a whole number that fits an int
   */
  public OptionalInt integer(String field) {
    return integer(field, false);
  }

  /**
   * Reads a whole-number field that may be required.
   *
   * @param field the field name
   * @param required whether absence is a problem
   * @return the number, empty when absent or not a whole number that fits an int
   */
  public OptionalInt integer(String field, boolean required) {
    Optional<JsonNode> v = get(field, required);
    if (v.isEmpty()) {
      return OptionalInt.empty();
    }
    if (!v.get().isIntegralNumber() || !v.get().canConvertToInt()) {
      problems.add(pointer(field), "must be a whole number, got " + show(v.get()));
      return OptionalInt.empty();
    }
    return OptionalInt.of(v.get().intValue());
  }

  /**
   * Reads a whole-number field that fits a long, such as a count of answers.
   *
   * @param field the field name
   * @param required whether absence is a problem
   * @return the number, empty when absent or not a whole number that fits a long
   */
  public OptionalLong whole(String field, boolean required) {
    Optional<JsonNode> v = get(field, required);
    if (v.isEmpty()) {
      return OptionalLong.empty();
    }
    if (!v.get().isIntegralNumber() || !v.get().canConvertToLong()) {
      problems.add(pointer(field), "must be a whole number, got " + show(v.get()));
      return OptionalLong.empty();
    }
    return OptionalLong.of(v.get().longValue());
  }

  /**
   * Reads a number field; JSON has no NaN or infinities, and numbers too large for a double
   * break the model's finite-number rules.
   *
   * @param field the field name
   * @param required whether absence is a problem
   * @return the number, empty when absent or not a number
   */
  public OptionalDouble number(String field, boolean required) {
    Optional<JsonNode> v = get(field, required);
    if (v.isEmpty()) {
      return OptionalDouble.empty();
    }
    if (!v.get().isNumber()) {
      problems.add(pointer(field), "must be a number, got " + show(v.get()));
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(v.get().doubleValue());
  }

  /**
   * Reads a boolean field.
   *
   * @param field the field name
   * @param required whether absence is a problem
   * @return the flag, empty when absent or not a boolean
   */
  public Optional<Boolean> bool(String field, boolean required) {
    return get(field, required).flatMap(v -> {
      if (!v.isBoolean()) {
        problems.add(pointer(field), "must be true or false, got " + show(v));
        return Optional.empty();
      }
      return Optional.of(v.booleanValue());
    });
  }

  /**
   * Reads an optional field holding one text or an array of texts; absence means empty.
   *
   * @param field the field name
   * @return the texts that are valid
   */
  public List<String> textOrTexts(String field) {
    JsonNode v = node.get(field);
    if (v != null && v.isTextual()) {
      mark(field, true);
      return text(v, pointer(field)).map(List::of).orElse(List.of());
    }
    if (v != null && !v.isArray()) {
      mark(field, true);
      problems.add(pointer(field), "must be a string or an array of strings, got " + show(v));
      return List.of();
    }
    return texts(field);
  }

  /**
   * Reads an optional array of texts; absence means empty.
   *
   * @param field the field name
   * @return the texts that are strings
   */
  public List<String> texts(String field) {
    return array(field, (v, at) -> text(v, at));
  }

  /**
   * Reads an optional array of texts converted with a model factory; absence means empty.
   *
   * @param field the field name
   * @param factory the conversion
   * @param <T> the element type
   * @return the converted values that were valid
   */
  public <T> List<T> texts(String field, Function<String, T> factory) {
    return array(field,
        (v, at) -> string(v, at).flatMap(s -> convert(at, () -> factory.apply(s))));
  }

  /**
   * Reads an optional array of distinct texts (a set); a repeated item is a problem.
   *
   * @param field the field name
   * @return the texts that are strings
   */
  public List<String> distinctTexts(String field) {
    return distinct(field, (v, at) -> text(v, at));
  }

  /**
   * Reads an optional array of distinct texts (a set) converted with a model factory; a
   * repeated item is a problem.
   *
   * @param field the field name
   * @param factory the conversion
   * @param <T> the element type
   * @return the converted values that were valid
   */
  public <T> List<T> distinctTexts(String field, Function<String, T> factory) {
    return distinct(field,
        (v, at) -> string(v, at).flatMap(s -> convert(at, () -> factory.apply(s))));
  }

  /**
   * Reads an optional array that is a set, decoding each item; a repeated item is a problem.
   *
   * @param field the field name
   * @param decoder decodes one item from its node and pointer, recording its problems
   * @param <T> the item type
   * @return the items that decoded
   */
  public <T> List<T> distinct(String field, Decoder<T> decoder) {
    Set<T> seen = new HashSet<>();
    return array(field, (v, at) -> decoder.decode(v, at).flatMap(x -> {
      if (!seen.add(x)) {
        problems.add(at, "must not repeat an earlier item, got " + show(v));
        return Optional.empty();
      }
      return Optional.of(x);
    }));
  }

  /**
   * Reads an optional array, decoding each item; absence means empty.
   *
   * @param field the field name
   * @param decoder decodes one item from its node and pointer, recording its problems
   * @param <T> the item type
   * @return the items that decoded
   */
  public <T> List<T> array(String field, Decoder<T> decoder) {
    List<T> result = new ArrayList<>();
    get(field, false).ifPresent(v -> {
      if (!v.isArray()) {
        problems.add(pointer(field), "must be an array, got " + show(v));
        return;
      }
      String at = pointer(field) + "/";
      for (int i = 0; i < v.size(); i++) {
        decoder.decode(v.get(i), at + i).ifPresent(result::add);
      }
    });
    return result;
  }

  /**
   * Reads an object field.
   *
   * @param field the field name
   * @param required whether absence is a problem
   * @param decoder decodes the object
   * @param <T> the value type
   * @return the value, empty when absent or invalid
   */
  public <T> Optional<T> object(String field, boolean required, Decoder<T> decoder) {
    return get(field, required).flatMap(v -> decoder.decode(v, pointer(field)));
  }

  /**
   * Builds the value once every field was read: records unknown fields (unless lenient), and
   * returns nothing if any problem arose within this object; otherwise builds the value,
   * recording the model rule it breaks, if any.
   *
   * @param build the builder call, run only when the fields are clean
   * @param <T> the value type
   * @return the value, empty when there were problems
   */
  public <T> Optional<T> build(Supplier<T> build) {
    if (!problems.lenient() && found != node.size()) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!asked.contains(name)) {
          problems.add(pointer(name), "must be a field of " + what + ", got unknown field");
        }
      }
    }
    if (problems.count() != before) {
      return Optional.empty();
    }
    try {
      return Optional.of(build.get());
    } catch (InvalidValueException e) {
      problems.add(locate(pointer, e));
      return Optional.empty();
    }
  }

  /**
   * Runs a model rule about one field on its own, recording its problem at that field, so it is
   * reported together with the object's other problems even when the object cannot be built.
   *
   * @param field the field the rule is about
   * @param rule the model's check, throwing {@link InvalidValueException} when broken
   */
  public void check(String field, Runnable rule) {
    try {
      rule.run();
    } catch (InvalidValueException e) {
      problems.add(pointer(field), e.rule());
    }
  }

  private <T> Optional<T> convert(String at, Supplier<T> factory) {
    try {
      return Optional.of(factory.get());
    } catch (InvalidValueException e) {
      problems.add(at, e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Places a broken model rule at the field or item it names, when the document has that
   * value, else at the object with the whole message.
   */
  private Problem locate(String at, InvalidValueException e) {
    if (e.path().isPresent()) {
      StringBuilder ptr = new StringBuilder();
      for (String part : e.path().get().split("/", -1)) {
        ptr.append('/').append(snakeCase(part));
      }
      if (!node.at(ptr.toString()).isMissingNode()) {
        return Problem.at(at + ptr, e.rule());
      }
    }
    return Problem.at(at, e.getMessage());
  }

  private static String snakeCase(String name) {
    StringBuilder sb = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        sb.append('_').append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Quotes a text value for a message the way the core does.
   *
   * @param value the value
   * @return the quoted value
   */
  public static String quote(Object value) {
    return Checks.quote(value);
  }

  /**
   * Decodes one value from a node at a pointer, recording its problems.
   *
   * @param <T> the value type
   */
  @FunctionalInterface
  public interface Decoder<T> {
    /**
     * Decodes a value.
     *
     * @param node the node
     * @param pointer its JSON pointer
     * @return the value, empty when it had problems
     */
    Optional<T> decode(JsonNode node, String pointer);
  }
}
