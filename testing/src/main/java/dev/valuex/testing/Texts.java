package dev.valuex.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Readable text generators whose values pass valuex's text rules (trimmed, not blank). */
final class Texts {
  private Texts() {}

  static Arbitrary<String> word() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10);
  }

  /** One to {@code maxWords} words joined by single spaces, first letter upper case. */
  static Arbitrary<String> phrase(int maxWords) {
    return word().list().ofMinSize(1).ofMaxSize(maxWords).map(words -> {
      String s = String.join(" ", words);
      return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    });
  }

  /** Lower-case letters and digits in one to three words joined by hyphens. */
  static Arbitrary<String> slug() {
    return Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
        .ofMinLength(1).ofMaxLength(8)
        .list().ofMinSize(1).ofMaxSize(3)
        .map(parts -> String.join("-", parts));
  }

  /** A pseudonym such as {@code P07} or {@code researcher-3}. */
  static Arbitrary<String> pseudonym() {
    Arbitrary<String> prefix = Arbitraries.of("P", "C", "researcher-", "team-", "persona-");
    return prefix.flatMap(p -> Arbitraries.integers().between(1, 999).map(n -> p + n));
  }
}
