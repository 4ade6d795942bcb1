package dev.valuex.core.journey;

import static dev.valuex.core.internal.Checks.check;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.Side;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Which value elements are sought (OUT) or given (IN) at which stage of a journey, counted over
 * ledgers with {@link StageTags}: for each stage, side and element, how many ledgers hold that
 * entry tagged with the stage. It also keeps, per side and element, how many ledgers hold the
 * entry at all and how many of those leave it untagged, so tagging never changes the totals.
 * Breakdowns of disjoint sets of ledgers {@link #merge(StageBreakdown) merge} into the
 * breakdown of their union, so a large study can be counted in parts.
 *
 * <pre>{@code
 * StageBreakdown b = StageBreakdown.of(ledgers, tags);
 * long atConsideration = b.count("Consideration", Side.OUT, ElementId.parse("customer.savings"));
 * }</pre>
 */
public final class StageBreakdown {
  private record Cell(String stage, Side side, ElementId element) {}

  private record Placed(Side side, ElementId element) {}

  private final JourneyModel model;
  private final long ledgers;
  private final ImmutableMap<Cell, Long> tagged;
  private final ImmutableMap<Placed, Long> totals;
  private final ImmutableMap<Placed, Long> untagged;

  private StageBreakdown(JourneyModel model, long ledgers, Map<Cell, Long> tagged,
      Map<Placed, Long> totals, Map<Placed, Long> untagged) {
    this.model = model;
    this.ledgers = ledgers;
    this.tagged = ImmutableMap.copyOf(tagged);
    this.totals = ImmutableMap.copyOf(totals);
    this.untagged = ImmutableMap.copyOf(untagged);
  }

  /**
   * Counts the entries of ledgers by the stages their tags name.
   *
   * @param ledgers the ledgers, each counted once, not null
   * @param tags the stage tags, not null
   * @return the breakdown, never null
   * @throws dev.valuex.core.InvalidValueException if a tag names an entry that one of the
   *     ledgers does not hold
   */
  public static StageBreakdown of(Iterable<? extends Ledger> ledgers, StageTags tags) {
    tags.checkAgainst(ledgers);
    long count = 0;
    Map<Cell, Long> tagged = new HashMap<>();
    Map<Placed, Long> totals = new HashMap<>();
    Map<Placed, Long> untagged = new HashMap<>();
    for (Ledger l : ledgers) {
      count++;
      for (LedgerEntry e : l.entries()) {
        Placed p = new Placed(e.side(), e.element());
        totals.merge(p, 1L, Long::sum);
        var stages = tags.stagesOf(l, e);
        if (stages.isEmpty()) {
          untagged.merge(p, 1L, Long::sum);
        }
        for (String s : stages) {
          tagged.merge(new Cell(s, e.side(), e.element()), 1L, Long::sum);
        }
      }
    }
    return new StageBreakdown(tags.model(), count, tagged, totals, untagged);
  }

  /**
   * Returns the journey model whose stages the breakdown counts by.
   *
   * @return the model, never null
   */
  public JourneyModel model() {
    return model;
  }

  /**
   * Returns how many ledgers were counted.
   *
   * @return the number of ledgers, zero or more
   */
  public long ledgers() {
    return ledgers;
  }

  /**
   * Returns how many ledgers hold an element on a side tagged with a stage.
   *
   * @param stage the stage name, not null
   * @param side the side, not null
   * @param element the element, not null
   * @return the count, zero or more
   */
  public long count(String stage, Side side, ElementId element) {
    return tagged.getOrDefault(new Cell(stage, side, element), 0L);
  }

  /**
   * Returns the elements on a side tagged with a stage, with their counts: what is sought (OUT)
   * or given (IN) at that stage.
   *
   * @param stage a stage of {@link #model()}, not null
   * @param side the side, not null
   * @return the counts by element, sorted by element, never null
   * @throws dev.valuex.core.InvalidValueException if the stage is not one of the model
   */
  public ImmutableSortedMap<ElementId, Long> elementsAt(String stage, Side side) {
    model.requireStage(stage, "StageBreakdown", "stage");
    Map<ElementId, Long> result = new TreeMap<>();
    for (Map.Entry<Cell, Long> e : tagged.entrySet()) {
      if (e.getKey().stage().equals(stage) && e.getKey().side() == side) {
        result.put(e.getKey().element(), e.getValue());
      }
    }
    return ImmutableSortedMap.copyOf(result);
  }

  /**
   * Returns the stages where an element is on a side, with their counts, in journey order;
   * stages where it never appears are left out.
   *
   * @param side the side, not null
   * @param element the element, not null
   * @return the counts by stage name, in journey order, never null
   */
  public ImmutableMap<String, Long> stagesOf(Side side, ElementId element) {
    Map<String, Long> result = new LinkedHashMap<>();
    for (Stage s : model.stages()) {
      long c = count(s.name(), side, element);
      if (c > 0) {
        result.put(s.name(), c);
      }
    }
    return ImmutableMap.copyOf(result);
  }

  /**
   * Returns how many ledgers hold an element on a side, tagged or not.
   *
   * @param side the side, not null
   * @param element the element, not null
   * @return the count, zero or more
   */
  public long total(Side side, ElementId element) {
    return totals.getOrDefault(new Placed(side, element), 0L);
  }

  /**
   * Returns how many ledgers hold an element on a side without a stage tag.
   *
   * @param side the side, not null
   * @param element the element, not null
   * @return the count, zero or more
   */
  public long untagged(Side side, ElementId element) {
    return untagged.getOrDefault(new Placed(side, element), 0L);
  }

  /**
   * Returns the breakdown of this breakdown's ledgers together with another's; the two must
   * count disjoint ledgers by the same model.
   *
   * @param other the other breakdown, not null
   * @return the merged breakdown, never null
   * @throws dev.valuex.core.InvalidValueException if the models differ
   */
  public StageBreakdown merge(StageBreakdown other) {
    check(model.equals(other.model), "StageBreakdown", "model",
        "be the same in both breakdowns", other.model.name());
    Map<Cell, Long> t = new HashMap<>(tagged);
    other.tagged.forEach((k, v) -> t.merge(k, v, Long::sum));
    Map<Placed, Long> all = new HashMap<>(totals);
    other.totals.forEach((k, v) -> all.merge(k, v, Long::sum));
    Map<Placed, Long> u = new HashMap<>(untagged);
    other.untagged.forEach((k, v) -> u.merge(k, v, Long::sum));
    return new StageBreakdown(model, ledgers + other.ledgers, t, all, u);
  }

  /**
   * Compares by model, ledger count and every count.
   *
   * @param o the object to compare with
   * @return whether {@code o} is an equal breakdown
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StageBreakdown b && model.equals(b.model) && ledgers == b.ledgers
        && tagged.equals(b.tagged) && totals.equals(b.totals) && untagged.equals(b.untagged);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(model, ledgers, tagged, totals, untagged);
  }

  /**
   * Returns a short description for debugging.
   *
   * @return the description, never null
   */
  @Override
  public String toString() {
    return "StageBreakdown{model=" + model.name() + ", ledgers=" + ledgers + ", tagged="
        + tagged.size() + " cells}";
  }
}
