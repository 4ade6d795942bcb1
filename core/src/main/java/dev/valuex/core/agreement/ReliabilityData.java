package dev.valuex.core.agreement;

import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.InvalidValueException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * Reliability data: units coded by two or more coders, with missing codings allowed, and the
 * agreement coefficients computed on them. Each coefficient comes as an {@link Estimate} with
 * a 95% bootstrap interval over units, or empty when it is undefined for the data (every value
 * the same, so agreement beyond chance cannot be told, or no unit it can use).
 *
 * <table>
 *   <caption>The coefficients and the units each uses</caption>
 *   <tr><th>coefficient</th><th>units used</th></tr>
 *   <tr><td>{@link #percentAgreement} (mean share of agreeing coder pairs)</td>
 *       <td>coded by two coders or more</td></tr>
 *   <tr><td>{@link #cohensKappa} (Cohen 1960; two coders only)</td><td>coded by both</td></tr>
 *   <tr><td>{@link #fleissKappa} (Fleiss 1971)</td><td>coded by every coder</td></tr>
 *   <tr><td>{@link #krippendorffAlpha} (nominal) and {@link #alpha} (any distance)</td>
 *       <td>coded by two coders or more</td></tr>
 * </table>
 *
 * <p>Krippendorff's alpha is {@code 1 - Do / De}: {@code Do} is the mean distance between the
 * values coded for the same unit (each unit's pairs weighted by {@code 1 / (m_u - 1)}, {@code
 * m_u} its values) and {@code De} the mean distance between any two of the same values
 * (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011). With the nominal
 * distance it is the nominal alpha of that paper, whose worked example (four coders, twelve
 * units, missing values) gives 0.743.
 *
 * <pre>{@code
 * ReliabilityData<String> data = ReliabilityData.<String>builder()
 *     .addCoders("A", "B")
 *     .addUnits(RatedUnit.of("s1", Map.of("A", "yes", "B", "yes")))
 *     .addUnits(RatedUnit.of("s2", Map.of("A", "no", "B", "yes")))
 *     .addUnits(RatedUnit.of("s3", Map.of("A", "no", "B", "no")))
 *     .build();
 * Optional<Estimate> kappa = data.cohensKappa(Bootstrap.defaults());
 * }</pre>
 *
 * @param <V> the type of the values
 */
@Value.Immutable
public abstract class ReliabilityData<V> {
  ReliabilityData() {}

  /**
   * Returns the coders, in the order given.
   *
   * @return two or more distinct names, never null
   */
  public abstract ImmutableList<String> coders();

  /**
   * Returns the units, in the order given.
   *
   * @return the units, with distinct ids, never null
   */
  public abstract ImmutableList<RatedUnit<V>> units();

  /**
   * Starts a builder.
   *
   * @param <V> the type of the values
   * @return a new builder, never null
   */
  public static <V> Builder<V> builder() {
    return new Builder<>();
  }

  /**
   * Returns the same units and coders with every value turned into another, e.g. a set of codes
   * into whether it holds one code.
   *
   * @param <W> the type of the new values
   * @param f the conversion, not null
   * @return the converted data, never null
   */
  public <W> ReliabilityData<W> map(Function<? super V, ? extends W> f) {
    requireNonNull(f, "f");
    Builder<W> b = ReliabilityData.<W>builder().addAllCoders(coders());
    for (RatedUnit<V> u : units()) {
      Map<String, W> values = new LinkedHashMap<>();
      u.values().forEach((coder, v) -> values.put(coder, f.apply(v)));
      b.addUnits(RatedUnit.of(u.id(), values));
    }
    return b.build();
  }

  /**
   * Returns the mean, over units coded by two coders or more, of the share of coder pairs that
   * gave the unit the same value; with two coders, the share of units they coded alike.
   *
   * @param bootstrap how the interval is resampled, not null
   * @return the estimate, never empty for valid data
   */
  public Optional<Estimate> percentAgreement(Bootstrap bootstrap) {
    return table().estimate(Measures.Kind.PERCENT, requireNonNull(bootstrap, "bootstrap"));
  }

  /**
   * Returns Cohen's kappa (Cohen, "A coefficient of agreement for nominal scales", 1960) over
   * the units both coders coded: {@code (po - pe) / (1 - pe)} with {@code po} the share coded
   * alike and {@code pe} the agreement expected from each coder's own value shares.
   *
   * @param bootstrap how the interval is resampled, not null
   * @return the estimate, empty when both coders used one and the same value throughout
   * @throws IllegalStateException if the data has more than two coders
   */
  public Optional<Estimate> cohensKappa(Bootstrap bootstrap) {
    if (coders().size() != 2) {
      throw new IllegalStateException("ReliabilityData: Cohen's kappa needs exactly two coders, got "
          + coders().size() + " (use fleissKappa or krippendorffAlpha)");
    }
    return table().estimate(Measures.Kind.COHEN, requireNonNull(bootstrap, "bootstrap"));
  }

  /**
   * Returns Fleiss' kappa (Fleiss, "Measuring nominal scale agreement among many raters",
   * 1971) over the units every coder coded: the mean pairwise agreement per unit against the
   * agreement expected from the pooled value shares. With two coders it is Scott's pi.
   *
   * @param bootstrap how the interval is resampled, not null
   * @return the estimate, empty when no unit was coded by every coder or one value was used
   *     throughout
   */
  public Optional<Estimate> fleissKappa(Bootstrap bootstrap) {
    return table().estimate(Measures.Kind.FLEISS, requireNonNull(bootstrap, "bootstrap"));
  }

  /**
   * Returns Krippendorff's alpha for nominal values.
   *
   * @param bootstrap how the interval is resampled, not null
   * @return the estimate, empty when one value was used throughout
   */
  public Optional<Estimate> krippendorffAlpha(Bootstrap bootstrap) {
    return alpha(Distance.nominal(), bootstrap);
  }

  /**
   * Returns Krippendorff's alpha with the given distance between values, e.g. {@link
   * Distance#masi()} for sets of codes.
   *
   * @param distance the distance, symmetric and 0 for equal values, not null
   * @param bootstrap how the interval is resampled, not null
   * @return the estimate, empty when the values differ nowhere (no expected disagreement)
   */
  public Optional<Estimate> alpha(Distance<? super V> distance, Bootstrap bootstrap) {
    return table().alpha(requireNonNull(distance, "distance"),
        requireNonNull(bootstrap, "bootstrap"));
  }

  @Value.Lazy
  Measures<V> table() {
    return new Measures<>(this);
  }

  @Value.Check
  final void validate() {
    check(coders().size() >= 2, "ReliabilityData", "coders", "be at least two",
        coders().size());
    Set<String> seen = new HashSet<>();
    for (String c : coders()) {
      trimmedText(c, "ReliabilityData", "coders");
      check(seen.add(c), "ReliabilityData", "coders", "be distinct", c);
    }
    Set<String> ids = new HashSet<>();
    boolean shared = false;
    for (RatedUnit<V> u : units()) {
      check(ids.add(u.id()), "ReliabilityData", "units", "have distinct ids", u.id());
      for (String c : u.values().keySet()) {
        check(seen.contains(c), "ReliabilityData unit " + u.id(), "values",
            "name only coders " + String.join(", ", coders()), c);
      }
      shared |= u.values().size() >= 2;
    }
    if (!shared) {
      throw new InvalidValueException("ReliabilityData: units must include one coded by two"
          + " coders or more, got none among " + units().size() + " units");
    }
  }

  /**
   * Builds {@link ReliabilityData}.
   *
   * @param <V> the type of the values
   */
  public static final class Builder<V> extends ImmutableReliabilityData.Builder<V> {
    Builder() {}
  }
}
