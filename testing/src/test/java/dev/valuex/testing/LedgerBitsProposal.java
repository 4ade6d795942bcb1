package dev.valuex.testing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.Side;
import dev.valuex.core.analysis.ProposedElement;
import dev.valuex.core.analysis.SummarySetProposal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The summary-set proposal as valuex computed it before {@link
 * dev.valuex.core.analysis.ElementCombinations}: from the ledgers themselves, with a bit per
 * ledger for each candidate element. Kept, word for word but for its result type, as the oracle
 * the compact computation must agree with on every input.
 */
final class LedgerBitsProposal {
  private static final long SEARCH_BUDGET = 1L << 24;

  private LedgerBitsProposal() {}

  /** What a proposal holds, to compare with a {@link SummarySetProposal} field by field. */
  record Result(Side side, long outOf, OptionalLong needed, long reachable,
      SummarySetProposal.Method method, ImmutableList<ProposedElement> picks) {
    static Result of(SummarySetProposal p) {
      return new Result(p.side(), p.outOf(), p.needed(), p.reachable(), p.method(), p.picks());
    }
  }

  static Result reaching(double share, Side side, Iterable<? extends Ledger> ledgers) {
    Sets sets = Sets.of(side, ledgers);
    long needed = BigDecimal.valueOf(share).multiply(BigDecimal.valueOf(sets.ledgers))
        .setScale(0, RoundingMode.CEILING).longValueExact();
    List<Integer> greedy = sets.greedy(Integer.MAX_VALUE, needed);
    List<Integer> exact = sets.reached(greedy) >= needed ? sets.smallest(greedy.size(), needed)
        : null;
    List<Integer> chosen = exact == null ? greedy : sets.order(exact);
    return sets.proposal(chosen, OptionalLong.of(needed), exact == null
        ? SummarySetProposal.Method.GREEDY : SummarySetProposal.Method.EXACT);
  }

  static Result topN(int n, Side side, Iterable<? extends Ledger> ledgers) {
    Sets sets = Sets.of(side, ledgers);
    return sets.proposal(sets.greedy(n, Long.MAX_VALUE), OptionalLong.empty(),
        SummarySetProposal.Method.GREEDY);
  }

  /** The ledgers carrying each candidate element, as bit sets over ledger positions. */
  static final class Sets {
    final Side side;
    final int ledgers;
    final List<ElementId> elements;
    final List<long[]> bits;
    final int words;

    private Sets(Side side, int ledgers, List<ElementId> elements, List<long[]> bits) {
      this.side = side;
      this.ledgers = ledgers;
      this.elements = elements;
      this.bits = bits;
      this.words = (ledgers + 63) >>> 6;
    }

    static Sets of(Side side, Iterable<? extends Ledger> ledgers) {
      requireNonNull(side, "side");
      TreeMap<ElementId, List<Integer>> carriers = new TreeMap<>();
      int n = 0;
      for (Ledger ledger : requireNonNull(ledgers, "ledgers")) {
        for (LedgerEntry e : ledger.entries()) {
          if (e.side() == side) {
            carriers.computeIfAbsent(e.element(), k -> new ArrayList<>()).add(n);
          }
        }
        n++;
      }
      int words = (n + 63) >>> 6;
      List<ElementId> elements = new ArrayList<>(carriers.keySet());
      List<long[]> bits = new ArrayList<>();
      for (List<Integer> positions : carriers.values()) {
        long[] b = new long[words];
        for (int p : positions) {
          b[p >>> 6] |= 1L << p;
        }
        bits.add(b);
      }
      return new Sets(side, n, elements, bits);
    }

    static int count(long[] b) {
      int c = 0;
      for (long w : b) {
        c += Long.bitCount(w);
      }
      return c;
    }

    static int newCount(long[] b, long[] covered) {
      int c = 0;
      for (int i = 0; i < b.length; i++) {
        c += Long.bitCount(b[i] & ~covered[i]);
      }
      return c;
    }

    /** Greedy picks among all candidates until {@code limit} picks or {@code needed} reached. */
    List<Integer> greedy(int limit, long needed) {
      List<Integer> all = new ArrayList<>();
      for (int i = 0; i < elements.size(); i++) {
        all.add(i);
      }
      return greedyAmong(all, limit, needed);
    }

