package dev.valuex.planning;

import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.ElementId;
import dev.valuex.core.Evidence;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Side;
import dev.valuex.core.measure.Measure;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One row of a value creation plan: the value to create (an element and its expanded
 * first-person sentence), how it is created and captured (approaches with actions) and how it
 * is measured (measures with targets), with links back to the ledgers and evidence behind it.
 *
 * <p>A row is about value the customer seeks to get ({@link Side#OUT}) unless set to {@link
 * Side#IN}: value customers want to put in, such as feedback they would like to give. Rows may
 * be drafted incomplete; {@link #gaps()} lists what is missing.
 *
 * <pre>{@code
 * PlanRow simplification = PlanRow.of(ElementId.parse("customer.simplification"))
 *     .withName("SIMPLIFICATION")
 *     .withSentence("I reach what I want by taking only a few simple actions")
 *     .withApproaches(CreationApproach.of("Pre-make parts so customers only assemble them")
 *         .withActions(Action.of("Ship the frame pre-assembled")
 *             .withWhen(When.milestone("next release")).withWho("product team")))
 *     .withMeasures(Measure.builder().name("steps to ready").unit("steps")
 *         .kind(Measure.Kind.COUNT).direction(Measure.Direction.AT_MOST)
 *         .target(3).baseline(7).definedBy(Measure.DefinedBy.CUSTOMERS).build());
 * }</pre>
 */
@Value.Immutable
public abstract class PlanRow implements WithPlanRow {

  PlanRow() {}

  /**
   * Returns the value element the row creates.
   *
   * @return the element id, never null
   */
  public abstract ElementId element();

  /**
   * Returns the element's name as printed on its card, e.g. {@code SIMPLIFICATION}.
   *
   * @return the name, empty when not recorded (the id stands in for it)
   */
  public abstract Optional<String> name();

  /**
   * Returns the value to create as a full first-person sentence.
   *
   * @return the sentence, empty while the row is a draft
   */
  public abstract Optional<String> sentence();

  /**
   * Returns the side of the exchange: {@link Side#OUT} (value sought) unless set.
   *
   * @return the side, never null
   */
  @Value.Default
  public Side side() {
    return Side.OUT;
  }

  /**
   * Returns the ways the value is created or captured.
   *
   * @return the approaches, never null, possibly empty
   */
  public abstract ImmutableList<CreationApproach> approaches();

  /**
   * Returns how the value is measured.
   *
   * @return the measures, never null, possibly empty
   */
  public abstract ImmutableList<Measure> measures();

  /**
   * Returns the ledgers the row was drawn from.
   *
   * @return the ledger ids, never null, possibly empty
   */
  public abstract ImmutableList<LedgerId> sourceLedgers();

  /**
   * Returns the evidence behind the row, as recorded in its source ledgers.
   *
   * @return the evidence, never null, possibly empty
   */
  public abstract ImmutableList<Evidence> evidence();

  /**
   * Creates an OUT row for an element with nothing else filled in.
   *
   * @param element the element, not null
   * @return the row, never null
   */
  public static PlanRow of(ElementId element) {
    return builder().element(element).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the label of the value to create: the card name, or the element id without one.
   *
   * @return the label, never null
   */
  public final String label() {
    return name().orElse(element().toString());
  }

  /**
   * Returns the measure with a name.
   *
   * @param name the measure's name, not null
   * @return the measure, empty when the row has no measure of that name
   */
  public final Optional<Measure> measure(String name) {
    return measures().stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /**
   * Returns what the row still lacks to answer the three questions: a sentence (what is value),
   * an approach with at least one action saying what, when and who (how created), and a measure
   * (how measured; every measure has a target).
   *
   * @return the gaps in question order, never null, empty when the row is complete
   */
  public final ImmutableList<Gap> gaps() {
    ImmutableList.Builder<Gap> gaps = ImmutableList.builder();
    if (sentence().isEmpty()) {
      gaps.add(Gap.of(this, Question.WHAT_IS_VALUE,
          "no first-person sentence expands the element"));
    }
    if (approaches().isEmpty()) {
      gaps.add(Gap.of(this, Question.HOW_CREATED, "no approach says how the value is created"));
    } else {
      @Nullable Action incomplete = null;
      boolean anyComplete = false;
      for (CreationApproach a : approaches()) {
        for (Action action : a.actions()) {
          if (action.isComplete()) {
            anyComplete = true;
          } else if (incomplete == null) {
            incomplete = action;
          }
        }
      }
      if (!anyComplete) {
        gaps.add(Gap.of(this, Question.HOW_CREATED, incomplete == null
            ? "no action says what is done"
            : "no action says what, when and who (e.g. '" + incomplete.what() + "' lacks "
                + (incomplete.when().isEmpty() && incomplete.who().isEmpty() ? "when and who"
                    : incomplete.when().isEmpty() ? "when" : "who") + ")"));
      }
    }
    if (measures().isEmpty()) {
      gaps.add(Gap.of(this, Question.HOW_MEASURED, "no measure with a target"));
    }
    return gaps.build();
  }

  /**
   * Returns whether the row answers all three questions.
   *
   * @return true when {@link #gaps()} is empty
   */
  public final boolean isComplete() {
    return gaps().isEmpty();
  }

  @Value.Check
  final void validate() {
    String who = "PlanRow " + element() + " " + side();
    name().ifPresent(n -> trimmedText(n, who, "name"));
    sentence().ifPresent(s -> trimmedText(s, who, "sentence"));
    Set<String> names = new HashSet<>();
    for (Measure m : measures()) {
      check(names.add(m.name()), who, "measures", "have distinct names", m.name());
    }
  }

  /** Builds {@link PlanRow}s; every attribute may be set once. */
  public static final class Builder extends ImmutablePlanRow.Builder {
    Builder() {}
  }
}
