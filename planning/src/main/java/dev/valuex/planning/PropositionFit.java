package dev.valuex.planning;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.Side;
import dev.valuex.core.ValueElement;
import dev.valuex.core.analysis.ElementCoverage;
import dev.valuex.core.analysis.LedgerSummary;
import dev.valuex.core.analysis.Slice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * How far a {@link ValueProposition} serves the value customers seek, over a set of ledgers or
 * their {@link LedgerSummary}: for all of them and for each segment, the share of sought value
 * (weighted by coverage) that some offering creates, the elements sought that nothing serves,
 * the costs offerings relieve and the offerings that serve nothing sought. Unserved elements
 * can seed a value creation plan.
 *
 * <pre>{@code
 * PropositionFit fit = PropositionFit.of(offer, ledgers);
 * System.out.printf("%.0f%% of sought value served%n", 100 * fit.overall().servedShare()
 *     .orElse(0));
 * fit.overall().unserved().forEach(e -> System.out.println(e.element() + " " + e.ledgers()));
 * fit.segment("student").ifPresent(s -> System.out.println(s.idleOfferings()));
 * ValueCreationPlan draft = fit.seedPlan(PlanId.of("unserved-2026"), "What we do not serve yet",
 *     LocalDate.of(2026, 5, 1), catalog::require, ledgers);
 * }</pre>
 *
 * <p>A ledger of several segments counts in each of them. Nothing here judges a ledger or
 * ranks customers: the figures count ledgers.
 */
@Value.Immutable
public abstract class PropositionFit {

  PropositionFit() {}

  /**
   * Returns the proposition fitted.
   *
   * @return the proposition, never null
   */
  public abstract ValueProposition proposition();

  /**
   * Returns the fit over every ledger of the base slice.
   *
   * @return the fit, never null
   */
  public abstract SliceFit overall();

  /**
   * Returns the fit per segment tag, in tag order; segments without ledgers are left out.
   *
   * @return the fits, never null, possibly empty
   */
  public abstract ImmutableList<SliceFit> segments();

  /**
   * Fits a proposition to ledgers.
   *
   * @param proposition the proposition, not null
   * @param ledgers the ledgers, not null
   * @return the fit, never null
   */
  public static PropositionFit of(ValueProposition proposition,
      Iterable<? extends Ledger> ledgers) {
    return of(proposition, LedgerSummary.of(requireNonNull(ledgers, "ledgers")), Slice.all());
  }

  /**
   * Fits a proposition to every ledger a summary counts.
   *
   * @param proposition the proposition, not null
   * @param summary the summary of the ledgers, not null
   * @return the fit, never null
   */
  public static PropositionFit of(ValueProposition proposition, LedgerSummary summary) {
    return of(proposition, summary, Slice.all());
  }

  /**
   * Fits a proposition to the ledgers of a slice of a summary, e.g. CURRENT ledgers only; the
   * segment breakdown narrows the same slice to each segment tag.
   *
   * @param proposition the proposition, not null
   * @param summary the summary of the ledgers, not null
   * @param base the slice to look at, not null
   * @return the fit, never null
   */
  public static PropositionFit of(ValueProposition proposition, LedgerSummary summary,
      Slice base) {
    requireNonNull(proposition, "proposition");
    requireNonNull(summary, "summary");
    requireNonNull(base, "base");
    ImmutableList.Builder<SliceFit> segments = ImmutableList.builder();
    for (String segment : summary.segments()) {
      Slice slice = base.withSegment(segment);
      if (summary.ledgers(slice) > 0) {
        segments.add(fit(proposition, summary, slice, "segment " + segment));
      }
    }
    SliceFit overall = fit(proposition, summary, base,
        base.equals(Slice.all()) ? "all ledgers" : base.toString());
    return ImmutablePropositionFit.builder().proposition(proposition).overall(overall)
        .addAllSegments(segments.build()).build();
  }

