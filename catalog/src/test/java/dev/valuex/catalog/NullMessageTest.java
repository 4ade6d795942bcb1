package dev.valuex.catalog;

import dev.valuex.core.ElementId;
import dev.valuex.core.testkit.NullSweep;
import dev.valuex.core.ValueElement;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sweeps every public static factory of the catalog's API and every builder setter, passing
 * null for one parameter at a time: each must throw a NullPointerException whose message names
 * that parameter (STYLE.md); see {@link NullSweep} for what is swept and why collection adders
 * are not.
 */
class NullMessageTest {
  private static final Catalog CATALOG = Catalog.defaults();
  private static final ValueElement SAVINGS = CATALOG.require("SAVINGS");

  private static final Map<Class<?>, Object> SAMPLES = NullSweep.commonSamples()
      .put(CharSequence.class, "savings")
      .put(Path.class, Path.of("deck.json"))
      .put(InputStream.class, new ByteArrayInputStream(new byte[0]))
      .put(OutputStream.class, new ByteArrayOutputStream())
      .put(ElementId.class, SAVINGS.id())
      .put(ValueElement.class, SAVINGS)
      .put(Catalog.class, CATALOG)
      .put(Deck.class, CATALOG.decks().get(0))
      .buildKeepingLast();

  @Test
  void everyFactoryAndCopyMethodNamesTheNullParameter() throws Exception {
    NullSweep.of(Catalog.class, SAMPLES).factoriesAndCopies().assertEveryNullNamed(8);
  }

  @Test
  void everyBuilderSetterNamesTheNullParameter() throws Exception {
    NullSweep.of(Catalog.class, SAMPLES).builderSetters().assertEveryNullNamed(3);
  }
}
