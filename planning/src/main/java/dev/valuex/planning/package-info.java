/**
 * Value creation plans: for each value element a team chose to act on, a {@link
 * dev.valuex.planning.PlanRow} answers the method's three questions, what value to create (the
 * element and its first-person sentence), how it is created and captured ({@link
 * dev.valuex.planning.CreationApproach}es with {@link dev.valuex.planning.Action}s saying what,
 * when and who) and how it is measured ({@link dev.valuex.core.measure.Measure}s from core). A
 * {@link dev.valuex.planning.ValueCreationPlan} may be drafted incomplete; its {@link
 * dev.valuex.planning.CompletenessReport} says what each row still lacks. {@link
 * dev.valuex.planning.Review}s add dated observations, and {@link
 * dev.valuex.planning.PlanStatus} turns them into achievements, trends and a state per row.
 * {@link dev.valuex.planning.PlanExport} writes the three-column table as Markdown or CSV.
 * A {@link dev.valuex.planning.ValueProposition} lists the {@link dev.valuex.planning.Offering}s
 * (products, services, features) and the elements each creates or the costs it relieves; {@link
 * dev.valuex.planning.PropositionFit} says how much of the value customers seek they serve,
 * overall and per segment, and seeds a plan from what nothing serves. Program value exchange
 * lives next door in {@code dev.valuex.planning.program}.
 */
@NullMarked
@ValuexStyle
package dev.valuex.planning;

import dev.valuex.core.internal.ValuexStyle;
import org.jspecify.annotations.NullMarked;
