package dev.valuex.core.balance;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.Side;
import dev.valuex.core.Subject;
import dev.valuex.core.View;
import dev.valuex.core.balance.Assessment.Status;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * Compares a CURRENT ledger with the DESIRED ledger of the same subject and perspective: the
 * elements wanted but missing, those present but not wanted, and the shifts in importance of
 * elements on both.
 *
 * <p>Gaps lean one way or the other. A wanted OUT element that is missing, or an IN element
 * given but not wanted, leaves the subject giving more or getting less than it wants; a wanted
 * IN element that is missing, or an OUT element received but not wanted, the other way. The
 * ledger is {@code IN_HEAVY} when the first kind outnumbers the second, {@code OUT_HEAVY} when
 * the second does, and {@code BALANCED} when they are as many (no gap at all included).
 * Importance shifts (counted only where both entries are weighed, since unset importance is
 * not a value) are reported but do not move the status: importance says how much an element
 * matters, not how much of it is delivered. An empty desired ledger gives {@code
 * INCOMPLETE}. Subjects match by kind and label; segment tags may differ between the two.
 *
 * <p><b>Edge cases.</b> An empty desired ledger is {@code INCOMPLETE}: nothing is wanted to
 * compare with. An empty current ledger misses every wanted element, so it leans by how many
 * wanted OUT and IN elements there are. A desired ledger with no IN entries makes every current
 * IN entry unwanted (and likewise for OUT). Gaps as many each way, a tie, are {@code BALANCED};
 * weights never move the status, so unweighted entries never make it {@code INCOMPLETE}.
 *
 * <p>{@link #assess(Ledger, Ledger)} compares two given ledgers and rejects mismatched ones. As
 * a {@link BalanceRule}, the rule assesses a CURRENT ledger against the one of its {@link
 * #desired()} ledgers with the same subject and perspective, and is {@code NOT_APPLICABLE} to
 * any other ledger.
 *
 * <pre>{@code
 * Assessment gap = GapRule.defaults().assess(p07Current, p07Desired);
 * // "Against desired ledger p07-wish: customer.peace-of-mind (OUT) is wanted but missing. ..."
 * }</pre>
 */
@Value.Immutable
public abstract class GapRule implements BalanceRule, WithGapRule {
  /** The name a gap rule has unless another is set. */
  public static final String DEFAULT_NAME = "desired-gap";

  GapRule() {}

  /**
   * Returns the rule's name.
   *
   * @return the name, {@value #DEFAULT_NAME} unless set
   */
  @Override
  @Value.Default
  public String name() {
    return DEFAULT_NAME;
  }

  /**
   * Returns the DESIRED ledgers current ledgers are compared with, at most one per subject and
   * perspective.
   *
   * @return the desired ledgers, never null, possibly empty
   */
  public abstract ImmutableList<Ledger> desired();

  /**
   * Returns a gap rule with no desired ledgers, for {@link #assess(Ledger, Ledger)}.
   *
   * @return the rule, never null
   */
  public static GapRule defaults() {
    return builder().build();
  }

  /**
   * Returns a gap rule that compares each CURRENT ledger with its desired ledger among these.
   *
   * @param desired the DESIRED ledgers, at most one per subject and perspective, not null
   * @return the rule, never null
   * @throws dev.valuex.core.InvalidValueException if a ledger is not DESIRED or two share a
   *     subject and perspective
   */
  public static GapRule against(Iterable<Ledger> desired) {
    checkNotNull(desired, "desired");
    return builder().addAllDesired(desired).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public final ImmutableMap<String, String> parameters() {
    List<String> ids = new ArrayList<>();
    desired().forEach(d -> ids.add(d.id().toString()));
    return ImmutableMap.of("desired", ids.toString());
  }

  @Override
  public final Assessment assess(Ledger ledger, Function<? super ElementId, String> names) {
    if (ledger.view() != View.CURRENT) {
      return Assessment.builder().rule(name()).ledger(ledger.id())
          .status(Status.NOT_APPLICABLE)
          .explanation(ledger.id() + " is a " + ledger.view()
              + " ledger; the gap rule assesses CURRENT ledgers.")
          .build();
    }
    for (Ledger d : desired()) {
      if (sameExchange(ledger, d)) {
        return compare(ledger, d, names);
      }
    }
    return Assessment.builder().rule(name()).ledger(ledger.id()).status(Status.NOT_APPLICABLE)
        .explanation("No DESIRED ledger of " + describe(ledger.subject()) + " from the "
            + ledger.perspective() + " perspective is declared.")
        .build();
  }

  /**
   * Compares a CURRENT ledger with the DESIRED ledger of the same subject and perspective,
   * naming elements by their ids.
   *
   * @param current the CURRENT ledger, not null
   * @param desired the DESIRED ledger of the same subject and perspective, not null
   * @return the assessment of {@code current}, never null
   * @throws dev.valuex.core.InvalidValueException if the views are not CURRENT and DESIRED, or
   *     the subjects or perspectives differ
   */
  public final Assessment assess(Ledger current, Ledger desired) {
    return assess(current, desired, ElementId::toString);
  }

  /**
   * Compares a CURRENT ledger with the DESIRED ledger of the same subject and perspective.
   *
   * @param current the CURRENT ledger, not null
   * @param desired the DESIRED ledger of the same subject and perspective, not null
   * @param names gives the name to show for an element, not null
   * @return the assessment of {@code current}, never null
   * @throws dev.valuex.core.InvalidValueException if the views are not CURRENT and DESIRED, or
   *     the subjects or perspectives differ
   */
  public final Assessment assess(Ledger current, Ledger desired,
      Function<? super ElementId, String> names) {
    String who = "Balance rule " + name();
    check(current.view() == View.CURRENT, who, "current", "be a CURRENT ledger",
        current.id() + " (" + current.view() + ")");
    check(desired.view() == View.DESIRED, who, "desired", "be a DESIRED ledger",
        desired.id() + " (" + desired.view() + ")");
    check(sameSubject(current.subject(), desired.subject()), who, "desired",
        "describe the subject of " + current.id() + " (" + describe(current.subject()) + ")",
        desired.id() + " (" + describe(desired.subject()) + ")");
    check(current.perspective() == desired.perspective(), who, "desired",
        "have the perspective of " + current.id() + " (" + current.perspective() + ")",
        desired.id() + " (" + desired.perspective() + ")");
    return compare(current, desired, names);
  }

  private Assessment compare(Ledger current, Ledger desired,
      Function<? super ElementId, String> names) {
    Assessment.Builder result = Assessment.builder().rule(name()).ledger(current.id());
    if (desired.entries().isEmpty()) {
      return result.status(Status.INCOMPLETE)
          .explanation("The desired ledger " + desired.id()
              + " has no entries, so there is nothing to compare with.")
          .build();
    }
    List<LedgerEntry> missing = new ArrayList<>();
    List<LedgerEntry> unwanted = new ArrayList<>();
    List<LedgerEntry> shifted = new ArrayList<>();
    List<String> shifts = new ArrayList<>();
    int givesMore = 0;
    int getsMore = 0;
    for (LedgerEntry d : desired.entries()) {
      Optional<LedgerEntry> c = current.entry(d.element(), d.side());
      if (c.isEmpty()) {
        missing.add(d);
        if (d.side() == Side.OUT) {
          givesMore++;
        } else {
          getsMore++;
        }
      } else if (c.get().importance().isPresent() && d.importance().isPresent()
          && c.get().importance().getAsInt() != d.importance().getAsInt()) {
        shifted.add(c.get());
        shifts.add(names.apply(d.element()) + " (" + d.side() + ") from "
            + c.get().importance().getAsInt() + " now to " + d.importance().getAsInt()
            + " wanted");
      }
    }
    for (LedgerEntry c : current.entries()) {
      if (desired.entry(c.element(), c.side()).isEmpty()) {
        unwanted.add(c);
        if (c.side() == Side.IN) {
          givesMore++;
        } else {
          getsMore++;
        }
      }
    }
    Status status = givesMore > getsMore ? Status.IN_HEAVY
        : getsMore > givesMore ? Status.OUT_HEAVY : Status.BALANCED;
    StringBuilder why = new StringBuilder("Against desired ledger ").append(desired.id())
        .append(':');
    if (missing.isEmpty() && unwanted.isEmpty() && shifted.isEmpty()) {
      why.append(" the current ledger holds the same elements with the same importance.");
    }
    if (!missing.isEmpty()) {
      why.append(' ').append(withSides(missing, names)).append(' ')
          .append(Words.isAre(missing.size())).append(" wanted but missing.");
    }
    if (!unwanted.isEmpty()) {
      why.append(' ').append(withSides(unwanted, names)).append(' ')
          .append(Words.isAre(unwanted.size())).append(" present but not wanted.");
    }
    if (!shifted.isEmpty()) {
      why.append(" Importance shifts for ").append(Words.list(shifts)).append('.');
    }
    if (!missing.isEmpty() || !unwanted.isEmpty()) {
      why.append(' ').append(givesMore).append(givesMore == 1 ? " gap leaves" : " gaps leave")
          .append(" the subject giving more or getting less than it wants, ").append(getsMore)
          .append(" the other way.");
    }
    return result.status(status)
        .putFigure("wantedButMissing", (double) missing.size())
        .putFigure("presentButNotWanted", (double) unwanted.size())
        .putFigure("importanceShifts", (double) shifted.size())
        .putFigure("gapsGivingMore", (double) givesMore)
        .putFigure("gapsGettingMore", (double) getsMore)
        .addAllEntries(missing).addAllEntries(unwanted).addAllEntries(shifted)
        .explanation(why.toString())
        .build();
  }

  private static String withSides(List<LedgerEntry> entries,
      Function<? super ElementId, String> names) {
    List<String> items = new ArrayList<>();
    for (LedgerEntry e : entries) {
      items.add(names.apply(e.element()) + " (" + e.side() + ")");
    }
    return Words.list(items);
  }

  private static boolean sameExchange(Ledger a, Ledger b) {
    return sameSubject(a.subject(), b.subject()) && a.perspective() == b.perspective();
  }

  private static boolean sameSubject(Subject a, Subject b) {
    return a.kind() == b.kind() && a.label().equals(b.label());
  }

  private static String describe(Subject s) {
    return s.kind() + " " + s.label();
  }

  @Value.Check
  final void validate() {
    trimmedText(name(), "Balance rule", "name");
    String who = "Balance rule " + name();
    Set<String> seen = new HashSet<>();
    for (Ledger d : desired()) {
      check(d.view() == View.DESIRED, who, "desired", "hold DESIRED ledgers only",
          d.id() + " (" + d.view() + ")");
      check(seen.add(describe(d.subject()) + "/" + d.perspective()), who, "desired",
          "hold at most one ledger per subject and perspective",
          d.id() + " (" + describe(d.subject()) + ", " + d.perspective() + ")");
    }
  }

  /** Builds {@link GapRule}s; every attribute may be set once. */
  public static final class Builder extends ImmutableGapRule.Builder {
    Builder() {}
  }
}
