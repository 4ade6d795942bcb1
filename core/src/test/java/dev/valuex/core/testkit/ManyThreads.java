package dev.valuex.core.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs one task on many threads released together by a start latch, so that they meet shared
 * state (a lazy singleton, a cache) at the same moment, and returns what each thread got.
 */
public final class ManyThreads {
  private ManyThreads() {}

  /**
   * Runs {@code task} on {@code threads} threads at once.
   *
   * @param threads how many threads, at least 2
   * @param task what every thread runs
   * @return each thread's result, in the order the threads were started
   * @throws Exception the first thread's failure, or a timeout after two minutes
   */
  public static <T> List<T> atOnce(int threads, Callable<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch ready = new CountDownLatch(threads);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(pool.submit(() -> {
          ready.countDown();
          start.await();
          return task.call();
        }));
      }
      ready.await();
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get(2, TimeUnit.MINUTES));
      }
      return results;
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
  }
}
