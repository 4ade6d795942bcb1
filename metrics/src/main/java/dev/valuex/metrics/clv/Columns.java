package dev.valuex.metrics.clv;

import java.util.List;

/** Purchase histories laid out in columns, for fast likelihood evaluation. */
final class Columns {
  final int size;
  final int[] frequency;
  final double[] recency;
  final double[] age;
  final double[] spend;
  final int maxFrequency;

  private Columns(int[] frequency, double[] recency, double[] age, double[] spend) {
    this.size = frequency.length;
    this.frequency = frequency;
    this.recency = recency;
    this.age = age;
    this.spend = spend;
    int max = 0;
    for (int x : frequency) {
      max = Math.max(max, x);
    }
    this.maxFrequency = max;
  }

  static Columns of(List<PurchaseHistory> histories) {
    int n = histories.size();
    int[] frequency = new int[n];
    double[] recency = new double[n];
    double[] age = new double[n];
    double[] spend = new double[n];
    for (int i = 0; i < n; i++) {
      PurchaseHistory h = histories.get(i);
      frequency[i] = h.frequency();
      recency[i] = h.recency();
      age[i] = h.age();
      spend[i] = h.meanRepeatSpend();
    }
    return new Columns(frequency, recency, age, spend);
  }
}
