package dev.valuex.core.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The bootstrap interval reproduced from its documented definition ({@link Bootstrap}, {@link
 * Estimate}): one {@link Random} seeded once, each replicate drawing as many units as the
 * coefficient uses with {@code nextInt(units)}, resamples whose coefficient is undefined left
 * out, and the 2.5th and 97.5th percentiles interpolated linearly between order statistics at
 * position {@code p * (replicates - 1)}. Someone reproducing a reported interval elsewhere
 * relies on each of these steps.
 */
class BootstrapIntervalTest {

  /** The units in data order: coders A, B and C, null for a missing coding. */
  private static final String[][] CODES = {
      {"yes", "yes", "yes"}, {"yes", "no", "yes"}, {"no", "no", null}, {"no", "yes", "yes"},
      {"yes", null, null}, {"yes", "yes", "no"}, {"no", "no", "no"}, {"yes", "yes", null},
      {"no", "yes", "no"}, {"yes", "yes", "yes"}, {null, "no", "no"}, {"no", "no", "yes"}};

  private static ReliabilityData<String> threeCoders() {
    String[] names = {"A", "B", "C"};
    ReliabilityData.Builder<String> b = ReliabilityData.<String>builder().addCoders(names);
    for (int u = 0; u < CODES.length; u++) {
      Map<String, String> values = new LinkedHashMap<>();
      for (int c = 0; c < 3; c++) {
        if (CODES[u][c] != null) {
          values.put(names[c], CODES[u][c]);
        }
      }
      b.addUnits(RatedUnit.of("s" + (u + 1), values));
    }
    return b.build();
  }

  private static double percentile(double[] sorted, double p) {
    double position = p * (sorted.length - 1);
    int below = (int) position;
    double fraction = position - below;
    return below + 1 < sorted.length
        ? sorted[below] * (1 - fraction) + sorted[below + 1] * fraction : sorted[below];
  }

  /** A coefficient of units weighted by how often a resample drew them. */
  private interface Coefficient {
    double of(int[] drawn);
  }

  private static double[] interval(int units, Coefficient coefficient, Bootstrap bootstrap,
      int[] defined) {
    Random random = new Random(bootstrap.seed());
    double[] values = new double[bootstrap.replicates()];
    int n = 0;
    for (int r = 0; r < bootstrap.replicates(); r++) {
      int[] drawn = new int[units];
      for (int i = 0; i < units; i++) {
        drawn[random.nextInt(units)]++;
      }
      double v = coefficient.of(drawn);
      if (!Double.isNaN(v)) {
        values[n++] = v;
      }
    }
    double[] sorted = Arrays.copyOf(values, n);
    Arrays.sort(sorted);
    defined[0] = n;
    return new double[] {percentile(sorted, 0.025), percentile(sorted, 0.975)};
  }

  @Test
  void percentAgreementsIntervalIsTheSeededResamplesPercentiles() {
    // Units coded by two coders or more (all but s5), each with its share of agreeing pairs.
    double[] share = new double[11];
    int u = 0;
    for (String[] row : CODES) {
      int pairs = 0;
      int alike = 0;
      for (int i = 0; i < 3; i++) {
        for (int j = i + 1; j < 3; j++) {
          if (row[i] != null && row[j] != null) {
            pairs++;
            alike += row[i].equals(row[j]) ? 1 : 0;
          }
        }
      }
      if (pairs > 0) {
        share[u++] = (double) alike / pairs;
      }
    }
    assertEquals(11, u);
    for (Bootstrap b : new Bootstrap[] {Bootstrap.of(101, 42), Bootstrap.of(240, 7)}) {
      int[] defined = new int[1];
      double[] expected = interval(11, drawn -> {
        double sum = 0;
        for (int i = 0; i < 11; i++) {
          sum += drawn[i] * share[i];
        }
        return sum / 11;
      }, b, defined);
      Estimate e = threeCoders().percentAgreement(b).orElseThrow();
      assertEquals(Arrays.stream(share).sum() / 11, e.value(), 1e-12);
      assertEquals(expected[0], e.lower(), 1e-12, "lower, " + b);
      assertEquals(expected[1], e.upper(), 1e-12, "upper, " + b);
      assertEquals(b.replicates(), e.replicates());
      assertEquals(11, e.units());
    }
  }

  @Test
  void cohensKappaIntervalLeavesOutResamplesWhereItIsUndefined() {
    // Five statements: three coded yes by both, one no by A and yes by B, one no by both.
    // A resample of only the first three (about 8% of them) holds one value throughout, where
    // kappa is undefined.
    String[][] both = {{"yes", "yes"}, {"yes", "yes"}, {"yes", "yes"}, {"no", "yes"},
        {"no", "no"}};
    ReliabilityData.Builder<String> data = ReliabilityData.<String>builder().addCoders("A", "B");
    for (int u = 0; u < both.length; u++) {
      data.addUnits(RatedUnit.of("s" + (u + 1), Map.of("A", both[u][0], "B", both[u][1])));
    }
    Coefficient kappa = drawn -> {
      double n = 0;
      double alike = 0;
      double aYes = 0;
      double bYes = 0;
      for (int i = 0; i < both.length; i++) {
        n += drawn[i];
        alike += both[i][0].equals(both[i][1]) ? drawn[i] : 0;
        aYes += both[i][0].equals("yes") ? drawn[i] : 0;
        bYes += both[i][1].equals("yes") ? drawn[i] : 0;
      }
      double po = alike / n;
      double pe = aYes / n * (bYes / n) + (n - aYes) / n * ((n - bYes) / n);
      return 1 - pe < 1e-12 ? Double.NaN : (po - pe) / (1 - pe);
    };
    int[] ones = new int[5];
    Arrays.fill(ones, 1);
    Bootstrap b = Bootstrap.of(1000, 3);
    int[] defined = new int[1];
    double[] expected = interval(5, kappa, b, defined);
    Estimate e = data.build().cohensKappa(b).orElseThrow();
    // po 0.8, pe 0.6 * 0.8 + 0.4 * 0.2 = 0.56: kappa 0.24 / 0.44
    assertEquals(0.24 / 0.44, e.value(), 1e-12);
    assertEquals(kappa.of(ones), e.value(), 1e-12);
    assertEquals(expected[0], e.lower(), 1e-12);
    assertEquals(expected[1], e.upper(), 1e-12);
    assertEquals(defined[0], e.replicates());
    assertTrue(e.replicates() < 1000, "some resamples are undefined: " + e.replicates());
    assertEquals(5, e.units());
  }
}
