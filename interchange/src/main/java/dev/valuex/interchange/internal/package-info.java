/**
 * The codecs behind {@code dev.valuex.interchange}: how each model type is written to and read from
 * the valuex JSON format, the collector of problems that lets a reader report every problem of
 * a document at once, and the coding-sheet column handling. Not part of the public API; not
 * exported from the module.
 */
@NullMarked
package dev.valuex.interchange.internal;

import org.jspecify.annotations.NullMarked;
