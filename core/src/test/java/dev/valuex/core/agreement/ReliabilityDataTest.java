package dev.valuex.core.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.core.InvalidValueException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The coefficients against published worked examples. Every expected value was recomputed by
 * hand-written Python before it was asserted here.
 */
class ReliabilityDataTest {
  private static final Bootstrap BOOTSTRAP = Bootstrap.defaults();

  /**
   * Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), section C: nominal data,
   * four observers, twelve units, missing values; alpha = 0.743.
   */
  static ReliabilityData<Integer> krippendorff2011() {
    Integer[][] byObserver = {
        {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null},
        {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},
        {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},
        {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null}};
    List<String> observers = List.of("A", "B", "C", "D");
    ReliabilityData.Builder<Integer> b = ReliabilityData.<Integer>builder()
        .addAllCoders(observers);
    for (int u = 0; u < 12; u++) {
      Map<String, Integer> values = new LinkedHashMap<>();
      for (int o = 0; o < 4; o++) {
        if (byObserver[o][u] != null) {
          values.put(observers.get(o), byObserver[o][u]);
        }
      }
      b.addUnits(RatedUnit.of("unit " + (u + 1), values));
    }
    return b.build();
  }

  /**
   * Fleiss, "Measuring nominal scale agreement among many raters" (Psychological Bulletin,
   * 1971), table 1: 30 patients, six psychiatrists each, five diagnoses; kappa = 0.430. The
   * ratings are those of R's irr package (data set {@code diagnoses}), whose kappam.fleiss gives
   * 0.4302445.
   */
  static ReliabilityData<Integer> fleiss1971() {
    int[][] patients = {
        {4, 4, 4, 4, 4, 4}, {2, 2, 2, 5, 5, 5}, {2, 3, 3, 3, 3, 5}, {5, 5, 5, 5, 5, 5},
        {2, 2, 2, 4, 4, 4}, {1, 1, 3, 3, 3, 3}, {3, 3, 3, 3, 5, 5}, {1, 1, 3, 3, 3, 4},
        {1, 1, 4, 4, 4, 4}, {5, 5, 5, 5, 5, 5}, {1, 4, 4, 4, 4, 4}, {1, 2, 4, 4, 4, 4},
        {2, 2, 2, 3, 3, 3}, {1, 4, 4, 4, 4, 4}, {2, 2, 4, 4, 4, 5}, {3, 3, 3, 3, 3, 5},
        {1, 1, 1, 4, 5, 5}, {1, 1, 1, 1, 1, 2}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 5, 5, 5},
        {5, 5, 5, 5, 5, 5}, {2, 4, 4, 4, 4, 4}, {2, 2, 4, 5, 5, 5}, {1, 1, 4, 4, 4, 4},
        {1, 4, 4, 4, 4, 5}, {2, 2, 2, 2, 2, 4}, {1, 1, 1, 1, 5, 5}, {2, 2, 4, 4, 4, 4},
        {1, 3, 3, 3, 3, 3}, {5, 5, 5, 5, 5, 5}};
    List<String> raters = List.of("r1", "r2", "r3", "r4", "r5", "r6");
    ReliabilityData.Builder<Integer> b = ReliabilityData.<Integer>builder().addAllCoders(raters);
    for (int p = 0; p < patients.length; p++) {
      Map<String, Integer> values = new LinkedHashMap<>();
      for (int r = 0; r < 6; r++) {
        values.put(raters.get(r), patients[p][r]);
      }
      b.addUnits(RatedUnit.of("patient " + (p + 1), values));
    }
    return b.build();
  }

  /**
   * The two-reader example of Wikipedia's "Cohen's kappa" article (50 grant proposals: both
   * yes 20, A yes and B no 5, A no and B yes 10, both no 15): po = 0.7, pe = 0.5, kappa = 0.4.
   */
  static ReliabilityData<String> grantProposals() {
    ReliabilityData.Builder<String> b = ReliabilityData.<String>builder().addCoders("A", "B");
    int[] counts = {20, 5, 10, 15};
    String[][] cells = {{"yes", "yes"}, {"yes", "no"}, {"no", "yes"}, {"no", "no"}};
    int unit = 0;
    for (int c = 0; c < 4; c++) {
      for (int i = 0; i < counts[c]; i++) {
        b.addUnits(RatedUnit.of("proposal " + ++unit, Map.of("A", cells[c][0], "B",
            cells[c][1])));
      }
    }
    return b.build();
  }

  @Test
  void krippendorffsNominalExampleGivesAlpha0743() {
    Estimate alpha = krippendorff2011().krippendorffAlpha(BOOTSTRAP).orElseThrow();
    assertEquals(0.743421052631579, alpha.value(), 1e-12);
    assertEquals(11, alpha.units(), "unit 12 has one value only and cannot be paired");
    assertTrue(alpha.lower() <= alpha.value() && alpha.value() <= alpha.upper(), alpha::toString);
  }

  @Test
  void masiAlphaOfSingletonSetsEqualsNominalAlpha() {
    ReliabilityData<Set<Integer>> sets = krippendorff2011().map(Set::of);
    assertEquals(0.743421052631579,
        sets.alpha(Distance.masi(), BOOTSTRAP).orElseThrow().value(), 1e-12);
  }

  @Test
  void aDistanceOfZeroBetweenTwoValuesCountsThemAsOne() {
    // Values 4 and 5 of Krippendorff's example zero apart: alpha is the nominal alpha of the
    // data with every 5 coded as 4, interval and all.
    Distance<Integer> fourIsFive = (a, b) -> a.equals(b) || a + b == 9 ? 0 : 1;
    Estimate merged = krippendorff2011().alpha(fourIsFive, BOOTSTRAP).orElseThrow();
    Estimate recoded = krippendorff2011().map(v -> v == 5 ? 4 : v).krippendorffAlpha(BOOTSTRAP)
        .orElseThrow();
    assertEquals(recoded.value(), merged.value(), 1e-12);
    assertEquals(recoded.lower(), merged.lower(), 1e-12);
    assertEquals(recoded.upper(), merged.upper(), 1e-12);
  }

  @Test
  void fleissOriginalExampleGivesKappa0430() {
    Estimate kappa = fleiss1971().fleissKappa(BOOTSTRAP).orElseThrow();
    assertEquals(0.4302445200601409, kappa.value(), 1e-12);
    assertEquals(30, kappa.units());
  }

  @Test
  void textbookTwoReaderExampleGivesCohensKappa04() {
    ReliabilityData<String> data = grantProposals();
    assertEquals(0.4, data.cohensKappa(BOOTSTRAP).orElseThrow().value(), 1e-12);
    assertEquals(0.7, data.percentAgreement(BOOTSTRAP).orElseThrow().value(), 1e-12);
  }

  @Test
  void masiDistanceFollowsPassonneau() {
    Distance<Set<String>> masi = Distance.masi();
    assertEquals(0, masi.between(Set.of("a", "b"), Set.of("b", "a")), 1e-12);
    assertEquals(1 - 0.5 * 2 / 3.0, masi.between(Set.of("a", "b"), Set.of("a")), 1e-12);
    assertEquals(1 - 1 / 3.0 * 1 / 3.0, masi.between(Set.of("a", "b"), Set.of("a", "c")),
        1e-12);
    assertEquals(1, masi.between(Set.of("a"), Set.of("c")), 1e-12);
  }

  @Test
  void sameSeedGivesTheSameIntervalAndAnotherSeedAnother() {
    ReliabilityData<Integer> data = fleiss1971();
    Estimate once = data.fleissKappa(Bootstrap.of(500, 3)).orElseThrow();
    assertEquals(once, data.fleissKappa(Bootstrap.of(500, 3)).orElseThrow());
    assertNotEquals(once, data.fleissKappa(Bootstrap.of(500, 4)).orElseThrow());
    assertEquals(500, once.replicates());
  }

  @Test
  void cohensKappaIsUndefinedWhenBothCodersUsedOneValueThroughout() {
    ReliabilityData<String> same = ReliabilityData.<String>builder().addCoders("A", "B")
        .addUnits(RatedUnit.of("1", Map.of("A", "x", "B", "x")))
        .addUnits(RatedUnit.of("2", Map.of("A", "x", "B", "x")))
        .build();
    assertFalse(same.cohensKappa(BOOTSTRAP).isPresent());
    assertFalse(same.krippendorffAlpha(BOOTSTRAP).isPresent());
    assertEquals(1, same.percentAgreement(BOOTSTRAP).orElseThrow().value());
  }

  @Test
  void cohensKappaNeedsExactlyTwoCoders() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> krippendorff2011().cohensKappa(BOOTSTRAP));
    assertEquals("ReliabilityData: Cohen's kappa needs exactly two coders, got 4 (use"
        + " fleissKappa or krippendorffAlpha)", e.getMessage());
  }

  @Test
  void rejectsFewerThanTwoCoders() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ReliabilityData.<String>builder().addCoders("A")
            .addUnits(RatedUnit.of("1", Map.of("A", "x"))).build());
    assertEquals("ReliabilityData: coders must be at least two, got 1", e.getMessage());
  }

  @Test
  void rejectsDataWithoutAUnitCodedTwice() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ReliabilityData.<String>builder().addCoders("A", "B")
            .addUnits(RatedUnit.of("1", Map.of("A", "x")))
            .addUnits(RatedUnit.of("2", Map.of("B", "x"))).build());
    assertEquals("ReliabilityData: units must include one coded by two coders or more, got"
        + " none among 2 units", e.getMessage());
  }

  @Test
  void rejectsAValueOfAnUnknownCoder() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ReliabilityData.<String>builder().addCoders("A", "B")
            .addUnits(RatedUnit.of("1", Map.of("A", "x", "C", "x"))).build());
    assertEquals("ReliabilityData unit 1: values must name only coders A, B, got 'C'",
        e.getMessage());
  }

  @Test
  void rejectsRepeatedCodersAndUnitIds() {
    assertEquals("ReliabilityData: coders must be distinct, got 'A'",
        assertThrows(InvalidValueException.class, () -> ReliabilityData.<String>builder()
            .addCoders("A", "A").addUnits(RatedUnit.of("1", Map.of("A", "x"))).build())
            .getMessage());
    assertEquals("ReliabilityData: units must have distinct ids, got '1'",
        assertThrows(InvalidValueException.class, () -> ReliabilityData.<String>builder()
            .addCoders("A", "B").addUnits(RatedUnit.of("1", Map.of("A", "x", "B", "x")))
            .addUnits(RatedUnit.of("1", Map.of("A", "y"))).build()).getMessage());
  }

  @Test
  void rejectsTooFewReplicates() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Bootstrap.of(10, 1));
    assertEquals("Bootstrap: replicates must be from 100 to 1000000, got 10", e.getMessage());
  }
}
