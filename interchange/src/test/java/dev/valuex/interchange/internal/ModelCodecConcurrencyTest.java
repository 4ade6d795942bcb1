package dev.valuex.interchange.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.valuex.core.ElementId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The codecs' shared element-id cache read from many threads at once. */
class ModelCodecConcurrencyTest {
  private static final int THREADS = 8;
  private static final int IDS = 2_000;

  @Test
  void threadsRacingToReadTheSameIdsShareOneObjectPerId() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < IDS; i++) {
      // Texts no other test reads, so every thread starts with a cache miss.
      texts.add("concurrency-" + i + ".element-" + i);
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<ElementId>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        results.add(pool.submit(() -> {
          // Each thread reads the ids in its own order, after one shared start signal.
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < IDS; i++) {
            order.add(i);
          }
          Collections.shuffle(order, new Random(seed));
          ElementId[] read = new ElementId[IDS];
          start.await();
          for (int i : order) {
            read[i] = ModelCodec.elementId(texts.get(i));
          }
          return List.of(read);
        }));
      }
      start.countDown();
      List<List<ElementId>> all = new ArrayList<>();
      for (Future<List<ElementId>> f : results) {
        all.add(f.get(60, TimeUnit.SECONDS));
      }
      for (int i = 0; i < IDS; i++) {
        ElementId first = all.get(0).get(i);
        assertEquals(ElementId.parse(texts.get(i)), first);
        for (List<ElementId> read : all) {
          assertSame(first, read.get(i), texts.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