  private static SliceFit fit(ValueProposition proposition, LedgerSummary summary, Slice slice,
      String label) {
    List<ElementFit> sought = rows(proposition, summary, slice, Side.OUT);
    List<ElementFit> relieved = new ArrayList<>();
    for (ElementFit e : rows(proposition, summary, slice, Side.IN)) {
      if (e.isServed()) {
        relieved.add(e);
      }
    }
    ImmutableList.Builder<String> idle = ImmutableList.builder();
    for (Offering o : proposition.offerings()) {
      boolean serves = sought.stream().anyMatch(e -> e.servedBy().contains(o.name()))
          || relieved.stream().anyMatch(e -> e.servedBy().contains(o.name()));
      if (!serves) {
        idle.add(o.name());
      }
    }
    return SliceFit.builder().label(label).slice(slice).ledgers(summary.ledgers(slice))
        .addAllSought(sought).addAllRelieved(relieved).addAllIdleOfferings(idle.build())
        .build();
  }

  private static List<ElementFit> rows(ValueProposition proposition, LedgerSummary summary,
      Slice slice, Side side) {
    List<ElementFit> rows = new ArrayList<>();
    for (ElementCoverage c : summary.coverage(side, slice)) {
      if (c.ledgers() == 0) {
        continue;
      }
      ElementId element = c.placement().element();
      ElementFit.Builder row = ElementFit.builder().element(element).side(side)
          .ledgers(c.ledgers()).outOf(c.outOf());
      for (Offering o : proposition.offerings()) {
        if (o.serves(element, side)) {
          row.addServedBy(o.name());
        }
      }
      rows.add(row.build());
    }
    rows.sort(Comparator.comparingLong(ElementFit::ledgers).reversed()
        .thenComparing(ElementFit::element));
    return rows;
  }

  /**
   * Returns the fit of one segment.
   *
   * @param segment the segment tag, not null
   * @return the fit, empty when no ledger carries the tag
   */
  public final Optional<SliceFit> segment(String segment) {
    String label = "segment " + requireNonNull(segment, "segment");
    return segments().stream().filter(s -> s.label().equals(label)).findFirst();
  }

  /**
   * Drafts a value creation plan from the elements sought that no offering creates, most
   * widely sought first, with the ledgers and evidence behind each row (see {@link
   * ValueCreationPlan#seededFrom(PlanId, String, LocalDate, Iterable, Iterable)}).
   *
   * @param id the plan's id, not null
   * @param title the plan's title, not null
   * @param createdOn the creation date, not null
   * @param cards turns an element id into its card, e.g. {@code catalog::require}, not null
   * @param ledgers the ledgers the fit was made from, for sources and evidence, not null
   * @return the drafted plan, one row per unserved element, never null
   */
  public final ValueCreationPlan seedPlan(PlanId id, String title, LocalDate createdOn,
      Function<ElementId, ValueElement> cards, Iterable<? extends Ledger> ledgers) {
    return seedPlan(id, title, createdOn, cards, ledgers, 0);
  }

  /**
   * Drafts a value creation plan from the elements sought by at least a share of the ledgers
   * that no offering creates, most widely sought first, so a long tail of rarely sought
   * elements does not crowd the plan.
   *
   * @param id the plan's id, not null
   * @param title the plan's title, not null
   * @param createdOn the creation date, not null
   * @param cards turns an element id into its card, e.g. {@code catalog::require}, not null
   * @param ledgers the ledgers the fit was made from, for sources and evidence, not null
   * @param minimumShare the least share of the ledgers that must seek an element, from 0 to 1
   * @return the drafted plan, one row per unserved element sought widely enough, never null
   * @throws IllegalArgumentException if the share is not from 0 to 1
   */
  public final ValueCreationPlan seedPlan(PlanId id, String title, LocalDate createdOn,
      Function<ElementId, ValueElement> cards, Iterable<? extends Ledger> ledgers,
      double minimumShare) {
    requireNonNull(cards, "cards");
    if (!(minimumShare >= 0 && minimumShare <= 1)) {
      throw new IllegalArgumentException(
          "PropositionFit: minimumShare must be from 0 to 1, got " + minimumShare);
    }
    List<ValueElement> chosen = new ArrayList<>();
    for (ElementFit e : overall().unserved()) {
      if (e.share() >= minimumShare) {
        chosen.add(requireNonNull(cards.apply(e.element()), "card of " + e.element()));
      }
    }
    List<Ledger> all = new ArrayList<>();
    requireNonNull(ledgers, "ledgers").forEach(all::add);
    return ValueCreationPlan.seededFrom(id, title, createdOn, chosen, all);
  }
}
