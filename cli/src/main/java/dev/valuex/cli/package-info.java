/**
 * The valuex command-line tool: {@code demo} runs the whole method on the bundled Pedal Commons
 * sample study and writes an HTML report; the other commands do the same steps on a team's own
 * data (import a coding sheet, analyse patterns, assess balance, check a plan's status, browse
 * and search the catalog, suggest cards for statements, validate files). It is an application
 * on top of the valuex modules, not a library: nothing here is meant to be called from code.
 */
@NullMarked
package dev.valuex.cli;

import org.jspecify.annotations.NullMarked;
