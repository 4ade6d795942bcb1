package dev.valuex.metrics;

import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The Kano categories of one feature across respondents: how many fell in each category, the
 * modal category, and the better and worse coefficients of Berger et al. ("Kano's methods for
 * understanding customer-defined quality", Center for Quality Management Journal, 1993).
 *
 * <p>With A, O, M and I the counts of attractive, one-dimensional, must-be and indifferent
 * answers, better = {@code (A + O) / (A + O + M + I)} in [0, 1] (how much providing the
 * feature raises satisfaction) and worse = {@code -(O + M) / (A + O + M + I)} in [-1, 0] (how
 * much leaving it out lowers it). Reverse and questionable answers count in neither.
 *
 * <pre>{@code
 * KanoProfile p = KanoProfile.builder().feature("one-click reorder")
 *     .attractive(12).oneDimensional(5).mustBe(2).indifferent(6).questionable(1).build();
 * p.category();   // ATTRACTIVE
 * p.better();     // OptionalDouble[0.68]
 * p.worse();      // OptionalDouble[-0.28]
 * }</pre>
 */
@Value.Immutable
public abstract class KanoProfile implements WithKanoProfile {

  /** Tie-break order for the modal category: M > O > A > I > R > Q. */
  private static final ImmutableList<KanoCategory> PRECEDENCE = ImmutableList.of(
      KanoCategory.MUST_BE, KanoCategory.ONE_DIMENSIONAL, KanoCategory.ATTRACTIVE,
      KanoCategory.INDIFFERENT, KanoCategory.REVERSE, KanoCategory.QUESTIONABLE);

  KanoProfile() {}

  /**
   * Returns the feature the answers are about.
   *
   * @return the feature name, never null or blank
   */
  public abstract String feature();

  /**
   * Returns the number of attractive answers.
   *
   * @return the count, not negative
   */
  @Value.Default
  public long attractive() {
    return 0;
  }

  /**
   * Returns the number of one-dimensional answers.
   *
   * @return the count, not negative
   */
  @Value.Default
  public long oneDimensional() {
    return 0;
  }

  /**
   * Returns the number of must-be answers.
   *
   * @return the count, not negative
   */
  @Value.Default
  public long mustBe() {
    return 0;
  }

  /**
   * Returns the number of indifferent answers.
   *
   * @return the count, not negative
   */
  @Value.Default
  public long indifferent() {
    return 0;
  }

  /**
   * Returns the number of reverse answers.
   *
   * @return the count, not negative
   */
  @Value.Default
  public long reverse() {
    return 0;
  }

  /**
   * Returns the number of questionable answers.
   *
   * @return the count, not negative
   */
  @Value.Default
  public long questionable() {
    return 0;
  }

  /**
   * Starts a builder; counts left unset are 0.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Classifies each respondent's pair of answers with the evaluation table and counts the
   * categories.
   *
   * @param feature the feature, not blank
   * @param functional each respondent's answer about the feature being present, not null
   * @param dysfunctional each respondent's answer about it being absent, in the same order,
   *     not null
   * @return the profile, never null
   * @throws dev.valuex.core.InvalidValueException if the lists differ in length or are empty
   */
  public static KanoProfile fromAnswers(
      String feature, List<KanoAnswer> functional, List<KanoAnswer> dysfunctional) {
    check(functional.size() == dysfunctional.size(), "KanoProfile " + feature, "dysfunctional",
        "hold one answer per functional answer (" + functional.size() + ")",
        dysfunctional.size());
    Map<KanoCategory, Long> counts = new EnumMap<>(KanoCategory.class);
    for (int i = 0; i < functional.size(); i++) {
      counts.merge(KanoCategory.of(functional.get(i), dysfunctional.get(i)), 1L, Long::sum);
    }
    return builder().feature(feature)
        .attractive(counts.getOrDefault(KanoCategory.ATTRACTIVE, 0L))
        .oneDimensional(counts.getOrDefault(KanoCategory.ONE_DIMENSIONAL, 0L))
        .mustBe(counts.getOrDefault(KanoCategory.MUST_BE, 0L))
        .indifferent(counts.getOrDefault(KanoCategory.INDIFFERENT, 0L))
        .reverse(counts.getOrDefault(KanoCategory.REVERSE, 0L))
        .questionable(counts.getOrDefault(KanoCategory.QUESTIONABLE, 0L))
        .build();
  }

  /**
   * Returns the number of answers in a category.
   *
   * @param category the category, not null
   * @return the count, not negative
   */
  public final long count(KanoCategory category) {
    switch (category) {
      case ATTRACTIVE:
        return attractive();
      case ONE_DIMENSIONAL:
        return oneDimensional();
      case MUST_BE:
        return mustBe();
      case INDIFFERENT:
        return indifferent();
      case REVERSE:
        return reverse();
      default:
        return questionable();
    }
  }

  /**
   * Returns the number of respondents.
   *
   * @return the total of all counts, positive
   */
  public final long respondents() {
    return attractive() + oneDimensional() + mustBe() + indifferent() + reverse()
        + questionable();
  }

  /**
   * Returns every category with the highest count: one, or several when tied.
   *
   * @return the modal categories in declaration order, never empty
   */
  public final ImmutableSet<KanoCategory> modalCategories() {
    long max = 0;
    for (KanoCategory c : KanoCategory.values()) {
      max = Math.max(max, count(c));
    }
    ImmutableSet.Builder<KanoCategory> result = ImmutableSet.builder();
    for (KanoCategory c : KanoCategory.values()) {
      if (count(c) == max) {
        result.add(c);
      }
    }
    return result.build();
  }

  /**
   * Returns the category of the feature: the most frequent one, with ties broken by the rule
   * must-be &gt; one-dimensional &gt; attractive &gt; indifferent (then reverse, questionable),
   * favouring the category whose neglect hurts most.
   *
   * @return the category, never null
   */
  public final KanoCategory category() {
    ImmutableSet<KanoCategory> modal = modalCategories();
    for (KanoCategory c : PRECEDENCE) {
      if (modal.contains(c)) {
        return c;
      }
    }
    throw new AssertionError("modal categories are never empty");
  }

  /**
   * Returns the better coefficient {@code (A + O) / (A + O + M + I)}.
   *
   * @return the coefficient in [0, 1], empty when every answer was reverse or questionable
   */
  public final OptionalDouble better() {
    long base = attractive() + oneDimensional() + mustBe() + indifferent();
    return base == 0 ? OptionalDouble.empty()
        : OptionalDouble.of((double) (attractive() + oneDimensional()) / base);
  }

  /**
   * Returns the worse coefficient {@code -(O + M) / (A + O + M + I)}.
   *
   * @return the coefficient in [-1, 0], empty when every answer was reverse or questionable
   */
  public final OptionalDouble worse() {
    long base = attractive() + oneDimensional() + mustBe() + indifferent();
    return base == 0 ? OptionalDouble.empty()
        : OptionalDouble.of(-(double) (oneDimensional() + mustBe()) / base);
  }

  @Value.Check
  final void validate() {
    trimmedText(feature(), "KanoProfile", "feature");
    String who = "KanoProfile " + feature();
    for (KanoCategory c : KanoCategory.values()) {
      check(count(c) >= 0, who, "count of " + c, "not be negative", count(c));
    }
    check(respondents() > 0, who, "answers", "hold at least one answer (the sample is empty)",
        respondents());
  }

  /** Builds {@link KanoProfile}s; every attribute may be set once. */
  public static final class Builder extends ImmutableKanoProfile.Builder {
    Builder() {}
  }
}
