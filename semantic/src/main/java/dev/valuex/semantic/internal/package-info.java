/**
 * Internals of semantic suggestion: the lazily loaded embedding model, the static token table
 * distilled from it and the fast ranking built on that table, the per-catalog card vectors and
 * the trained ranker (example bank and linear model). Not exported.
 */
@NullMarked
package dev.valuex.semantic.internal;

import org.jspecify.annotations.NullMarked;
