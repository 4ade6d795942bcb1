package dev.valuex.core.analysis;

import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;

import dev.valuex.core.LedgerId;
import dev.valuex.core.Subject;
import org.immutables.value.Value;

/**
 * How to compose a segment's or persona's ledger from its members' ledgers: the group ledger's
 * id, subject, owner and author, the {@link GroupThreshold} an element must reach on a side,
 * and whether the members' evidence is brought along.
 *
 * <pre>{@code
 * GroupRule rule = GroupRule.builder()
 *     .id(LedgerId.of("commuter-current"))
 *     .subject(Subject.of(Subject.Kind.SEGMENT, "commuter"))
 *     .owner("commuter panel")
 *     .author("researcher-1")
 *     .threshold(GroupThreshold.ofShare(0.3))
 *     .withEvidence(true)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class GroupRule implements WithGroupRule {

  GroupRule() {}

  /**
   * Returns the id of the group ledger.
   *
   * @return the id, never null
   */
  public abstract LedgerId id();

  /**
   * Returns who the group ledger is about: a segment or a persona.
   *
   * @return the subject, of kind {@link Subject.Kind#SEGMENT} or {@link Subject.Kind#PERSONA},
   *     never null
   */
  public abstract Subject subject();

  /**
   * Returns whose exchange the group ledger is: the person or team who may record a judgement
   * for the group.
   *
   * @return the owner, never null or blank
   */
  public abstract String owner();

  /**
   * Returns who composes the group ledger.
   *
   * @return the author, never null or blank
   */
  public abstract String author();

  /**
   * Returns how many members must carry an element on a side for it to enter.
   *
   * @return the threshold, never null
   */
  public abstract GroupThreshold threshold();

  /**
   * Tells whether each group entry brings along the evidence of the member entries behind it
   * (in member ledger id order), so the group's quotes stay readable without the members.
   *
   * @return true to bring the evidence along; false (the default) for entries without evidence
   */
  @Value.Default
  public boolean withEvidence() {
    return false;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void validate() {
    String who = "GroupRule " + id();
    check(subject().kind() == Subject.Kind.SEGMENT || subject().kind() == Subject.Kind.PERSONA,
        who, "subject kind", "be SEGMENT or PERSONA", subject().kind());
    trimmedText(owner(), who, "owner");
    trimmedText(author(), who, "author");
  }

  /** Builds {@link GroupRule}s; every attribute may be set once. */
  public static final class Builder extends ImmutableGroupRule.Builder {
    Builder() {}
  }
}
