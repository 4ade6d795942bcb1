package dev.valuex.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;

class RateProperties {

  @Property(tries = 300)
  void printedRateParsesBackToTheSameRate(
      @ForAll @DoubleRange(min = 0, max = 1) double fraction) {
    Rate rate = Rate.ofFraction(fraction);
    assertEquals(rate, Rate.parse(rate.toString()));
  }

  @Property(tries = 300)
  void percentIsOneHundredTimesTheFraction(
      @ForAll @DoubleRange(min = 0, max = 100) double percent) {
    assertEquals(percent, Rate.ofPercent(percent).percent(), 1e-9);
    assertEquals(percent / 100, Rate.ofPercent(percent).fraction(), 1e-12);
  }

  @Property(tries = 300)
  void complementsAddUpToOne(@ForAll @LongRange(min = 0, max = 1000) long part,
      @ForAll @LongRange(min = 1000, max = 1000) long whole) {
    Rate rate = Rate.ratio(part, whole);
    assertEquals(1.0, rate.fraction() + rate.complement().fraction(), 1e-15);
    assertEquals(Rate.ratio(whole - part, whole).fraction(), rate.complement().fraction(),
        1e-15);
  }
}
