package dev.valuex.core.analysis;

import static dev.valuex.core.internal.Checks.check;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.BalanceJudgement;
import dev.valuex.core.ElementId;
import dev.valuex.core.Evidence;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Side;
import dev.valuex.core.journey.EntryRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A segment's or persona's ledger composed from its members' ledgers, with the evidence still
 * behind it: a real {@link Ledger} (kind {@link dev.valuex.core.Subject.Kind#SEGMENT} or
 * {@link dev.valuex.core.Subject.Kind#PERSONA}) plus the trace of every entry to the member
 * entries it rests on.
 *
 * <p>{@link #compose(Iterable, GroupRule)} puts an element on a side of the group ledger when
 * at least the rule's {@link GroupThreshold} of members carry it there. Each entry's importance
 * is the median of the members who weighed it (rounded half up onto the scale; the exact median
 * stays in the {@link GroupEntry}); unweighed members do not count. With {@link
 * GroupRule#withEvidence()} the entry brings the members' evidence along. The ledger's notes
 * name every member and the threshold, so it reads on its own, e.g. as a {@code
 * valuex.ledger/1} document. Nothing is judged: the group ledger carries no balance judgement
 * unless its owner records one ({@link #withJudgement(BalanceJudgement)}), and pairings are
 * not composed.
 *
 * <p>The result does not depend on the order of the members: they are taken in ledger id
 * order, entries are listed IN side first, then by how many members carry them (most first),
 * then by element id, and the ledger's date is the latest member date.
 *
 * <pre>{@code
 * GroupLedger commuters = GroupLedger.compose(commuterLedgers, GroupRule.builder()
 *     .id(LedgerId.of("commuter-current"))
 *     .subject(Subject.of(Subject.Kind.SEGMENT, "commuter"))
 *     .owner("commuter panel")
 *     .author("researcher-1")
 *     .threshold(GroupThreshold.ofShare(0.3))
 *     .build());
 * Ledger ledger = commuters.ledger();
 * GroupEntry behind = commuters.entry(ElementId.parse("customer.time-saving"), Side.OUT)
 *     .orElseThrow();                 // the member entries, the median importance
 * }</pre>
 */
@Value.Immutable
public abstract class GroupLedger {

  GroupLedger() {}

  /**
   * Returns the group's ledger.
   *
   * @return the ledger, never null
   */
  public abstract Ledger ledger();

  /**
   * Returns the rule the ledger was composed by.
   *
   * @return the rule, never null
   */
  public abstract GroupRule rule();

  /**
   * Returns the ids of the member ledgers, in id order.
   *
   * @return the ids, never null or empty
   */
  public abstract ImmutableList<LedgerId> members();

  /**
   * Returns the trace of every entry of the ledger, in the ledger's entry order.
   *
   * @return the traces, never null, possibly empty
   */
  public abstract ImmutableList<GroupEntry> entries();

  /**
   * Starts a builder, for readers that restore a composed group ledger; compose new ones with
   * {@link #compose(Iterable, GroupRule)}.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns how many members had to carry an element on a side for it to enter.
   *
   * @return the count, at least 1
   */
  public final int requiredMembers() {
    return rule().threshold().requiredOf(members().size());
  }

  /**
   * Returns the trace of the entry for an element on a side.
   *
   * @param element the element, not null
   * @param side the side, not null
   * @return the trace, empty when the element is not on that side of the group ledger
   */
  public final Optional<GroupEntry> entry(ElementId element, Side side) {
    for (GroupEntry e : entries()) {
      if (e.side() == side && e.element().equals(element)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a copy whose ledger carries the owner's balance judgement for the group.
   *
   * @param judgement the owner's judgement, not null
   * @return the new group ledger, never null
   */
  public final GroupLedger withJudgement(BalanceJudgement judgement) {
    return builder().ledger(ledger().withJudgement(judgement)).rule(rule())
        .addAllMembers(members()).addAllEntries(entries()).build();
  }

  /**
   * Composes the ledger of a segment or persona from its members' ledgers.
   *
   * @param members the member ledgers, of one perspective and one view, with distinct ids, at
   *     least one, not null
   * @param rule the group's id, subject, owner, author, threshold and evidence choice, not null
   * @return the group ledger with its trace, never null
   * @throws InvalidValueException if there are no members, two share an id, or they differ in
   *     perspective or view
   */
  public static GroupLedger compose(Iterable<Ledger> members, GroupRule rule) {
    requireNonNull(members, "members");
    requireNonNull(rule, "rule");
    String who = "GroupLedger " + rule.id();
    List<Ledger> sorted = new ArrayList<>();
    members.forEach(m -> sorted.add(requireNonNull(m, "member")));
    check(!sorted.isEmpty(), who, "members", "hold at least one ledger", "none");
    sorted.sort(Comparator.comparing(Ledger::id));
    Ledger first = sorted.get(0);
    for (int i = 1; i < sorted.size(); i++) {
      Ledger m = sorted.get(i);
      check(!m.id().equals(sorted.get(i - 1).id()), who, "members",
          "have distinct ledger ids", m.id() + " twice");
      check(m.perspective() == first.perspective(), who, "members",
          "share one perspective, " + first.perspective() + " of " + first.id(),
          m.perspective() + " of " + m.id());
      check(m.view() == first.view(), who, "members",
          "share one view, " + first.view() + " of " + first.id(), m.view() + " of " + m.id());
    }
    int required = rule.threshold().requiredOf(sorted.size());
    Map<Placement, List<MemberEntry>> byPlacement = new TreeMap<>();
    LocalDate asOf = first.asOf();
    Set<Optional<String>> contexts = new HashSet<>();
    List<String> ids = new ArrayList<>();
    for (Ledger m : sorted) {
      ids.add(m.id().value());
      asOf = m.asOf().isAfter(asOf) ? m.asOf() : asOf;
      contexts.add(m.context());
      for (LedgerEntry e : m.entries()) {
        byPlacement.computeIfAbsent(Placement.of(e.element(), e.side()), p -> new ArrayList<>())
            .add(new MemberEntry(m.id(), e));
      }
    }
    List<Map.Entry<Placement, List<MemberEntry>>> kept = new ArrayList<>();
    for (Map.Entry<Placement, List<MemberEntry>> e : byPlacement.entrySet()) {
      if (e.getValue().size() >= required) {
        kept.add(e);
      }
    }
    kept.sort(Comparator.<Map.Entry<Placement, List<MemberEntry>>, Side>comparing(
            e -> e.getKey().side())
        .thenComparing(e -> -e.getValue().size())
        .thenComparing(e -> e.getKey().element()));
    ImmutableList.Builder<GroupEntry> traces = ImmutableList.builder();
    ImmutableList.Builder<LedgerEntry> entries = ImmutableList.builder();
    for (Map.Entry<Placement, List<MemberEntry>> e : kept) {
      GroupEntry trace = trace(e.getKey(), e.getValue());
      traces.add(trace);
      LedgerEntry.Builder entry = LedgerEntry.builder()
          .element(trace.element()).side(trace.side())
          .note("carried by " + trace.memberCount() + " of " + sorted.size() + " members");
      trace.importance().ifPresent(entry::importance);
      if (rule.withEvidence()) {
        for (MemberEntry m : e.getValue()) {
          entry.addAllEvidence(m.entry.evidence());
        }
      }
      entries.add(entry.build());
    }
    Ledger ledger = Ledger.builder()
        .id(rule.id())
        .subject(rule.subject())
        .owner(rule.owner())
        .author(rule.author())
        .perspective(first.perspective())
        .view(first.view())
        .context(contexts.size() == 1 ? first.context() : Optional.empty())
        .asOf(asOf)
        .addAllEntries(entries.build())
        .addNotes("Composed from " + sorted.size()
            + (sorted.size() == 1 ? " member ledger" : " member ledgers")
            + ", an element entering a side when " + rule.threshold() + " (" + required + " of "
            + sorted.size() + ") carry it: " + String.join(", ", ids))
        .build();
    return builder().ledger(ledger).rule(rule)
        .addAllMembers(sorted.stream().map(Ledger::id).toList())
        .addAllEntries(traces.build()).build();
  }

  private static GroupEntry trace(Placement placement, List<MemberEntry> behind) {
    List<Integer> weights = new ArrayList<>();
    ImmutableList.Builder<EntryRef> refs = ImmutableList.builder();
    for (MemberEntry m : behind) {
      refs.add(EntryRef.to(m.ledger, m.entry));
      m.entry.importance().ifPresent(weights::add);
    }
    weights.sort(Comparator.naturalOrder());
    int n = weights.size();
    OptionalDouble median = n == 0 ? OptionalDouble.empty()
        : OptionalDouble.of(n % 2 == 1 ? weights.get(n / 2)
            : (weights.get(n / 2 - 1) + weights.get(n / 2)) / 2.0);
    return GroupEntry.builder().element(placement.element()).side(placement.side())
        .addAllMembers(refs.build()).weighed(n).medianImportance(median).build();
  }

  @Value.Check
  final void validate() {
    String who = "GroupLedger " + ledger().id();
    GroupRule rule = rule();
    check(ledger().id().equals(rule.id()), who, "ledger id", "be the rule's id " + rule.id(),
        ledger().id());
    check(ledger().subject().equals(rule.subject()), who, "ledger subject",
        "be the rule's subject " + rule.subject().label(), ledger().subject().label());
    check(ledger().owner().equals(rule.owner()), who, "ledger owner",
        "be the rule's owner " + rule.owner(), ledger().owner());
    check(ledger().author().equals(rule.author()), who, "ledger author",
        "be the rule's author " + rule.author(), ledger().author());
    check(!members().isEmpty(), who, "members", "name at least one member ledger", "none");
    Set<LedgerId> memberSet = new HashSet<>();
    for (int i = 0; i < members().size(); i++) {
      check(i == 0 || members().get(i - 1).compareTo(members().get(i)) < 0, who, "members",
          "be in id order with each ledger once", members().get(i));
      memberSet.add(members().get(i));
    }
    check(entries().size() == ledger().entries().size(), who, "entries",
        "trace each of the ledger's " + ledger().entries().size() + " entries",
        entries().size());
    int required = requiredMembers();
    for (int i = 0; i < entries().size(); i++) {
      GroupEntry trace = entries().get(i);
      LedgerEntry entry = ledger().entries().get(i);
      String what = trace.element() + " " + trace.side();
      check(entry.element().equals(trace.element()) && entry.side() == trace.side(), who,
          "entry " + (i + 1), "trace the ledger's entry " + entry.element() + " " + entry.side(),
          what);
      check(trace.memberCount() >= required, who, "entry " + what,
          "rest on at least " + required + " of " + members().size() + " members",
          trace.memberCount());
      for (EntryRef ref : trace.members()) {
        check(memberSet.contains(ref.ledger()), who, "entry " + what,
            "rest on member ledgers only", ref.ledger());
      }
      check(entry.importance().equals(trace.importance()), who, "entry " + what + " importance",
          "be the members' median rounded half up, " + level(trace.importance()),
          level(entry.importance()));
    }
  }

  /** An importance for a message: the level, or "none" for an unweighed entry. */
  private static Object level(OptionalInt importance) {
    return importance.isPresent() ? (Object) importance.getAsInt() : "none";
  }

  /** One member's entry for a placement, with the member ledger's id. */
  private record MemberEntry(LedgerId ledger, LedgerEntry entry) {}

  /** Builds {@link GroupLedger}s; every attribute may be set once. */
  public static final class Builder extends ImmutableGroupLedger.Builder {
    Builder() {}
  }
}
