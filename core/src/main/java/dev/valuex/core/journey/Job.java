package dev.valuex.core.journey;

import static dev.valuex.core.internal.Checks.trimmedText;
import static dev.valuex.core.internal.Checks.trimmedTexts;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.valuex.core.ElementId;
import org.immutables.value.Value;

/**
 * A job the customer is trying to get done, in the customer's own words, with the challenges
 * that stand in the way, the benefits of getting it done and the value elements it relates to.
 *
 * <pre>{@code
 * Job job = Job.builder()
 *     .statement("keep my family's photos safe without thinking about it")
 *     .kind(Characteristic.EMOTIONAL)
 *     .addChallenges("I never remember to back up")
 *     .addBenefits("peace of mind")
 *     .addElements(ElementId.parse("customer.reduces-anxiety"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Job implements WithJob {
  Job() {}

  /**
   * Returns the job as the customer puts it.
   *
   * @return the statement, never null or blank
   */
  public abstract String statement();

  /**
   * Returns whether the job is functional, social or emotional.
   *
   * @return the kind, never null
   */
  public abstract Characteristic kind();

  /**
   * Returns the challenges that stand in the way of getting the job done.
   *
   * @return the challenges, never null, possibly empty
   */
  public abstract ImmutableList<String> challenges();

  /**
   * Returns the benefits the customer realises by getting the job done.
   *
   * @return the benefits, never null, possibly empty
   */
  public abstract ImmutableList<String> benefits();

  /**
   * Returns the value elements the job relates to.
   *
   * @return the element ids, never null, possibly empty
   */
  public abstract ImmutableSet<ElementId> elements();

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void validate() {
    trimmedText(statement(), "Job", "statement");
    String who = "Job '" + statement() + "'";
    trimmedTexts(challenges(), who, "challenges");
    trimmedTexts(benefits(), who, "benefits");
  }

  /** Builds {@link Job}s; every attribute may be set once. */
  public static final class Builder extends ImmutableJob.Builder {
    Builder() {}
  }
}
