package dev.valuex.core.analysis;

import static dev.valuex.core.internal.Checks.check;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.Side;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A proposed summary set: a few elements on one side that together reach many ledgers, with
 * the counts behind each pick. It is a proposal for a team to discuss, not a decision; people
 * choose what to act on.
 *
 * <p>Two questions are answered:
 *
 * <ul>
 *   <li>{@link #reaching(double, Side, Iterable)}: the smallest set of elements such that at
 *       least a chosen share of the ledgers carries one of them. This is the partial set cover
 *       problem, NP-hard in general. When there are at most {@value #EXACT_LIMIT} candidate
 *       elements (and the search stays small) every smaller set is tried, so the answer is a
 *       smallest one ({@link Method#EXACT}). Otherwise picks are greedy ({@link Method#GREEDY}):
 *       each pick is the element that reaches the most ledgers not yet reached. Greedy needs at
 *       most {@code H(k) = 1 + 1/2 + ... + 1/k} (about {@code ln k + 0.58}) times as many
 *       elements as the smallest set, where {@code k} is the number of ledgers to reach
 *       (Slavík, 1997); on real studies it is usually optimal or one element off.
 *   <li>{@link #topN(int, Side, Iterable)}: {@code n} elements picked greedily to reach as many
 *       ledgers as possible. Greedy reaches at least {@code 1 - 1/e} (about 63%) of what the
 *       best {@code n} elements could reach (Nemhauser, Wolsey and Fisher, 1978). The first
 *       pick is always the most widely carried element.
 * </ul>
 *
 * <p>Ties are broken by the element's own coverage, then by id, so a proposal is reproducible.
 * The set is computed from the ledgers' {@link ElementCombinations} rather than from a {@link
 * LedgerSummary}, because how many ledgers a set of three or more elements reaches depends on
 * more than pair counts. Each factory takes either the ledgers or their combinations, counted
 * beforehand (and merged across threads or machines): both give the same proposal, and the
 * combinations' size grows with the distinct combinations on the side, not with the ledgers.
 *
 * <pre>{@code
 * SummarySetProposal p = SummarySetProposal.reaching(0.8, Side.OUT, ledgers);
 * for (ProposedElement pick : p.picks()) {
 *   System.out.printf("%s: carried by %d, adds %d, reaches %.0f%%%n", pick.element(),
 *       pick.ledgers(), pick.newLedgers(), 100 * pick.reachedShare());
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class SummarySetProposal {
  /** The most candidate elements for which {@link #reaching} searches for a smallest set. */
  public static final int EXACT_LIMIT = 16;

  private static final long SEARCH_BUDGET = 1L << 24;

  /** How the picks were found. */
  public enum Method {
    /** Each pick reaches the most ledgers not yet reached. */
    GREEDY,
    /** Every smaller set was tried: no smaller set reaches the target. */
    EXACT
  }

  SummarySetProposal() {}

  /**
   * Returns the side the elements were picked on.
   *
   * @return the side, never null
   */
  public abstract Side side();

  /**
   * Returns how many ledgers the proposal was made from.
   *
   * @return the count, at least 0
   */
  public abstract long outOf();

  /**
   * Returns how many ledgers the picks had to reach.
   *
   * @return the count, empty for a top-N proposal
   */
  public abstract OptionalLong needed();

  /**
   * Returns how many ledgers carry at least one element on the side: the most any set can
   * reach.
   *
   * @return the count, at most {@link #outOf()}
   */
  public abstract long reachable();

  /**
   * Returns how the picks were found.
   *
   * @return the method, never null
   */
  public abstract Method method();

  /**
   * Returns the picks in the order they were made, each with its counts.
   *
   * @return the picks, never null, possibly empty
   */
  public abstract ImmutableList<ProposedElement> picks();

  /**
   * Returns how many ledgers the picks reach together.
   *
   * @return the count, at most {@link #reachable()}
   */
  public final long reachedLedgers() {
    return picks().isEmpty() ? 0 : picks().get(picks().size() - 1).reachedLedgers();
  }

  /**
   * Tells whether the picks reach the share asked for; always true for a top-N proposal.
   *
   * @return false only when the data does not allow the share: too few ledgers carry any
   *     element on the side
   */
  public final boolean reached() {
    return needed().isEmpty() || reachedLedgers() >= needed().getAsLong();
  }

  /**
   * Proposes the smallest set of elements on a side carried, one or more of them, by at least a
   * share of the ledgers. When the share cannot be reached, every element that adds a ledger is
   * picked and {@link #reached()} is false.
   *
   * @param share the share of ledgers to reach, above 0 and at most 1
   * @param side the side to pick elements from, not null
   * @param ledgers the ledgers, not null
   * @return the proposal, never null
   * @throws dev.valuex.core.InvalidValueException if the share is not above 0 and at most 1
   */
  public static SummarySetProposal reaching(double share, Side side,
      Iterable<? extends Ledger> ledgers) {
    checkShare(share);
    return reaching(share, ElementCombinations.of(side, ledgers));
  }

  /**
   * Proposes the smallest set of elements carried, one or more of them, by at least a share of
   * the ledgers counted into combinations; the same proposal as {@link #reaching(double, Side,
   * Iterable)} on those ledgers, made without them.
   *
   * @param share the share of ledgers to reach, above 0 and at most 1
   * @param combinations how many ledgers carry each combination of elements on the side to pick
   *     from, not null
   * @return the proposal, never null
   * @throws dev.valuex.core.InvalidValueException if the share is not above 0 and at most 1
   */
  public static SummarySetProposal reaching(double share, ElementCombinations combinations) {
    checkShare(share);
    Sets sets = Sets.of(requireNonNull(combinations, "combinations"));
    long needed = BigDecimal.valueOf(share).multiply(BigDecimal.valueOf(sets.ledgers))
        .setScale(0, RoundingMode.CEILING).longValueExact();
    List<Integer> greedy = sets.greedy(Integer.MAX_VALUE, needed);
    List<Integer> exact = sets.reached(greedy) >= needed ? sets.smallest(greedy.size(), needed)
        : null;
    List<Integer> chosen = exact == null ? greedy : sets.order(exact);
    return sets.proposal(chosen, OptionalLong.of(needed),
        exact == null ? Method.GREEDY : Method.EXACT);
  }

  /**
   * Proposes {@code n} elements on a side, picked greedily to reach as many ledgers as
   * possible; fewer when fewer elements add a ledger.
   *
   * @param n how many elements to pick, at least 1
   * @param side the side to pick elements from, not null
   * @param ledgers the ledgers, not null
   * @return the proposal, never null
   * @throws dev.valuex.core.InvalidValueException if {@code n} is below 1
   */
  public static SummarySetProposal topN(int n, Side side, Iterable<? extends Ledger> ledgers) {
    checkN(n);
    return topN(n, ElementCombinations.of(side, ledgers));
  }

  /**
   * Proposes {@code n} elements picked greedily to reach as many of the ledgers counted into
   * combinations as possible; the same proposal as {@link #topN(int, Side, Iterable)} on those
   * ledgers, made without them.
   *
   * @param n how many elements to pick, at least 1
   * @param combinations how many ledgers carry each combination of elements on the side to pick
   *     from, not null
   * @return the proposal, never null
   * @throws dev.valuex.core.InvalidValueException if {@code n} is below 1
   */
  public static SummarySetProposal topN(int n, ElementCombinations combinations) {
    checkN(n);
    Sets sets = Sets.of(requireNonNull(combinations, "combinations"));
    return sets.proposal(sets.greedy(n, Long.MAX_VALUE), OptionalLong.empty(), Method.GREEDY);
  }

  private static void checkShare(double share) {
    check(share > 0 && share <= 1, "SummarySetProposal", "share",
        "be above 0 and at most 1", share);
  }

  private static void checkN(int n) {
    check(n >= 1, "SummarySetProposal", "n", "be at least 1", n);
  }

  @Value.Check
  final void validate() {
    check(reachable() <= outOf(), "SummarySetProposal", "reachable", "be at most " + outOf(),
        reachable());
  }

  /**
   * The candidate elements in id order and the ledgers carrying them, read from the table of
   * {@link ElementCombinations} in place: how many ledgers a set of elements reaches is the sum
   * of the counts of the combinations holding one of them, so the work grows with the distinct
   * combinations, never with the ledgers.
   */
  private static final class Sets {
    final ElementCombinations table;
    final Side side;
    final long ledgers;
    /** The candidates in id order: candidate {@code i} is {@code elements.get(i)}. */
    final List<ElementId> elements;
    /** The table's bit of each candidate. */
    final int[] bitOf;
    /** The candidate of each of the table's bits. */
    final int[] candidateOf;
    /** How many ledgers carry each candidate. */
    final long[] own;

    private Sets(ElementCombinations table) {
      this.table = table;
      this.side = table.side();
      this.ledgers = table.ledgers();
      int m = table.elementCount();
      Integer[] order = new Integer[m];
      for (int b = 0; b < m; b++) {
        order[b] = b;
      }
      java.util.Arrays.sort(order, (x, y) -> table.element(x).compareTo(table.element(y)));
      this.bitOf = new int[m];
      this.candidateOf = new int[m];
      List<ElementId> ids = new ArrayList<>();
      for (int i = 0; i < m; i++) {
        bitOf[i] = order[i];
        candidateOf[order[i]] = i;
        ids.add(table.element(order[i]));
      }
      this.elements = ids;
      this.own = new long[m];
      int words = table.words();
      for (int slot = 0; slot < table.slots(); slot++) {
        long n = table.ledgersAt(slot);
        if (n != 0) {
          for (int w = 0; w < words; w++) {
            for (long word = table.word(slot, w); word != 0; word &= word - 1) {
              own[candidateOf[w * 64 + Long.numberOfTrailingZeros(word)]] += n;
            }
          }
        }
      }
    }

    static Sets of(ElementCombinations table) {
      return new Sets(table);
    }

    /**
     * The ledgers reached by picks added one at a time, and how many more each candidate would
     * reach.
     */
    final class Cover {
      final long[] covered = new long[(table.slots() + 63) >>> 6];
      final long[] gain = own.clone();
      long reached;

      /** Adds a pick: every combination holding it is reached. */
      void add(int candidate) {
        int bit = bitOf[candidate];
        int wordOfBit = bit >>> 6;
        long bitMask = 1L << bit;
        int words = table.words();
        for (int slot = 0; slot < table.slots(); slot++) {
          long n = table.ledgersAt(slot);
          if (n == 0 || (covered[slot >>> 6] & (1L << slot)) != 0
              || (table.word(slot, wordOfBit) & bitMask) == 0) {
            continue;
          }
          covered[slot >>> 6] |= 1L << slot;
          reached += n;
          for (int w = 0; w < words; w++) {
            for (long word = table.word(slot, w); word != 0; word &= word - 1) {
              gain[candidateOf[w * 64 + Long.numberOfTrailingZeros(word)]] -= n;
            }
          }
        }
      }
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
      Cover cover = new Cover();
      List<Integer> picks = new ArrayList<>();
      List<Integer> left = new ArrayList<>(candidates);
      while (picks.size() < limit && cover.reached < needed && !left.isEmpty()) {
        int best = -1;
        long bestGain = 0;
        long bestOwn = 0;
        for (int i : left) {
          long gain = cover.gain[i];
          // Candidates are in id order, so strict comparisons keep the smallest id on ties.
          if (gain > bestGain || (gain == bestGain && gain > 0 && own[i] > bestOwn)) {
            best = i;
            bestGain = gain;
            bestOwn = own[i];
          }
        }
        if (best < 0) {
          break;
        }
        picks.add(best);
        left.remove(Integer.valueOf(best));
        cover.add(best);
      }
      return picks;
    }

    /** Orders an exact set greedily, so the counts read as successive additions. */
    List<Integer> order(List<Integer> set) {
      return greedyAmong(set, set.size(), Long.MAX_VALUE);
    }

    long reached(List<Integer> picks) {
      Cover cover = new Cover();
      picks.forEach(cover::add);
      return cover.reached;
    }

    /**
     * Returns a smallest set reaching {@code needed} ledgers, given that the greedy picks of
     * {@code greedySize} elements do: a smaller set if one exists, else the greedy picks. Returns
     * null when the search would be too large to run.
     */
    @org.jspecify.annotations.Nullable
    List<Integer> smallest(int greedySize, long needed) {
      int m = elements.size();
      if (m > EXACT_LIMIT) {
        return null;
      }
      long subsets = 0;
      for (int size = 1; size < greedySize; size++) {
        subsets += binomial(m, size);
      }
      // The search once took a pass over a bit per ledger for each subset; its budget still
      // counts those words, so that the same ledgers get the same method and picks as before.
      long ledgerWords = Math.max(1, (ledgers + 63) >>> 6);
      if (subsets > 0 && ledgerWords > SEARCH_BUDGET / subsets) {
        return null;
      }
      long[] missed = missedBySubsets(m);
      int all = (1 << m) - 1;
      for (int size = 1; size < greedySize; size++) {
        int best = -1;
        long bestReach = -1;
        // Gosper's hack walks every subset of this size in increasing mask order.
        for (int mask = (1 << size) - 1; mask < (1 << m); mask = nextMask(mask)) {
          long reach = ledgers - missed[all & ~mask];
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

    /**
     * Returns, for every subset of the {@code m} candidates (bit {@code i} for candidate {@code
     * i}), how many ledgers carry none but elements of that subset: the ledgers a set misses are
     * those of the subset of the candidates outside it.
     */
    private long[] missedBySubsets(int m) {
      long[] within = new long[1 << m];
      int words = table.words();
      for (int slot = 0; slot < table.slots(); slot++) {
        long n = table.ledgersAt(slot);
        if (n != 0) {
          int mask = 0;
          for (int w = 0; w < words; w++) {
            for (long word = table.word(slot, w); word != 0; word &= word - 1) {
              mask |= 1 << candidateOf[w * 64 + Long.numberOfTrailingZeros(word)];
            }
          }
          within[mask] += n;
        }
      }
      // Sum over subsets, one candidate at a time (the zeta transform).
      for (int i = 0; i < m; i++) {
        for (int mask = 0; mask < within.length; mask++) {
          if ((mask & (1 << i)) != 0) {
            within[mask] += within[mask ^ (1 << i)];
          }
        }
      }
      return within;
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

    SummarySetProposal proposal(List<Integer> picks, OptionalLong needed, Method method) {
      long reachable = ledgers - table.ledgers(java.util.Set.of());
      Cover cover = new Cover();
      ImmutableList.Builder<ProposedElement> result = ImmutableList.builder();
      for (int i : picks) {
        long gain = cover.gain[i];
        cover.add(i);
        result.add(ProposedElement.builder().element(elements.get(i)).ledgers(own[i])
            .newLedgers(gain).reachedLedgers(cover.reached).outOf(ledgers).build());
      }
      return ImmutableSummarySetProposal.builder().side(side).outOf(ledgers).needed(needed)
          .reachable(reachable).method(method).addAllPicks(result.build()).build();
    }
  }
}
