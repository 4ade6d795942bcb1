package dev.valuex.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.valuex.core.Perspective;
import dev.valuex.core.testkit.ManyThreads;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The catalog's shared state under many threads: {@link Catalog#defaults()}, loaded on first
 * use, and the keyword scorers a catalog builds lazily on its first search or suggestion. Every
 * round starts many threads at once on a start latch, on state nobody has touched yet, and
 * compares what each thread got with a single-threaded run.
 */
class CatalogConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 3;
  private static final List<String> STATEMENTS = List.of(
      "I always look around to get the best deal",
      "I never know if a bike will be there when I need one",
      "they remember me and greet me by name",
      "it takes me ten minutes to fill in their forms",
      "I worry about what they do with my data");


  @Test
  void defaultsIsLoadedOnceAndWholeWhenManyThreadsAskFirst() throws Exception {
    String expected = Catalog.loadDefaults().decks().toString();
    for (int round = 0; round < ROUNDS; round++) {
      // A class loader of its own per round: the catalog's classes, and so its lazy holder of
      // the defaults, are loaded afresh, and the threads race on the very first call.
      try (FreshCatalogClasses fresh = new FreshCatalogClasses()) {
        Method defaults = fresh.loadClass(Catalog.class.getName()).getMethod("defaults");
        Method decks = defaults.getReturnType().getMethod("decks");
        List<Object> catalogs = ManyThreads.atOnce(THREADS, () -> defaults.invoke(null));
        for (Object catalog : catalogs) {
          assertSame(catalogs.get(0), catalog, "every thread gets the one default catalog");
          assertEquals(expected, decks.invoke(catalog).toString());
        }
      }
    }
  }

  @Test
  void lazyScorersRankForEveryThreadAsForOne() throws Exception {
    Catalog alone = Catalog.loadDefaults();
    List<Object> expected = new ArrayList<>();
    for (String statement : STATEMENTS) {
      expected.add(alone.suggest(statement, 5));
      expected.add(alone.suggest(Perspective.EMPLOYEE, statement, 5));
      expected.add(alone.search(statement));
    }
    for (int round = 0; round < ROUNDS; round++) {
      Catalog shared = Catalog.loadDefaults(); // nobody has searched it yet
      List<List<Object>> results = ManyThreads.atOnce(THREADS, () -> {
        List<Object> got = new ArrayList<>();
        for (String statement : STATEMENTS) {
          got.add(shared.suggest(statement, 5));
          got.add(shared.suggest(Perspective.EMPLOYEE, statement, 5));
          got.add(shared.search(statement));
        }
        return got;
      });
      for (List<Object> got : results) {
        assertEquals(expected, got);
      }
    }
  }

  /** Loads the catalog module's classes itself, everything else from the test's loader. */
  private static final class FreshCatalogClasses extends URLClassLoader {
    FreshCatalogClasses() {
      super(new URL[] {Catalog.class.getProtectionDomain().getCodeSource().getLocation()},
          Catalog.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("dev.valuex.catalog.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> type = findLoadedClass(name);
        return type != null ? type : findClass(name);
      }
    }
  }
}
