/**
 * Internals shared by valuex modules: the Immutables meta-style and validation helpers. Not
 * part of the public API; exported only to other valuex modules.
 */
@NullMarked
package dev.valuex.core.internal;

import org.jspecify.annotations.NullMarked;
