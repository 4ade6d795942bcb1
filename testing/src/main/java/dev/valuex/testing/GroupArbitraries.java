package dev.valuex.testing;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.Subject;
import dev.valuex.core.analysis.GroupLedger;
import dev.valuex.core.analysis.GroupRule;
import dev.valuex.core.analysis.GroupThreshold;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Factories of jqwik arbitraries for group ledgers: the members of a group (one to six
 * ledgers of one perspective and one view, with distinct ids, drawn from a small element
 * universe so that members overlap the way a segment's customers do), thresholds, rules, and
 * group ledgers composed from them.
 *
 * <pre>{@code
 * @Property
 * void everyEntryRestsOnEnoughMembers(@ForAll GroupLedger group) { ... }
 *
 * @Property
 * void myOwnLaw(@ForAll("members") List<Ledger> members, @ForAll GroupRule rule) { ... }
 *
 * @Provide
 * Arbitrary<List<Ledger>> members() {
 *   return GroupArbitraries.members();
 * }
 * }</pre>
 */
public final class GroupArbitraries {
  /**
   * The element universe of generated members: four usually sought and four usually given
   * customer elements.
   */
  static final ImmutableList<ElementId> MEMBER_ELEMENTS = ImmutableList.<ElementId>builder()
      .addAll(LedgerArbitrary.DEFAULT_ELEMENTS.subList(0, 4))
      .addAll(LedgerArbitrary.DEFAULT_ELEMENTS.subList(12, 16))
      .build();

  private GroupArbitraries() {}

  /**
   * Generates the members of a group: one to six ledgers of one perspective and one view,
   * with distinct ids, each holding up to eight entries over eight elements.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<List<Ledger>> members() {
    return ValuexArbitraries.ledgers().entriesPerLedger(0, 8).evidencePerEntry(0, 1)
        .elements(MEMBER_ELEMENTS)
        .list().ofMinSize(1).ofMaxSize(6).uniqueElements(Ledger::id)
        .map(GroupArbitraries::alike);
  }

  /** Gives every member the first member's perspective and view, as a group's members share. */
  private static List<Ledger> alike(List<Ledger> ledgers) {
    Ledger first = ledgers.get(0);
    List<Ledger> result = new ArrayList<>();
    for (Ledger l : ledgers) {
      result.add(l.withPerspective(first.perspective()).withView(first.view()));
    }
    return result;
  }

  /**
   * Generates thresholds: shares from 0.01 to 1 in steps of 0.01, and counts from 1 to 9.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<GroupThreshold> thresholds() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(1, 100).map(p -> GroupThreshold.ofShare(p / 100.0)),
        Arbitraries.integers().between(1, 9).map(GroupThreshold::ofCount));
  }

  /**
   * Generates group rules for segments and personas, with and without evidence brought along.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<GroupRule> rules() {
    Arbitrary<Subject> subjects = Combinators.combine(
            Arbitraries.of(Subject.Kind.SEGMENT, Subject.Kind.PERSONA), Texts.slug())
        .as(Subject::of);
    return Combinators.combine(ValuexArbitraries.ledgerIds(), subjects,
            Texts.pseudonym(), Texts.pseudonym(), thresholds(),
            Arbitraries.of(true, false))
        .as((id, subject, owner, author, threshold, evidence) -> GroupRule.builder().id(id)
            .subject(subject).owner(owner).author(author).threshold(threshold)
            .withEvidence(evidence).build());
  }

  /**
   * Generates group ledgers composed from {@link #members()} by {@link #rules()}.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<GroupLedger> groupLedgers() {
    return Combinators.combine(members(), rules()).as(GroupLedger::compose);
  }
}
