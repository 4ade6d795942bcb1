/**
 * Internals of semantic suggestion: the lazily loaded embedding model and the per-catalog card
 * vectors. Not exported.
 */
@NullMarked
package dev.valuex.semantic.internal;

import org.jspecify.annotations.NullMarked;