    private List<Integer> greedyAmong(List<Integer> candidates, int limit, long needed) {
      long[] covered = new long[words];
      long reached = 0;
      List<Integer> picks = new ArrayList<>();
      List<Integer> left = new ArrayList<>(candidates);
      while (picks.size() < limit && reached < needed && !left.isEmpty()) {
        int best = -1;
        int bestGain = 0;
        int bestOwn = 0;
        for (int i : left) {
          int gain = newCount(bits.get(i), covered);
          int own = count(bits.get(i));
          // Candidates are in id order, so strict comparisons keep the smallest id on ties.
          if (gain > bestGain || (gain == bestGain && gain > 0 && own > bestOwn)) {
            best = i;
            bestGain = gain;
            bestOwn = own;
          }
        }
        if (best < 0) {
          break;
        }
        picks.add(best);
        left.remove(Integer.valueOf(best));
        long[] b = bits.get(best);
        for (int w = 0; w < words; w++) {
          covered[w] |= b[w];
        }
        reached += bestGain;
      }
      return picks;
    }

    /** Orders an exact set greedily, so the counts read as successive additions. */
    List<Integer> order(List<Integer> set) {
      return greedyAmong(set, set.size(), Long.MAX_VALUE);
    }

    long reached(List<Integer> picks) {
      long[] union = new long[words];
      for (int i : picks) {
        long[] b = bits.get(i);
        for (int w = 0; w < words; w++) {
          union[w] |= b[w];
        }
      }
      return count(union);
    }

    /**
     * Returns a smallest set reaching {@code needed} ledgers, given that the greedy picks of
     * {@code greedySize} elements do: a smaller set if one exists, else the greedy picks. Returns
     * null when the search would be too large to run.
     */
    @org.jspecify.annotations.Nullable
    List<Integer> smallest(int greedySize, long needed) {
      int m = elements.size();
      if (m > SummarySetProposal.EXACT_LIMIT) {
        return null;
      }
      long subsets = 0;
      for (int size = 1; size < greedySize; size++) {
        subsets += binomial(m, size);
      }
      if (subsets * Math.max(1, words) > SEARCH_BUDGET) {
        return null;
      }
      long[] union = new long[words];
      for (int size = 1; size < greedySize; size++) {
        int best = -1;
        long bestReach = -1;
        // Gosper's hack walks every subset of this size in increasing mask order.
        for (int mask = (1 << size) - 1; mask < (1 << m); mask = nextMask(mask)) {
          java.util.Arrays.fill(union, 0);
          for (int i = 0; i < m; i++) {
            if ((mask & (1 << i)) != 0) {
              long[] b = bits.get(i);
              for (int w = 0; w < words; w++) {
                union[w] |= b[w];
              }
            }
          }
          long reach = count(union);
          if (reach >= needed && reach > bestReach) {
            best = mask;
            bestReach = reach;
          }
        }
        if (best >= 0) {
          List<Integer> set = new ArrayList<>();
          for (int i = 0; i < m; i++) {
            if ((best & (1 << i)) != 0) {
              set.add(i);
            }
          }
          return set;
        }
      }
      // No smaller set reaches the target: the greedy picks are a smallest set.
      return greedy(Integer.MAX_VALUE, needed);
    }

    private static int nextMask(int mask) {
      int c = mask & -mask;
      int r = mask + c;
      return (((r ^ mask) >>> 2) / c) | r;
    }

    private static long binomial(int n, int k) {
      long r = 1;
      for (int i = 1; i <= k; i++) {
        r = r * (n - k + i) / i;
      }
      return r;
    }

    Result proposal(List<Integer> picks, OptionalLong needed, SummarySetProposal.Method method) {
      long[] covered = new long[words];
      long reachable = 0;
      long[] any = new long[words];
      for (long[] b : bits) {
        for (int w = 0; w < words; w++) {
          any[w] |= b[w];
        }
      }
      reachable = count(any);
      ImmutableList.Builder<ProposedElement> result = ImmutableList.builder();
      long reached = 0;
      for (int i : picks) {
        long[] b = bits.get(i);
        int gain = newCount(b, covered);
        for (int w = 0; w < words; w++) {
          covered[w] |= b[w];
        }
        reached += gain;
        result.add(ProposedElement.builder().element(elements.get(i)).ledgers(count(b))
            .newLedgers(gain).reachedLedgers(reached).outOf(ledgers).build());
      }
      return new Result(side, ledgers, needed, reachable, method, result.build());
    }
  }
}
