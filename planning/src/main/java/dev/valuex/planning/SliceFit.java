package dev.valuex.planning;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.ElementId;
import dev.valuex.core.analysis.Slice;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * How a value proposition fits the ledgers of one slice (all ledgers, or one segment): the value
 * customers seek and which offerings serve it, the costs they give that offerings relieve, and
 * the offerings that serve nothing sought or given there.
 *
 * <p>The headline figure, {@link #servedShare()}, weighs each sought element by its coverage:
 * the number of ledgers seeking an element that some offering creates, summed over those
 * elements, over the same sum for every sought element. An element sought by 12 riders counts
 * twelve times as much as one sought by one.
 */
@Value.Immutable
public abstract class SliceFit {

  SliceFit() {}

  /**
   * Returns what the slice is, e.g. {@code all ledgers} or {@code segment commuter}.
   *
   * @return the label, never null
   */
  public abstract String label();

  /**
   * Returns the slice of ledgers looked at.
   *
   * @return the slice, never null
   */
  public abstract Slice slice();

  /**
   * Returns how many ledgers the slice holds.
   *
   * @return the count, at least 0
   */
  public abstract long ledgers();

  /**
   * Returns every element sought (OUT) in the slice, most widely sought first (then by id), with
   * the offerings that create it.
   *
   * @return the rows, never null, possibly empty
   */
  public abstract ImmutableList<ElementFit> sought();

  /**
   * Returns the costs given (IN) in the slice that some offering relieves, most widely given
   * first (then by id).
   *
   * @return the rows, never null, possibly empty
   */
  public abstract ImmutableList<ElementFit> relieved();

  /**
   * Returns the offerings that neither create an element sought nor relieve a cost given in the
   * slice, in the proposition's order.
   *
   * @return the names, never null, possibly empty
   */
  public abstract ImmutableList<String> idleOfferings();

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the share of sought value, weighted by coverage, that some offering serves.
   *
   * @return the share from 0 to 1, empty when nothing is sought in the slice
   */
  public final OptionalDouble servedShare() {
    long all = 0;
    long served = 0;
    for (ElementFit e : sought()) {
      all += e.ledgers();
      served += e.isServed() ? e.ledgers() : 0;
    }
    return all == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) served / all);
  }

  /**
   * Returns the elements sought that no offering creates, most widely sought first.
   *
   * @return the rows, never null, possibly empty
   */
  public final ImmutableList<ElementFit> unserved() {
    return sought().stream().filter(e -> !e.isServed())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the ids of the elements sought that no offering creates, most widely sought first:
   * the candidates for a value creation plan.
   *
   * @return the ids, never null, possibly empty
   */
  public final ImmutableList<ElementId> unservedElements() {
    return unserved().stream().map(ElementFit::element)
        .collect(ImmutableList.toImmutableList());
  }

  /** Builds {@link SliceFit}s; every attribute may be set once. */
  public static final class Builder extends ImmutableSliceFit.Builder {
    Builder() {}
  }
}
