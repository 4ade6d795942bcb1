package dev.valuex.core.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The arithmetic behind {@link ReliabilityData}: values become small integers, each unit an
 * array of them (-1 for a missing coding), and every coefficient is computed from per-unit
 * parts weighted by how often a bootstrap resample drew the unit (1 for the estimate itself).
 */
final class Measures<V> {
  private static final double TINY = 1e-12;

  enum Kind { PERCENT, COHEN, FLEISS }

  private final int coders;
  private final List<V> categories = new ArrayList<>();
  private final int[][] units;

  Measures(ReliabilityData<V> data) {
    coders = data.coders().size();
    Map<V, Integer> index = new HashMap<>();
    units = new int[data.units().size()][];
    for (int u = 0; u < units.length; u++) {
      RatedUnit<V> unit = data.units().get(u);
      int[] row = new int[coders];
      for (int c = 0; c < coders; c++) {
        V v = unit.values().get(data.coders().get(c));
        if (v == null) {
          row[c] = -1;
        } else {
          Integer i = index.get(v);
          if (i == null) {
            i = categories.size();
            index.put(v, i);
            categories.add(v);
          }
          row[c] = i;
        }
      }
      units[u] = row;
    }
  }

  private static int coded(int[] row) {
    int n = 0;
    for (int v : row) {
      n += v >= 0 ? 1 : 0;
    }
    return n;
  }

  /** A coefficient computed from weighted units; NaN when undefined. */
  private interface Statistic {
    double of(int[] weights);
  }

  Optional<Estimate> estimate(Kind kind, Bootstrap bootstrap) {
    List<int[]> eligible = new ArrayList<>();
    for (int[] row : units) {
      int n = coded(row);
      boolean use = kind == Kind.COHEN ? row[0] >= 0 && row[1] >= 0
          : kind == Kind.FLEISS ? n == coders : n >= 2;
      if (use) {
        eligible.add(row);
      }
    }
    int k = categories.size();
    Statistic s;
    switch (kind) {
      case PERCENT:
        s = percent(eligible);
        break;
      case COHEN:
        s = cohen(eligible, k);
        break;
      default:
        s = fleiss(eligible, k);
        break;
    }
    return estimate(eligible.size(), s, bootstrap);
  }

  private static Statistic percent(List<int[]> rows) {
    double[] share = new double[rows.size()];
    for (int u = 0; u < share.length; u++) {
      int[] row = rows.get(u);
      int pairs = 0;
      int alike = 0;
      for (int i = 0; i < row.length; i++) {
        for (int j = i + 1; j < row.length; j++) {
          if (row[i] >= 0 && row[j] >= 0) {
            pairs++;
            alike += row[i] == row[j] ? 1 : 0;
          }
        }
      }
      share[u] = (double) alike / pairs;
    }
    return w -> {
      double sum = 0;
      long n = 0;
      for (int u = 0; u < share.length; u++) {
        sum += w[u] * share[u];
        n += w[u];
      }
      return sum / n;
    };
  }

  private static Statistic cohen(List<int[]> rows, int k) {
    return w -> {
      double[] a = new double[k];
      double[] b = new double[k];
      double alike = 0;
      long n = 0;
      for (int u = 0; u < rows.size(); u++) {
        int[] row = rows.get(u);
        a[row[0]] += w[u];
        b[row[1]] += w[u];
        alike += row[0] == row[1] ? w[u] : 0;
        n += w[u];
      }
      double po = alike / n;
      double pe = 0;
      for (int c = 0; c < k; c++) {
        pe += a[c] / n * (b[c] / n);
      }
      return 1 - pe < TINY ? Double.NaN : (po - pe) / (1 - pe);
    };
  }

