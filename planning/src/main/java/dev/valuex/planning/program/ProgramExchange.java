package dev.valuex.planning.program;

import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.valuex.core.Side;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The value exchange of a program that engages customers over time: what the business gives
 * (benefits), what it asks in return (contributions), and how the two are paired so that the
 * exchange is mutual and commensurate with the customer's commitment.
 *
 * <p>{@link #prioritisedBenefits()} and {@link #prioritisedContributions()} rank each side into
 * {@link Quadrant}s, most attractive and easiest first. {@link #findings()} checks the exchange
 * and explains what it finds; it never throws for an unbalanced exchange, so a team can record
 * a first draft and improve it. What is validated at construction is consistency: unique ids
 * per side, pairings that name existing items, no pairing twice.
 *
 * <pre>{@code
 * ProgramExchange club = ProgramExchange.builder()
 *     .scope(ProgramScope.of("Bakery club", ProgramType.LOYALTY))
 *     .addBenefits(freePastry, earlyAccess)
 *     .addContributions(birthday, reviews)
 *     .addPairings(ExchangePairing.of("free-pastry", "birthday"))
 *     .putViability(ViabilityQuestion.SIMPLE, "Joining takes one tap at the till")
 *     .build();
 * for (Finding f : club.findings()) {
 *   System.out.println(f.kind() + ": " + f.explanation());
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class ProgramExchange implements WithProgramExchange {
  private static final Comparator<Priority> ORDER = Comparator
      .comparing(Priority::quadrant)
      .thenComparing(Priority::value, Comparator.reverseOrder())
      .thenComparing(Priority::feasibility, Comparator.reverseOrder());

  ProgramExchange() {}

  /**
   * Returns what the exchange covers.
   *
   * @return the scope, never null
   */
  public abstract ProgramScope scope();

  /**
   * Returns what the business gives.
   *
   * @return the benefits, never null, possibly empty
   */
  public abstract ImmutableList<Benefit> benefits();

  /**
   * Returns what the business asks of customers.
   *
   * @return the contributions, never null, possibly empty
   */
  public abstract ImmutableList<Contribution> contributions();

  /**
   * Returns which benefits are given for which contributions.
   *
   * @return the pairings, never null, possibly empty
   */
  public abstract ImmutableList<ExchangePairing> pairings();

  /**
   * Returns the team's answers to the viability questions, each a rationale in words.
   *
   * @return the answers, never null; a question without an entry is open
   */
  public abstract ImmutableMap<ViabilityQuestion, String> viability();

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the benefit with an id.
   *
   * @param id the id, not null
   * @return the benefit, empty when there is none
   */
  public final Optional<Benefit> benefit(String id) {
    return benefits().stream().filter(b -> b.id().equals(id)).findFirst();
  }

  /**
   * Returns the contribution with an id.
   *
   * @param id the id, not null
   * @return the contribution, empty when there is none
   */
  public final Optional<Contribution> contribution(String id) {
    return contributions().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * Returns a copy with a pairing appended.
   *
   * @param pairing the pairing, not null
   * @return the new exchange, never null
   * @throws dev.valuex.core.InvalidValueException if the pairing names an unknown item or is
   *     already there
   */
  public final ProgramExchange withPairing(ExchangePairing pairing) {
    return withPairings(
        ImmutableList.<ExchangePairing>builder().addAll(pairings()).add(pairing).build());
  }

  /**
   * Ranks the benefits by perceived value against feasibility: by quadrant (quick wins, big
   * bets, easy extras, then the rest), then by perceived value and feasibility, highest first;
   * ties keep the order of {@link #benefits()}.
   *
   * @return the benefits' priorities, never null
   */
  public final ImmutableList<Priority> prioritisedBenefits() {
    List<Priority> list = new ArrayList<>();
    for (Benefit b : benefits()) {
      list.add(Priority.of(Side.OUT, b.id(), b.perceivedValue(), b.feasibility()));
    }
    return ranked(list);
  }

  /**
   * Ranks the contributions by value to the business against ease for the customer, in the
   * same order as {@link #prioritisedBenefits()}.
   *
   * @return the contributions' priorities, never null
   */
  public final ImmutableList<Priority> prioritisedContributions() {
    List<Priority> list = new ArrayList<>();
    for (Contribution c : contributions()) {
      list.add(Priority.of(Side.IN, c.id(), c.valueToBusiness(), c.ease()));
    }
    return ranked(list);
  }

  /** Sorts stably, so ties keep the order in which the items were listed. */
  private static ImmutableList<Priority> ranked(List<Priority> list) {
    list.sort(ORDER);
    return ImmutableList.copyOf(list);
  }

  /**
   * Returns the sum of the benefits' perceived values.
   *
   * @return the total, at least 0
   */
  public final int totalPerceivedValue() {
    return benefits().stream().mapToInt(Benefit::perceivedValue).sum();
  }

  /**
   * Returns the sum of the contributions' burdens.
   *
   * @return the total, at least 0
   */
  public final int totalBurden() {
    return contributions().stream().mapToInt(Contribution::burden).sum();
  }

  /**
   * Checks the exchange and explains what it finds, in the order of {@link Finding.Kind}:
   * benefits and contributions without a pairing; personal data with no paired benefit or no
   * stated purpose (ask only for data that serves the customer and say what for); a total
   * burden above the total perceived value; and viability questions without a rationale.
   *
   * @return the findings, never null, empty when nothing needs attention
   */
  public final ImmutableList<Finding> findings() {
    Set<String> pairedBenefits = new HashSet<>();
    Set<String> pairedContributions = new HashSet<>();
    for (ExchangePairing p : pairings()) {
      pairedBenefits.add(p.benefit());
      pairedContributions.add(p.contribution());
    }
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (Benefit b : benefits()) {
      if (!pairedBenefits.contains(b.id())) {
        findings.add(Finding.of(Finding.Kind.UNPAIRED_BENEFIT, ImmutableList.of(b.id()),
            "benefit '" + b.id() + "' is given for nothing in return: pair it with a"
                + " contribution or say why it is free"));
      }
    }
    for (Contribution c : contributions()) {
      if (!pairedContributions.contains(c.id())) {
        findings.add(Finding.of(Finding.Kind.UNPAIRED_CONTRIBUTION, ImmutableList.of(c.id()),
            "contribution '" + c.id() + "' is asked for with no benefit in return"));
      }
    }
    for (Contribution c : contributions()) {
      if (c.personalData() && !pairedContributions.contains(c.id())) {
        findings.add(Finding.of(Finding.Kind.PERSONAL_DATA_WITHOUT_BENEFIT,
            ImmutableList.of(c.id()), "personal data '" + c.id() + "' is asked for with no"
                + " benefit to the customer in return: ask only for data that serves them"));
      }
    }
    for (Contribution c : contributions()) {
      if (c.personalData() && c.purpose().isEmpty()) {
        findings.add(Finding.of(Finding.Kind.PERSONAL_DATA_WITHOUT_PURPOSE,
            ImmutableList.of(c.id()), "personal data '" + c.id() + "' is asked for with no"
                + " stated purpose: say what it is for, or do not ask for it"));
      }
    }
    if (totalBurden() > totalPerceivedValue()) {
      findings.add(Finding.of(Finding.Kind.BURDEN_EXCEEDS_VALUE, ImmutableList.of(),
          "the contributions' total burden " + totalBurden() + " exceeds the benefits' total"
              + " perceived value " + totalPerceivedValue()
              + ": the exchange asks more than customers feel they get"));
    }
    for (ViabilityQuestion q : ViabilityQuestion.values()) {
      if (!viability().containsKey(q)) {
        findings.add(Finding.of(Finding.Kind.VIABILITY_OPEN, ImmutableList.of(q.name()),
            "open question: " + q.text()));
      }
    }
    return findings.build();
  }

  @Value.Check
  final void validate() {
    String who = "ProgramExchange '" + scope().name() + "'";
    Set<String> benefitIds = new HashSet<>();
    for (Benefit b : benefits()) {
      check(benefitIds.add(b.id()), who, "benefits", "have distinct ids", b.id());
    }
    Set<String> contributionIds = new HashSet<>();
    for (Contribution c : contributions()) {
      check(contributionIds.add(c.id()), who, "contributions", "have distinct ids", c.id());
    }
    Set<ExchangePairing> seen = new HashSet<>();
    for (ExchangePairing p : pairings()) {
      check(benefitIds.contains(p.benefit()), who, "pairing " + p + " benefit",
          "name a benefit of the exchange", p.benefit());
      check(contributionIds.contains(p.contribution()), who, "pairing " + p + " contribution",
          "name a contribution of the exchange", p.contribution());
      check(seen.add(p), who, "pairings", "not repeat a pairing", p.toString());
    }
    for (Map.Entry<ViabilityQuestion, String> e : viability().entrySet()) {
      trimmedText(e.getValue(), who, "viability " + e.getKey());
    }
  }

  /** Builds {@link ProgramExchange}s; every attribute may be set once. */
  public static final class Builder extends ImmutableProgramExchange.Builder {
    Builder() {}
  }
}
