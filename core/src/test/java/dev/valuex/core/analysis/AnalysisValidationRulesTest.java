package dev.valuex.core.analysis;

import static dev.valuex.core.Rejections.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.testing.EqualsTester;
import dev.valuex.core.ElementId;
import dev.valuex.core.Side;
import org.junit.jupiter.api.Test;

/**
 * One test per validation rule of the pattern-analysis results that no other test breaks (they
 * are read back from documents, so a tampered count must be refused), with the boundary value
 * each rule still accepts.
 */
class AnalysisValidationRulesTest {
  private static final Placement SAVINGS =
      Placement.of(ElementId.parse("customer.savings"), Side.OUT);
  private static final Placement MONEY = Placement.of(ElementId.parse("customer.money"), Side.IN);

  private static Association association(long antecedent, long consequent, long together) {
    return Association.builder().antecedent(SAVINGS).consequent(MONEY).ledgers(10)
        .antecedentLedgers(antecedent).consequentLedgers(consequent).together(together).build();
  }

  @Test
  void anAssociationCountsNoMoreLedgersThanThereAre() {
    String who = "Association customer.savings OUT -> customer.money IN: ";
    rejected(who + "antecedentLedgers must be at most 10, got 11",
        () -> association(11, 6, 3));
    rejected(who + "consequentLedgers must be at most 10, got 11",
        () -> association(4, 11, 3));
    rejected(who + "together must be from 0 to the smaller placement count, got 5",
        () -> association(4, 6, 5));
    rejected(who + "together must be from 0 to the smaller placement count, got -1",
        () -> association(4, 6, -1));
    Association all = association(10, 10, 10);
    assertEquals(1.0, all.support());
    assertEquals(0, association(4, 6, 0).together());
  }

  @Test
  void aCoverageComparisonNeedsALevelBetweenZeroAndOneAndCountsWithinTheirSlices() {
    String who = "CoverageComparison customer.savings OUT: ";
    rejected(who + "level must be between 0 and 1 exclusive, got 1.0",
        () -> CoverageComparison.of(SAVINGS, 1, 10, 1, 10, 1.0));
    rejected(who + "level must be between 0 and 1 exclusive, got 0.0",
        () -> CoverageComparison.of(SAVINGS, 1, 10, 1, 10, 0.0));
    rejected(who + "firstLedgers must be from 0 to 10, got 11",
        () -> CoverageComparison.of(SAVINGS, 11, 10, 1, 10, 0.95));
    rejected(who + "secondLedgers must be from 0 to 10, got -1",
        () -> CoverageComparison.of(SAVINGS, 1, 10, -1, 10, 0.95));
    rejected(who + "secondLedgers must be from 0 to 10, got 11",
        () -> CoverageComparison.of(SAVINGS, 1, 10, 11, 10, 0.95));
    assertEquals(1.0, CoverageComparison.of(SAVINGS, 10, 10, 10, 10, 0.95).firstShare());
  }

  @Test
  void slicesThatEveryLedgerOrNoLedgerCarriesDoNotDiffer() {
    // Both shares 1 and both 0: the interval straddles zero, so no difference is claimed.
    assertEquals(false, CoverageComparison.of(SAVINGS, 10, 10, 10, 10, 0.95).differs());
    assertEquals(false, CoverageComparison.of(SAVINGS, 0, 10, 0, 10, 0.95).differs());
    assertEquals(false, CoverageComparison.of(SAVINGS, 0, 0, 0, 0, 0.95).differs());
    assertEquals(true, CoverageComparison.of(SAVINGS, 0, 50, 50, 50, 0.95).differs());
    assertEquals(true, CoverageComparison.of(SAVINGS, 50, 50, 0, 50, 0.95).differs());
  }

  @Test
  void anElementCoverageCountsWithinItsLedgersAndNoNegativeEvidence() {
    String who = "ElementCoverage customer.savings OUT: ";
    rejected(who + "ledgers must be from 0 to 4, got 5", () -> ElementCoverage.builder()
        .placement(SAVINGS).ledgers(5).outOf(4).evidence(0)
        .importance(ImportanceDistribution.none()).build());
    rejected(who + "ledgers must be from 0 to 4, got -1", () -> ElementCoverage.builder()
        .placement(SAVINGS).ledgers(-1).outOf(4).evidence(0)
        .importance(ImportanceDistribution.none()).build());
    rejected(who + "evidence must be at least 0, got -1", () -> ElementCoverage.builder()
        .placement(SAVINGS).ledgers(4).outOf(4).evidence(-1)
        .importance(ImportanceDistribution.none()).build());
    assertEquals(1.0, ElementCoverage.builder().placement(SAVINGS).ledgers(4).outOf(4)
        .evidence(0).importance(ImportanceDistribution.none()).build().share());
  }

  @Test
  void anImportanceDistributionHoldsOneCountPerLevelNoneNegative() {
    rejected("ImportanceDistribution: levels must hold one count per level 1 to 5, got 4",
        () -> ImportanceDistribution.of(0, 1, 2, 3, 4));
    rejected("ImportanceDistribution: counts must be at least 0, got -1",
        () -> ImportanceDistribution.of(0, 1, 2, -1, 4, 5));
    rejected("ImportanceDistribution: counts must be at least 0, got -2",
        () -> ImportanceDistribution.of(-2, 1, 2, 3, 4, 5));
  }

  @Test
  void anImportanceDistributionCountsEachLevelAndRefusesLevelsOffTheScale() {
    ImportanceDistribution d = ImportanceDistribution.of(2, 0, 0, 1, 3, 4);
    assertEquals(0, d.count(1));
    assertEquals(4, d.count(5));
    assertEquals(3, d.count(4));
    rejected("ImportanceDistribution: level must be from 1 to 5, got 0", () -> d.count(0));
    rejected("ImportanceDistribution: level must be from 1 to 5, got 6", () -> d.count(6));
    assertEquals("{unweighed=2, 1=0, 2=0, 3=1, 4=3, 5=4}", d.toString());
  }

  @Test
  void importanceDistributionsAreEqualByTheirCounts() {
    new EqualsTester()
        .addEqualityGroup(ImportanceDistribution.of(2, 0, 0, 1, 3, 4),
            ImportanceDistribution.of(2, 0, 0, 1, 3, 4))
        .addEqualityGroup(ImportanceDistribution.of(0, 0, 0, 1, 3, 4))
        .addEqualityGroup(ImportanceDistribution.none())
        .testEquals();
  }
}
