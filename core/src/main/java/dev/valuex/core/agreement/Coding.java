package dev.valuex.core.agreement;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One coder's coding of a study: the coder's name and every statement they coded, as read from
 * one coding sheet. Statement ids, where given, are distinct.
 *
 * <pre>{@code
 * Coding first = Coding.of("researcher-1", statements);
 * }</pre>
 */
@Value.Immutable
public abstract class Coding {
  Coding() {}

  /**
   * Returns the coder's name, e.g. the sheet's file name.
   *
   * @return the name, never null
   */
  @Value.Parameter
  public abstract String coder();

  /**
   * Returns the statements coded, in sheet order.
   *
   * @return the statements, never null
   */
  @Value.Parameter
  public abstract ImmutableList<CodedStatement> statements();

  /**
   * Creates a coding.
   *
   * @param coder the coder's name, not blank, not null
   * @param statements the statements coded, not null
   * @return the coding, never null
   * @throws dev.valuex.core.InvalidValueException if the name is blank or an id repeats
   */
  public static Coding of(String coder, List<CodedStatement> statements) {
    checkNotNull(coder, "coder");
    checkNotNull(statements, "statements");
    return ImmutableCoding.of(coder, (Iterable<CodedStatement>) statements);
  }

  @Value.Check
  final void validate() {
    trimmedText(coder(), "Coding", "coder");
    Set<String> ids = new HashSet<>();
    for (CodedStatement s : statements()) {
      s.id().ifPresent(i -> check(ids.add(i), "Coding " + coder(), "statements",
          "have distinct ids", i));
    }
  }
}
