package dev.valuex.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The edit distance behind "nearest known" suggestions for a mistyped card name, on pairs whose
 * Levenshtein distance is known by hand.
 */
class NameKeysDistanceTest {

  @Test
  void countsSubstitutionsInsertionsAndDeletions() {
    assertEquals(3, NameKeys.distance("kitten", "sitting"));
    assertEquals(2, NameKeys.distance("flaw", "lawn"));
    assertEquals(1, NameKeys.distance("savngs", "savings"));
    assertEquals(1, NameKeys.distance("savings", "savngs"));
    assertEquals(2, NameKeys.distance("savings", "svaings"));
  }

  @Test
  void theDistanceToNothingIsTheLength() {
    assertEquals(0, NameKeys.distance("", ""));
    assertEquals(3, NameKeys.distance("", "fun"));
    assertEquals(3, NameKeys.distance("fun", ""));
    assertEquals(0, NameKeys.distance("savings", "savings"));
  }
}
