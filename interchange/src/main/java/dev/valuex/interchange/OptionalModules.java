package dev.valuex.interchange;

/**
 * The valuex modules that valuex-interchange supports when they are present: valuex-metrics (metric
 * values in the Jackson module) and valuex-catalog (decks in the Jackson module, {@link
 * CatalogResolver}). Each is found by loading one of its classes without initialising it, which
 * works on the class path and on the module path (where the module must be resolved, e.g.
 * required by the application).
 */
enum OptionalModules {
  METRICS("dev.valuex.metrics.NetPromoterScore"),
  CATALOG("dev.valuex.catalog.Deck");

  private final boolean present;

  OptionalModules(String probe) {
    this.present = loads(probe);
  }

  /** Tells whether the module's classes can be loaded from valuex-interchange. */
  boolean present() {
    return present;
  }

  private static boolean loads(String className) {
    try {
      Class.forName(className, false, OptionalModules.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
