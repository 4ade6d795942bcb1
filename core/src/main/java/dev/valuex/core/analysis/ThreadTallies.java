package dev.valuex.core.analysis;

import dev.valuex.core.Ledger;
import java.util.Arrays;

/**
 * The container of the {@link LedgerSummary#toLedgerSummary()} collector: one {@link Tally} per
 * thread that counts into it, so that many threads may count into one container at once.
 *
 * <p>The collector is {@code CONCURRENT}: a parallel stream then gives every split of its input
 * this one container instead of a fresh one per split. A stream of a million ledgers splits
 * into about four times as many pieces as there are threads; with a container per piece, each
 * allocated counters for every stratum it met (for 60 elements and 96 strata about 3 MB) and
 * the pieces were merged pairwise, most of that on the path to the result. Here each thread
 * counts every piece it runs into the tally it made on first use, and the partial tallies, one
 * per thread, are merged once, when the summary is built.
 *
 * <p>A thread finds its tally by a reference scan of a short array, replaced (copy on write)
 * only when a thread counts for the first time, so counting takes no lock. A tally is written
 * by its own thread only; the stream's completion of its tasks makes every tally visible to
 * the thread that builds the summary. Where the collector is used without concurrency (a
 * sequential stream, or downstream of {@code groupingBy}) the container holds one tally and
 * containers are merged by the combiner, as for any collector.
 */
final class ThreadTallies {
  /** A thread and the tally it counts into. */
  private static final class Counter {
    final Thread thread;
    final Tally tally;

    Counter(Thread thread, Tally tally) {
      this.thread = thread;
      this.tally = tally;
    }
  }

  private volatile Counter[] counters = new Counter[0];

  /** Counts one ledger into the calling thread's tally. */
  void add(Ledger ledger) {
    Thread current = Thread.currentThread();
    for (Counter c : counters) {
      if (c.thread == current) {
        c.tally.add(ledger);
        return;
      }
    }
    register(current).add(ledger);
  }

  private synchronized Tally register(Thread thread) {
    Counter[] known = counters;
    for (Counter c : known) {
      if (c.thread == thread) {
        return c.tally;
      }
    }
    // Made on the counting thread, so its hot fields sit apart from other threads' tallies.
    Tally tally = new Tally();
    Counter[] grown = Arrays.copyOf(known, known.length + 1);
    grown[known.length] = new Counter(thread, tally);
    counters = grown;
    return tally;
  }

  /**
   * Adds the counts of another container to this one, the combiner of a collector used without
   * concurrency; neither container is being counted into meanwhile.
   */
  synchronized ThreadTallies merge(ThreadTallies other) {
    Counter[] theirs = other.counters;
    if (theirs.length == 0) {
      return this;
    }
    if (counters.length == 0) {
      return other;
    }
    Tally into = largest(counters).tally;
    for (Counter c : theirs) {
      into.merge(c.tally);
    }
    return this;
  }

  /**
   * Builds the summary of everything counted: the other tallies are merged into the largest,
   * which then stands for all of them, so building again gives the same summary.
   */
  synchronized LedgerSummary summary() {
    Counter[] all = counters;
    if (all.length == 0) {
      return LedgerSummary.empty();
    }
    Counter into = largest(all);
    for (Counter c : all) {
      if (c != into) {
        into.tally.merge(c.tally);
      }
    }
    counters = new Counter[] {into};
    return LedgerSummary.ofCanonical(into.tally.canonical());
  }

  /** The tally with the most strata: merging the others into it walks the fewest counters. */
  private static Counter largest(Counter[] all) {
    Counter best = all[0];
    for (int i = 1; i < all.length; i++) {
      if (all[i].tally.strata().size() > best.tally.strata().size()) {
        best = all[i];
      }
    }
    return best;
  }
}
