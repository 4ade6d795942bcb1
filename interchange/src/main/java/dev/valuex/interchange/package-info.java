/**
 * JSON interchange and coding sheets for the valuex model. {@link dev.valuex.interchange.ValuexJson}
 * writes and reads ledgers and value elements in the documented, versioned valuex format
 * (each document marked, e.g. {@code "format": "valuex.ledger/1"}), one document at a time or
 * as NDJSON streams in constant memory; {@link dev.valuex.interchange.ValuexJsonModule} plugs the same
 * format into a Jackson {@code ObjectMapper}. Readers are strict by default: every problem of a
 * document is reported at once in a {@link dev.valuex.core.ValuexFormatException}, with its
 * JSON pointer and rule, and nothing partial is returned; {@link dev.valuex.interchange.ReadLimits}
 * bounds what a reader accepts. {@link dev.valuex.interchange.CodingSheet} imports and exports the
 * researcher's spreadsheet (CSV, one row per coded statement), resolving element cells through
 * an {@link dev.valuex.interchange.ElementResolver} so a catalog can plug in.
 */
@NullMarked
@ValuexStyle
package dev.valuex.interchange;

import dev.valuex.core.internal.ValuexStyle;
import org.jspecify.annotations.NullMarked;
