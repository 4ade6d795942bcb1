package dev.valuex.core.agreement;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One statement across the codings compared: the key it was matched by, whose it is, its text
 * and the codes of each coder who coded it. Coders absent from {@link #codes()} did not have
 * the statement in their sheet.
 */
@Value.Immutable
public abstract class MatchedStatement {
  MatchedStatement() {}

  /**
   * Returns the key the statement was matched by: its statement id, or its subject and
   * normalised text joined by {@code ": "}.
   *
   * @return the key, never null
   */
  public abstract String key();

  /**
   * Returns the statement id, when the statements were matched by id.
   *
   * @return the id, or empty
   */
  public abstract Optional<String> id();

  /**
   * Returns whose statement it is, as the first sheet holding it gives it.
   *
   * @return the subject, never null
   */
  public abstract String subject();

  /**
   * Returns the statement's text, as the first sheet holding it gives it.
   *
   * @return the text, never null
   */
  public abstract String text();

  /**
   * Returns each coder's codes, by coder, in the order the codings were given.
   *
   * @return the codes of the coders who coded the statement, never null
   */
  public abstract ImmutableMap<String, ImmutableSortedSet<Code>> codes();

  /**
   * Tells whether two coders or more coded the statement and all gave it the same codes.
   *
   * @return true when the statement needs no reconciliation
   */
  public boolean agreed() {
    Set<ImmutableSortedSet<Code>> distinct = new HashSet<>(codes().values());
    return codes().size() >= 2 && distinct.size() == 1;
  }

  /**
   * Tells whether two coders or more coded the statement and their codes differ.
   *
   * @return true when the statement is one to reconcile
   */
  public boolean disagreed() {
    return codes().size() >= 2 && !agreed();
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableMatchedStatement.Builder {
    Builder() {}
  }
}