  private Statistic fleiss(List<int[]> rows, int k) {
    int m = coders;
    double[] agreement = new double[rows.size()];
    for (int u = 0; u < rows.size(); u++) {
      int[] counts = new int[k];
      for (int v : rows.get(u)) {
        counts[v]++;
      }
      long squares = 0;
      for (int c : counts) {
        squares += (long) c * c;
      }
      agreement[u] = (double) (squares - m) / ((double) m * (m - 1));
    }
    return w -> {
      double[] totals = new double[k];
      double pBar = 0;
      long n = 0;
      for (int u = 0; u < rows.size(); u++) {
        if (w[u] == 0) {
          continue;
        }
        for (int v : rows.get(u)) {
          totals[v] += w[u];
        }
        pBar += w[u] * agreement[u];
        n += w[u];
      }
      pBar /= n;
      double pe = 0;
      for (double t : totals) {
        double p = t / ((double) n * m);
        pe += p * p;
      }
      return 1 - pe < TINY ? Double.NaN : (pBar - pe) / (1 - pe);
    };
  }

  Optional<Estimate> alpha(Distance<? super V> distance, Bootstrap bootstrap) {
    int k = categories.size();
    double[][] delta = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        double d = distance.between(categories.get(i), categories.get(j));
        if (!(d >= 0) || Double.isInfinite(d)) {
          throw new IllegalArgumentException("Distance: between " + categories.get(i) + " and "
              + categories.get(j) + " must be a finite number at least 0, got " + d);
        }
        delta[i][j] = d;
        delta[j][i] = d;
      }
    }
    List<int[]> rows = new ArrayList<>();
    for (int[] row : units) {
      if (coded(row) >= 2) {
        rows.add(row);
      }
    }
    double[] within = new double[rows.size()];
    int[] sizes = new int[rows.size()];
    for (int u = 0; u < rows.size(); u++) {
      int[] row = rows.get(u);
      double sum = 0;
      for (int i = 0; i < row.length; i++) {
        for (int j = 0; j < row.length; j++) {
          if (i != j && row[i] >= 0 && row[j] >= 0) {
            sum += delta[row[i]][row[j]];
          }
        }
      }
      sizes[u] = coded(row);
      within[u] = sum / (sizes[u] - 1);
    }
    Statistic s = w -> {
      double[] totals = new double[k];
      double observed = 0;
      double n = 0;
      for (int u = 0; u < rows.size(); u++) {
        if (w[u] == 0) {
          continue;
        }
        for (int v : rows.get(u)) {
          if (v >= 0) {
            totals[v] += w[u];
          }
        }
        observed += w[u] * within[u];
        n += (double) w[u] * sizes[u];
      }
      double expected = 0;
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          expected += totals[i] * totals[j] * delta[i][j];
        }
      }
      expected /= n * (n - 1);
      observed /= n;
      return expected < TINY ? Double.NaN : 1 - observed / expected;
    };
    return estimate(rows.size(), s, bootstrap);
  }

  private static Optional<Estimate> estimate(int n, Statistic s, Bootstrap bootstrap) {
    if (n == 0) {
      return Optional.empty();
    }
    int[] weights = new int[n];
    Arrays.fill(weights, 1);
    double value = s.of(weights);
    if (Double.isNaN(value)) {
      return Optional.empty();
    }
    Random random = new Random(bootstrap.seed());
    double[] replicates = new double[bootstrap.replicates()];
    int defined = 0;
    for (int r = 0; r < bootstrap.replicates(); r++) {
      Arrays.fill(weights, 0);
      for (int i = 0; i < n; i++) {
        weights[random.nextInt(n)]++;
      }
      double x = s.of(weights);
      if (!Double.isNaN(x)) {
        replicates[defined++] = x;
      }
    }
    double lower = value;
    double upper = value;
    if (defined > 0) {
      double[] sorted = Arrays.copyOf(replicates, defined);
      Arrays.sort(sorted);
      lower = percentile(sorted, (1 - Estimate.LEVEL) / 2);
      upper = percentile(sorted, 1 - (1 - Estimate.LEVEL) / 2);
    }
    return Optional.of(Estimate.builder().value(value).lower(lower).upper(upper).units(n)
        .replicates(defined).build());
  }

  private static double percentile(double[] sorted, double p) {
    double position = p * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  }
}
