package dev.valuex.core.analysis;

import static dev.valuex.core.Rejections.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.core.View;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which ledgers a slice takes, how it reads in a report, and the rules of its fields: the
 * slices a researcher compares (a quarter, a segment, a view) must take exactly their ledgers.
 */
class SliceRulesTest {
  private static final YearMonth MAY = YearMonth.of(2026, 5);

  @Test
  void aQuarterRunsFromItsFirstToItsThirdMonth() {
    Slice q1 = Slice.ofQuarter(2026, 1);
    assertEquals(YearMonth.of(2026, 1), q1.firstMonth().orElseThrow());
    assertEquals(YearMonth.of(2026, 3), q1.lastMonth().orElseThrow());
    assertEquals(YearMonth.of(2026, 12), Slice.ofQuarter(2026, 4).lastMonth().orElseThrow());
    rejected("Slice: quarter must be 1 to 4, got 0", () -> Slice.ofQuarter(2026, 0));
    rejected("Slice: quarter must be 1 to 4, got 5", () -> Slice.ofQuarter(2026, 5));
  }

  @Test
  void aSliceTakesTheLedgersOfItsSegmentViewAndMonths() {
    Slice q2 = Slice.ofQuarter(2026, 2);
    assertTrue(q2.matches(Set.of(), View.CURRENT, MAY));
    assertTrue(q2.matches(Set.of(), View.CURRENT, YearMonth.of(2026, 4)));
    assertTrue(q2.matches(Set.of(), View.CURRENT, YearMonth.of(2026, 6)));
    assertFalse(q2.matches(Set.of(), View.CURRENT, YearMonth.of(2026, 7)));
    assertFalse(q2.matches(Set.of(), View.CURRENT, YearMonth.of(2026, 3)));
    assertTrue(Slice.ofSegment("students").matches(Set.of("students"), View.DESIRED, MAY));
    assertFalse(Slice.ofSegment("students").matches(Set.of("retired"), View.DESIRED, MAY));
    assertFalse(Slice.ofView(View.DESIRED).matches(Set.of(), View.CURRENT, MAY));
  }

  @Test
  void aSliceReadsAsItsSegmentViewAndPeriod() {
    assertEquals("all ledgers", Slice.all().toString());
    assertEquals("segment students", Slice.ofSegment("students").toString());
    assertEquals("CURRENT", Slice.ofView(View.CURRENT).toString());
    assertEquals("segment students, DESIRED, 2026-04..2026-06", Slice.ofSegment("students")
        .withPeriod(YearMonth.of(2026, 4), YearMonth.of(2026, 6)).withView(View.DESIRED)
        .toString());
    assertEquals("2026-05..2026-05", Slice.ofMonth(MAY).toString());
  }

  @Test
  void aSliceNeedsATrimmedSegmentAndAnOrderedPeriod() {
    rejected("Slice: segment must not start or end with white space, got 'students '",
        () -> Slice.ofSegment("students "));
    rejected("Slice: lastMonth must not be before firstMonth 2026-05, got 2026-04",
        () -> Slice.all().withPeriod(MAY, YearMonth.of(2026, 4)));
    assertEquals(MAY, Slice.all().withPeriod(MAY, MAY).lastMonth().orElseThrow());
  }
}
