package dev.valuex.interchange.internal;

import dev.valuex.core.internal.NameKeys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds values by a name compared ignoring case, spaces and punctuation, and suggests the
 * nearest names by edit distance for a name it does not know.
 */
public final class Nearest<T> {
  private final Map<String, T> byKey = new LinkedHashMap<>();
  private final Map<String, String> shownByKey = new LinkedHashMap<>();

  /** Adds a name. */
  public void add(String name, String shown, T value) {
    String key = key(name);
    byKey.putIfAbsent(key, value);
    shownByKey.putIfAbsent(key, shown);
  }

  /** Adds another name for a value, matched but never suggested. */
  public void alias(String name, T value) {
    byKey.putIfAbsent(key(name), value);
  }

  /**
   * Finds the value of a name.
   *
   * @param name the name, compared ignoring case, spaces and punctuation
   */
  public Optional<T> find(String name) {
    return Optional.ofNullable(byKey.get(key(name)));
  }

  /** Suggests the nearest known names, best first. */
  public List<String> suggest(String name, int max) {
    String key = key(name);
    List<String> keys = new ArrayList<>(shownByKey.keySet());
    keys.sort(Comparator.<String>comparingInt(k -> NameKeys.distance(key, k))
        .thenComparing(k -> shownByKey.get(k)));
    List<String> result = new ArrayList<>();
    for (String k : keys.subList(0, Math.min(max, keys.size()))) {
      result.add(shownByKey.get(k));
    }
    return result;
  }

  /** Normalises a name: lower case, letters and digits only. */
  public static String key(String name) {
    return NameKeys.key(name);
  }
}
