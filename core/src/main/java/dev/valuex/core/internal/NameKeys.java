package dev.valuex.core.internal;

import java.util.Locale;

/**
 * Lookup keys and edit distances for names typed by people, shared by every valuex module that
 * resolves card names ("Status/Recognition", "status recognition") or suggests the nearest
 * known names after a typo.
 *
 * <p>Internal to valuex: exported only to valuex modules.
 */
public final class NameKeys {
  private NameKeys() {}

  /**
   * Returns the lookup key of a name or alias: its letters and digits, lower-cased, so that
   * {@code "Status/Recognition"} and {@code "status recognition"} share the key {@code
   * statusrecognition}.
   *
   * @param name the name, not null
   * @return the key, never null, empty when the name has no letters or digits
   */
  public static String key(String name) {
    // Plain loops: this runs for every card while the default catalog loads, before the JIT
    // has warmed up, where a stream pipeline costs noticeably more. Most names are ASCII.
    StringBuilder ascii = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        ascii.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        ascii.append((char) (c + ('a' - 'A')));
      } else if (c >= 0x80) {
        return unicodeKey(name);
      }
    }
    return ascii.toString();
  }

  private static String unicodeKey(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        sb.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  /**
   * Returns the edit distance (insertions, deletions, substitutions) between two strings, used
   * to list the nearest known names when a lookup fails.
   *
   * @param a one string, not null
   * @param b the other string, not null
   * @return the Levenshtein distance, at least zero
   */
  public static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
