package dev.valuex.cli;

import com.google.common.collect.ImmutableList;
import dev.valuex.catalog.Catalog;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.Side;
import dev.valuex.core.ValueElement;
import dev.valuex.core.View;
import dev.valuex.core.analysis.Association;
import dev.valuex.core.analysis.CoverageComparison;
import dev.valuex.core.analysis.ElementCoverage;
import dev.valuex.core.analysis.LedgerSummary;
import dev.valuex.core.analysis.Slice;
import dev.valuex.core.analysis.SummarySetProposal;
import dev.valuex.core.balance.BalancePolicy;
import dev.valuex.core.balance.BalanceReport;
import dev.valuex.core.journey.Journey;
import dev.valuex.core.journey.StageTags;
import dev.valuex.planning.PlanId;
import dev.valuex.planning.PlanStatus;
import dev.valuex.planning.Review;
import dev.valuex.planning.ValueCreationPlan;
import dev.valuex.planning.program.Benefit;
import dev.valuex.planning.program.Contribution;
import dev.valuex.planning.program.Finding;
import dev.valuex.planning.program.ProgramExchange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One run of the whole method over a set of ledgers: balance by a declared policy, patterns per
 * segment, a summary-set proposal, a plan drafted from it, and, where given, a plan with its
 * reviews applied one by one, a program exchange with its findings and a customer journey with
 * its gaps and the elements sought and given at each stage.
 */
final class Study {
  /** The share of ledgers the summary-set proposal aims to reach. */
  static final double PROPOSAL_SHARE = dev.valuex.core.analysis.PatternAnalysis.PROPOSAL_SHARE;

  final Catalog catalog;
  final ImmutableList<Ledger> ledgers;
  final BalancePolicy policy;
  final BalanceReport balance;
  final LedgerSummary summary;
  final ImmutableList<String> segments;
  final SummarySetProposal proposal;
  final ValueCreationPlan draft;
  final ValueCreationPlan plan;
  final ImmutableList<PlanStatus> statusAfterEachReview;
  final ProgramExchange program;
  final Optional<JourneyStudy> journey;

  Study(Catalog catalog, List<Ledger> ledgers, BalancePolicy policy, ValueCreationPlan plan,
      ProgramExchange program, Optional<JourneyStudy> journey) {
    this.catalog = catalog;
    this.ledgers = ImmutableList.copyOf(ledgers);
    this.policy = policy;
    this.balance = policy.evaluate(this.ledgers, names());
    this.summary = LedgerSummary.of(this.ledgers);
    this.segments = ImmutableList.copyOf(summary.segments());
    List<Ledger> current = this.ledgers.stream().filter(l -> l.view() == View.CURRENT).toList();
    this.proposal = SummarySetProposal.reaching(PROPOSAL_SHARE, Side.OUT,
        current.isEmpty() ? this.ledgers : current);
    List<ValueElement> chosen = new ArrayList<>();
    proposal.picks().forEach(p -> catalog.element(p.element()).ifPresent(chosen::add));
    LocalDate latest = this.ledgers.stream().map(Ledger::asOf).max(Comparator.naturalOrder())
        .orElse(LocalDate.of(2026, 1, 1));
    this.draft = ValueCreationPlan.seededFrom(PlanId.of("draft-from-proposal"),
        "Draft plan from the summary-set proposal", latest, chosen, this.ledgers);
    this.plan = plan;
    List<PlanStatus> statuses = new ArrayList<>();
    ValueCreationPlan reviewed = plan.withReviews(ImmutableList.of());
    for (Review review : plan.reviews()) {
      reviewed = reviewed.withReview(review);
      statuses.add(reviewed.status());
    }
    this.statusAfterEachReview = ImmutableList.copyOf(statuses);
    this.program = program;
    this.journey = journey;
  }

  static Study ofSample(Catalog catalog) {
    return ofSample(catalog, Optional.empty(), Optional.empty());
  }

  /**
   * The sample study with the sample's journey and stage tags, or with a journey and tags of
   * the caller's: given tags replace the sample's; the sample's tags are kept only while they
   * use the journey's model.
   */
  static Study ofSample(Catalog catalog, Optional<Journey> journey, Optional<StageTags> tags) {
    SampleStudy sample = SampleStudy.load(catalog);
    Journey j = journey.orElse(sample.journey);
    StageTags t = tags.orElseGet(() -> sample.tags.model().equals(j.model()) ? sample.tags
        : StageTags.of(j.model()));
    return new Study(catalog, sample.ledgers, PolicyFile.standard(), sample.plan,
        sample.program, Optional.of(new JourneyStudy(j, t, sample.ledgers)));
  }

  Function<ElementId, String> names() {
    return id -> Inputs.name(catalog, id);
  }

  String name(ElementId id) {
    return names().apply(id);
  }

  /**
   * A program finding's explanation as a reader knows the items it names: each benefit or
   * contribution by its description in quote marks and its card, never by its id.
   */
  String findingInWords(Finding f) {
    String text = f.explanation();
    for (String id : f.about()) {
      text = text.replace("'" + id + "'", programItem(id));
    }
    return text;
  }

  private String programItem(String id) {
    Optional<Benefit> b = program.benefit(id);
    if (b.isPresent()) {
      return "\u201c" + b.get().description() + "\u201d"
          + b.get().element().map(e -> " (" + name(e) + ")").orElse("");
    }
    Optional<Contribution> c = program.contribution(id);
    if (c.isPresent()) {
      return "\u201c" + c.get().description() + "\u201d"
          + c.get().element().map(e -> " (" + name(e) + ")").orElse("");
    }
    return id;
  }

  ImmutableList<ElementCoverage> top(Side side, Slice slice, int n) {
    return summary.coverage(side, slice).stream().limit(n)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Associations across all ledgers seen together in at least 5 ledgers, strongest lift first,
   * each pair once (see {@link dev.valuex.core.analysis.PatternAnalysis#strongestPairs}).
   */
  ImmutableList<Association> strongestAssociations(int n) {
    return dev.valuex.core.analysis.PatternAnalysis.strongestPairs(summary, Slice.all(), 5, n);
  }

  /**
   * The OUT elements whose coverage differs between two segments, with the 95% interval of the
   * difference excluding zero, largest difference first.
   */
  ImmutableList<SegmentDifference> segmentDifferences() {
    List<SegmentDifference> result = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      for (int j = i + 1; j < segments.size(); j++) {
        for (CoverageComparison c : summary.compare(Side.OUT, Slice.ofSegment(segments.get(i)),
            Slice.ofSegment(segments.get(j)))) {
          if (c.differs()) {
            result.add(new SegmentDifference(segments.get(i), segments.get(j), c));
          }
        }
      }
    }
    result.sort(Comparator.comparingDouble((SegmentDifference d) -> -Math.abs(d.c().difference()))
        .thenComparing(d -> d.c().placement().toString()));
    return ImmutableList.copyOf(result);
  }

  /** A difference in OUT coverage between two named segments. */
  record SegmentDifference(String first, String second, CoverageComparison c) {}

  long ledgersIn(View view) {
    return ledgers.stream().filter(l -> l.view() == view).count();
  }

  long statements() {
    return ledgers.stream().flatMap(l -> l.entries().stream())
        .mapToLong(e -> e.evidence().size()).sum();
  }
}
