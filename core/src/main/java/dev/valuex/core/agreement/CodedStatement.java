package dev.valuex.core.agreement;

import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One customer statement as one coder coded it: its optional statement id, whose statement it
 * is, its text and the codes the coder gave it (several when the statement speaks to several
 * elements).
 *
 * <pre>{@code
 * CodedStatement s = CodedStatement.builder()
 *     .subject("P07").text("I always look around to get the best deal")
 *     .addCodes(Code.of(ElementId.parse("customer.savings"), Side.OUT))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class CodedStatement {
  CodedStatement() {}

  /**
   * Returns the statement's id, as a sheet's {@code statement} column gives it.
   *
   * @return the id, empty when the sheet has none
   */
  public abstract Optional<String> id();

  /**
   * Returns whose statement it is: the ledger subject's label, e.g. {@code P07}.
   *
   * @return the subject, never null
   */
  public abstract String subject();

  /**
   * Returns the statement's text: the evidence quoted or observed.
   *
   * @return the text, never null
   */
  public abstract String text();

  /**
   * Returns the codes given to the statement, in code order.
   *
   * @return one code or more, never null
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<Code> codes();

  /**
   * Returns the text with every run of white space made one space, as statements are matched.
   *
   * @return the normalised text, never null
   */
  public String normalisedText() {
    return normalise(text());
  }

  /**
   * Returns text with its ends stripped and every run of white space made one space, the form
   * in which statements without ids are matched.
   *
   * @param text the text, not null
   * @return the normalised text, never null
   */
  public static String normalise(CharSequence text) {
    return text.toString().strip().replaceAll("\\s+", " ");
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
    String who = "CodedStatement" + id().map(i -> " " + i).orElse("");
    id().ifPresent(i -> trimmedText(i, who, "id"));
    trimmedText(subject(), who, "subject");
    trimmedText(text(), who, "text");
    check(!codes().isEmpty(), who, "codes", "hold at least one code", "none");
  }

  /** Builds {@link CodedStatement}s. */
  public static final class Builder extends ImmutableCodedStatement.Builder {
    Builder() {}
  }
}
