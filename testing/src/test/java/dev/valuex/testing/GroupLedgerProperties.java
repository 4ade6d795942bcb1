package dev.valuex.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.analysis.GroupEntry;
import dev.valuex.core.analysis.GroupLedger;
import dev.valuex.core.analysis.GroupRule;
import dev.valuex.core.analysis.GroupThreshold;
import dev.valuex.core.journey.EntryRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of composing a group's ledger from its members' ledgers. */
class GroupLedgerProperties {

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void raisingTheThresholdNeverAddsEntries(@ForAll("members") List<Ledger> members,
      @ForAll GroupRule rule, @ForAll @IntRange(min = 1, max = 100) int lower,
      @ForAll @IntRange(min = 0, max = 100) int more) {
    int higher = Math.min(100, lower + more);
    Set<String> low = placements(GroupLedger.compose(members,
        rule.withThreshold(GroupThreshold.ofShare(lower / 100.0))));
    Set<String> high = placements(GroupLedger.compose(members,
        rule.withThreshold(GroupThreshold.ofShare(higher / 100.0))));
    assertTrue(low.containsAll(high), () -> high + " not within " + low);
    Set<String> fewer = placements(GroupLedger.compose(members,
        rule.withThreshold(GroupThreshold.ofCount(1 + lower % 9))));
    Set<String> moreMembers = placements(GroupLedger.compose(members,
        rule.withThreshold(GroupThreshold.ofCount(1 + lower % 9 + more % 3))));
    assertTrue(fewer.containsAll(moreMembers), () -> moreMembers + " not within " + fewer);
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void aGroupOfOneHasThatMembersEntries(@ForAll Ledger member, @ForAll GroupRule rule,
      @ForAll @IntRange(min = 1, max = 100) int percent) {
    GroupRule anyShare = rule.withThreshold(GroupThreshold.ofShare(percent / 100.0));
    GroupLedger group = GroupLedger.compose(List.of(member), anyShare);
    assertEquals(member.entries().size(), group.ledger().entries().size());
    for (LedgerEntry e : member.entries()) {
      LedgerEntry g = group.ledger().entry(e.element(), e.side()).orElseThrow();
      assertEquals(e.importance(), g.importance());
      assertEquals(rule.withEvidence() ? e.evidence() : List.of(), g.evidence());
      assertEquals(List.of(EntryRef.to(member.id(), e)),
          group.entry(e.element(), e.side()).orElseThrow().members());
    }
    assertEquals(List.of(member.id()), group.members());
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void compositionDoesNotDependOnMemberOrder(@ForAll("members") List<Ledger> members,
      @ForAll GroupRule rule, @ForAll long seed) {
    List<Ledger> shuffled = new ArrayList<>(members);
    Collections.shuffle(shuffled, new Random(seed));
    assertEquals(GroupLedger.compose(members, rule), GroupLedger.compose(shuffled, rule));
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void everyEntryIsTraceableToAtLeastTheThresholdsMembers(
      @ForAll("members") List<Ledger> members, @ForAll GroupRule rule) {
    GroupLedger group = GroupLedger.compose(members, rule);
    int required = rule.threshold().requiredOf(members.size());
    Map<String, Ledger> byId = new HashMap<>();
    members.forEach(m -> byId.put(m.id().value(), m));
    for (GroupEntry e : group.entries()) {
      assertTrue(e.memberCount() >= required);
      List<Integer> weights = new ArrayList<>();
      for (EntryRef ref : e.members()) {
        LedgerEntry behind = byId.get(ref.ledger().value()).entry(ref.element(), ref.side())
            .orElseThrow();
        behind.importance().ifPresent(weights::add);
      }
      assertEquals(weights.size(), e.weighed());
      Collections.sort(weights);
      int n = weights.size();
      if (n > 0) {
        double median = (weights.get((n - 1) / 2) + weights.get(n / 2)) / 2.0;
        assertEquals(median, e.medianImportance().getAsDouble());
      }
    }
    // and nothing carried by enough members is left out
    Map<String, Integer> carried = new HashMap<>();
    for (Ledger m : members) {
      m.entries().forEach(x -> carried.merge(x.element() + " " + x.side(), 1, Integer::sum));
    }
    Set<String> expected = carried.entrySet().stream().filter(x -> x.getValue() >= required)
        .map(Map.Entry::getKey).collect(Collectors.toSet());
    assertEquals(expected, placements(group));
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void generatedGroupLedgersAreValidAndRestorable(@ForAll GroupLedger group) {
    assertEquals(group, GroupLedger.builder().ledger(group.ledger()).rule(group.rule())
        .addAllMembers(group.members()).addAllEntries(group.entries()).build());
  }

  @Provide
  Arbitrary<List<Ledger>> members() {
    return GroupArbitraries.members();
  }

  private static Set<String> placements(GroupLedger g) {
    return g.ledger().entries().stream().map(e -> e.element() + " " + e.side())
        .collect(Collectors.toSet());
  }
}
