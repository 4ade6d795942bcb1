package dev.valuex.core.journey;

import static dev.valuex.core.internal.Checks.check;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import java.util.HashMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Stage tags on ledger entries, kept beside the ledgers so that ledgers, entries and evidence
 * stay as they are: each tag says that an entry (and so its evidence) belongs to a stage of a
 * journey model. An entry may carry several stages; an untagged entry belongs to none.
 *
 * <pre>{@code
 * StageTags tags = StageTags.of(JourneyModel.fiveStage())
 *     .tag(EntryRef.of(ledger.id(), ElementId.parse("customer.savings"), Side.OUT),
 *         "Consideration");
 * StageBreakdown breakdown = StageBreakdown.of(List.of(ledger), tags);
 * }</pre>
 */
@Value.Immutable
public abstract class StageTags implements WithStageTags {
  StageTags() {}

  /**
   * Returns the journey model whose stages the tags name.
   *
   * @return the model, never null
   */
  public abstract JourneyModel model();

  /**
   * Returns the stage names of each tagged entry.
   *
   * @return the tags, never null, possibly empty
   */
  public abstract ImmutableSetMultimap<EntryRef, String> tags();

  /**
   * Creates tags with no entry tagged yet.
   *
   * @param model the model whose stages tags will name, not null
   * @return the empty tags, never null
   */
  public static StageTags of(JourneyModel model) {
    return builder().model(model).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a copy with an entry tagged with more stages.
   *
   * @param entry the entry, not null
   * @param stages the stage names, each a stage of {@link #model()}
   * @return the new tags, never null
   * @throws dev.valuex.core.InvalidValueException if a stage is not one of the model
   */
  public final StageTags tag(EntryRef entry, String... stages) {
    ImmutableSetMultimap.Builder<EntryRef, String> result = ImmutableSetMultimap.builder();
    result.putAll(tags());
    result.putAll(entry, stages);
    return withTags(result.build());
  }

  /**
   * Returns the stages an entry of a ledger is tagged with.
   *
   * @param ledger the ledger, not null
   * @param entry an entry of that ledger, not null
   * @return the stage names, never null, empty when untagged
   */
  public final ImmutableSet<String> stagesOf(Ledger ledger, LedgerEntry entry) {
    return tags().get(EntryRef.to(ledger.id(), entry));
  }

  /**
   * Checks that every tag naming one of the given ledgers names an entry that ledger holds;
   * tags for other ledgers are left alone, so one set of tags can serve many slices of a study.
   *
   * @param ledgers the ledgers, not null
   * @throws dev.valuex.core.InvalidValueException at the first tag naming a missing entry
   */
  public final void checkAgainst(Iterable<? extends Ledger> ledgers) {
    Map<LedgerId, Ledger> byId = new HashMap<>();
    for (Ledger l : ledgers) {
      byId.put(l.id(), l);
    }
    for (EntryRef ref : tags().keySet()) {
      Ledger l = byId.get(ref.ledger());
      if (l != null) {
        check(l.entry(ref.element(), ref.side()).isPresent(), "StageTags", "tags",
            "name entries the ledger holds", ref);
      }
    }
  }

  @Value.Check
  final void validate() {
    for (String stage : tags().values()) {
      model().requireStage(stage, "StageTags", "tags");
    }
  }

  /** Builds {@link StageTags}; every attribute may be set once. */
  public static final class Builder extends ImmutableStageTags.Builder {
    Builder() {}
  }
}
