package dev.valuex.metrics;

import static dev.valuex.core.internal.Checks.check;

import dev.valuex.core.InvalidValueException;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A rate or share held as a fraction in [0, 1], such as a retention rate, a discount rate, a
 * gross margin or the share of promoters.
 *
 * <p>There is no factory taking a bare number: {@link #ofFraction(double)} takes 0.05 and
 * {@link #ofPercent(double)} takes 5, and either one rejects the other's scale where it can
 * ({@code ofFraction(5)} fails), so a 5 can never be mistaken for 5%.
 *
 * <pre>{@code
 * Rate retention = Rate.ofPercent(80);       // 80%
 * Rate discount = Rate.ofFraction(0.10);     // 10%
 * retention.fraction();                      // 0.8
 * Rate.parse("12.5%").equals(Rate.ofFraction(0.125)); // true
 * }</pre>
 */
@Value.Immutable
public abstract class Rate implements Comparable<Rate> {

  Rate() {}

  /**
   * Returns the rate as a fraction.
   *
   * @return the fraction in [0, 1]
   */
  public abstract double fraction();

  /**
   * Returns a rate given as a fraction, e.g. 0.05 for 5%.
   *
   * @param fraction the fraction in [0, 1]
   * @return the rate, never null
   * @throws InvalidValueException if {@code fraction} is not a finite number in [0, 1]
   */
  public static Rate ofFraction(double fraction) {
    // Adding 0.0 turns -0.0 into 0.0, so zero has one representation and equality holds.
    return ImmutableRate.builder().fraction(fraction + 0.0).build();
  }

  /**
   * Returns a rate given in percent, e.g. 5 for 5%.
   *
   * @param percent the percentage in [0, 100]
   * @return the rate, never null
   * @throws InvalidValueException if {@code percent} is not a finite number in [0, 100]
   */
  public static Rate ofPercent(double percent) {
    check(percent >= 0 && percent <= 100, "Rate", "percent", "be a finite number in [0, 100]",
        percent);
    return ofFraction(BigDecimal.valueOf(percent).movePointLeft(2).doubleValue());
  }

  /**
   * Returns the share {@code part / whole}, e.g. 3 promoters out of 12 answers.
   *
   * @param part the count in the share, 0 to {@code whole}
   * @param whole the total count, positive
   * @return the rate, never null
   * @throws InvalidValueException if {@code whole} is not positive or {@code part} is not in
   *     [0, whole]
   */
  public static Rate ratio(long part, long whole) {
    check(whole > 0, "Rate", "whole", "be positive", whole);
    check(part >= 0 && part <= whole, "Rate", "part", "be between 0 and the whole " + whole,
        part);
    return ofFraction((double) part / whole);
  }

  /**
   * Reads a rate written the way {@link #toString()} writes it, e.g. {@code "12.5%"}.
   *
   * @param text the text, a percentage with a trailing {@code %}
   * @return the rate, never null
   * @throws InvalidValueException if the text is not a percentage in [0%, 100%]
   */
  public static Rate parse(CharSequence text) {
    String s = text.toString().strip();
    check(s.endsWith("%"), "Rate", "text", "be a percentage such as '12.5%'", s);
    BigDecimal percent;
    try {
      percent = new BigDecimal(s.substring(0, s.length() - 1).strip());
    } catch (NumberFormatException e) {
      throw new InvalidValueException(dev.valuex.core.internal.Checks.message(
          "Rate", "text", "be a percentage such as '12.5%'", s));
    }
    return ofPercent(percent.doubleValue());
  }

  /**
   * Returns the rate in percent.
   *
   * @return the percentage in [0, 100]
   */
  public final double percent() {
    return BigDecimal.valueOf(fraction()).movePointRight(2).doubleValue();
  }

  /**
   * Returns one minus this rate, e.g. churn from retention.
   *
   * @return the complement, never null
   */
  public final Rate complement() {
    return ofFraction(1.0 - fraction());
  }

  @Override
  public final int compareTo(Rate other) {
    return Double.compare(fraction(), other.fraction());
  }

  /**
   * Returns the rate as a percentage, e.g. {@code "12.5%"}, which {@link #parse(CharSequence)}
   * reads back.
   *
   * @return the text, never null
   */
  @Override
  public final String toString() {
    return BigDecimal.valueOf(fraction()).movePointRight(2).stripTrailingZeros().toPlainString()
        + "%";
  }

  @Value.Check
  final void validate() {
    check(fraction() >= 0 && fraction() <= 1, "Rate", "fraction",
        "be a finite number in [0, 1] (for percentages use Rate.ofPercent)", fraction());
  }
}
