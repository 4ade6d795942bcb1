package dev.valuex.interchange;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.Ledger;
import dev.valuex.core.journey.StageTags;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a lenient or staged coding-sheet import returns: the ledgers built from the valid rows,
 * the rows it left out, each with its problems, and the stage tags read from the sheet.
 */
@Value.Immutable
public abstract class CodingSheetImport {
  CodingSheetImport() {}

  /**
   * Returns the ledgers built from the valid rows, in the order they first appear.
   *
   * @return the ledgers, never null, possibly empty
   */
  @Value.Parameter
  public abstract ImmutableList<Ledger> ledgers();

  /**
   * Returns the rows left out, in sheet order.
   *
   * @return the rejected rows, never null, possibly empty
   */
  @Value.Parameter
  public abstract ImmutableList<RejectedRow> rejectedRows();

  /**
   * Returns the stage tags read from the sheet's {@code stage} column, on the ledgers
   * returned.
   *
   * @return the tags, empty when the sheet was read without a journey model
   */
  public abstract Optional<StageTags> stageTags();

  /**
   * Creates an import result.
   *
   * @param ledgers the ledgers, not null
   * @param rejectedRows the rejected rows, not null
   * @return the result, never null
   */
  public static CodingSheetImport of(Iterable<? extends Ledger> ledgers,
      Iterable<? extends RejectedRow> rejectedRows) {
    return ImmutableCodingSheetImport.of(requireNonNull(ledgers, "ledgers"),
        requireNonNull(rejectedRows, "rejectedRows"));
  }
}
