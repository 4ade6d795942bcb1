package dev.valuex.core.agreement;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.valuex.core.InvalidValueException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * How far two or more coders coded the same statements alike, and where they did not.
 *
 * <p>Statements are matched by statement id when every statement of every coding has one, and
 * otherwise by subject and text with white space normalised; statements found in only some
 * codings are kept ({@link #partial()}), and count wherever two coders or more coded them. Each
 * statement's codes form one nominal value for percent agreement, Cohen's kappa (two coders),
 * Fleiss' kappa and Krippendorff's alpha, so a statement coded {money IN, time IN} by one coder
 * and {money IN} by another is a disagreement there; the MASI alpha gives such partial overlaps
 * partial credit ({@link Distance#masi()}). Per code, a presence-or-absence kappa
 * ({@link #elements()}); across the study, which codes were given instead of one another
 * ({@link #confusions()}).
 *
 * <pre>{@code
 * AgreementReport report = AgreementReport.of(List.of(first, second),
 *     AgreementOptions.defaults());
 * report.cohensKappa().ifPresent(k -> System.out.println("kappa " + k));
 * report.disagreements().forEach(s -> System.out.println(s.key() + " " + s.codes()));
 * }</pre>
 */
@Value.Immutable
public abstract class AgreementReport {
  AgreementReport() {}

  /** How statements were matched across codings. */
  public enum MatchedBy {
    /** By the sheets' statement ids: every statement of every coding has one. */
    STATEMENT_ID,
    /** By subject and text, white space normalised. */
    SUBJECT_AND_TEXT
  }

  /**
   * Returns the coders, in the order the codings were given.
   *
   * @return two or more names, never null
   */
  public abstract ImmutableList<String> coders();

  /**
   * Returns the options of the comparison.
   *
   * @return the options, never null
   */
  public abstract AgreementOptions options();

  /**
   * Returns how statements were matched.
   *
   * @return the matching, never null
   */
  public abstract MatchedBy matchedBy();

  /**
   * Returns every statement of every coding, in the order first seen.
   *
   * @return the statements, never null
   */
  public abstract ImmutableList<MatchedStatement> statements();

  /**
   * Returns the mean share of coder pairs agreeing per statement.
   *
   * @return the estimate, never null
   */
  public abstract Estimate percentAgreement();

  /**
   * Returns Cohen's kappa, for two coders.
   *
   * @return the kappa, empty with more than two coders or when undefined
   */
  public abstract Optional<Estimate> cohensKappa();

  /**
   * Returns Fleiss' kappa over the statements every coder coded.
   *
   * @return the kappa, empty when no statement was coded by all or when undefined
   */
  public abstract Optional<Estimate> fleissKappa();

  /**
   * Returns Krippendorff's alpha for nominal values (each statement's codes as one value).
   *
   * @return the alpha, empty when undefined (one value used throughout)
   */
  public abstract Optional<Estimate> krippendorffAlpha();

  /**
   * Returns Krippendorff's alpha with the MASI distance between the statements' sets of codes.
   *
   * @return the alpha, empty when undefined
   */
  public abstract Optional<Estimate> masiAlpha();

  /**
   * Returns the presence-or-absence agreement per code, in code order, over the statements
   * two coders or more coded.
   *
   * @return one entry per code any coder gave to such a statement, never null
   */
  public abstract ImmutableList<ElementAgreement> elements();

  /**
   * Returns the pairs of codes given instead of one another, most often first, then in code
   * order.
   *
   * @return the confusions, never null
   */
  public abstract ImmutableList<Confusion> confusions();

  /**
   * Returns the statements two coders or more coded differently: the list to reconcile.
   *
   * @return the statements, in the order first seen, never null
   */
  public ImmutableList<MatchedStatement> disagreements() {
    return statements().stream().filter(MatchedStatement::disagreed)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the statements missing from some codings.
   *
   * @return the statements, in the order first seen, never null
   */
  public ImmutableList<MatchedStatement> partial() {
    return statements().stream().filter(s -> s.codes().size() < coders().size())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the pair of codes most often given instead of one another.
   *
   * @return the pair, empty when the coders never confused two codes
   */
  public Optional<Confusion> mostConfused() {
    return confusions().stream().findFirst();
  }

  /**
   * Compares codings.
   *
   * @param codings two or more codings with distinct coder names, not null
   * @param options how to compare, not null
   * @return the report, never null
   * @throws InvalidValueException if fewer than two codings are given, coder names repeat, a
   *     coding holds one statement twice, or no statement was coded by two coders
   */
  public static AgreementReport of(List<Coding> codings, AgreementOptions options) {
    requireNonNull(codings, "codings");
    requireNonNull(options, "options");
    if (codings.size() < 2) {
      throw new InvalidValueException("Agreement: codings must be at least two, got "
          + codings.size());
    }
    List<String> coders = new ArrayList<>();
    for (Coding c : codings) {
      if (coders.contains(c.coder())) {
        throw new InvalidValueException("Agreement: coders must have distinct names, got '"
            + c.coder() + "' twice");
      }
      coders.add(c.coder());
    }
    boolean byId = codings.stream().flatMap(c -> c.statements().stream())
        .allMatch(s -> s.id().isPresent());
    Map<String, MatchedStatement.Builder> builders = new LinkedHashMap<>();
    Map<String, Map<String, ImmutableSortedSet<Code>>> codes = new LinkedHashMap<>();
    for (Coding c : codings) {
      Set<String> seen = new HashSet<>();
      for (CodedStatement s : c.statements()) {
        String key = byId ? s.id().orElseThrow() : s.subject() + ": " + s.normalisedText();
        if (!seen.add(key)) {
          throw new InvalidValueException("Coding " + c.coder() + ": statements must be"
              + " distinct by subject and text when a sheet has no statement ids, got '"
              + key + "' twice");
        }
        builders.computeIfAbsent(key, k -> MatchedStatement.builder().key(k).id(byId
            ? s.id() : Optional.empty()).subject(s.subject()).text(s.text()));
        ImmutableSortedSet<Code> given = options.ignoreSide()
            ? s.codes().stream().map(Code::withoutSide)
                .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()))
            : s.codes();
        codes.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(c.coder(), given);
      }
    }
    List<MatchedStatement> statements = new ArrayList<>();
    ReliabilityData.Builder<ImmutableSortedSet<Code>> data =
        ReliabilityData.<ImmutableSortedSet<Code>>builder().addAllCoders(coders);
    boolean shared = false;
    for (Map.Entry<String, MatchedStatement.Builder> e : builders.entrySet()) {
      Map<String, ImmutableSortedSet<Code>> byCoder = codes.get(e.getKey());
      statements.add(e.getValue().putAllCodes(byCoder).build());
      data.addUnits(RatedUnit.of(e.getKey(), byCoder));
      shared |= byCoder.size() >= 2;
    }
    if (!shared) {
      throw new InvalidValueException("Agreement: statements must include one coded by two"
          + " coders or more, got none shared among " + String.join(", ", coders) + " ("
          + statements.size() + " statements, matched by " + (byId ? "statement id"
          : "subject and text") + ")");
    }
    ReliabilityData<ImmutableSortedSet<Code>> d = data.build();
    Bootstrap b = options.bootstrap();
    return ImmutableAgreementReport.builder()
        .addAllCoders(coders)
        .options(options)
        .matchedBy(byId ? MatchedBy.STATEMENT_ID : MatchedBy.SUBJECT_AND_TEXT)
        .addAllStatements(statements)
        .percentAgreement(d.percentAgreement(b).orElseThrow())
        .cohensKappa(coders.size() == 2 ? d.cohensKappa(b) : Optional.empty())
        .fleissKappa(d.fleissKappa(b))
        .krippendorffAlpha(d.krippendorffAlpha(b))
        .masiAlpha(d.alpha(Distance.masi(), b))
        .addAllElements(elements(d, statements, b))
        .addAllConfusions(confusions(statements))
        .build();
  }

  private static List<ElementAgreement> elements(ReliabilityData<ImmutableSortedSet<Code>> d,
      List<MatchedStatement> statements, Bootstrap b) {
    Map<Code, Integer> used = new TreeMap<>();
    for (MatchedStatement s : statements) {
      if (s.codes().size() < 2) {
        continue;
      }
      Set<Code> any = new TreeSet<>();
      s.codes().values().forEach(any::addAll);
      any.forEach(c -> used.merge(c, 1, Integer::sum));
    }
    List<ElementAgreement> result = new ArrayList<>();
    used.forEach((code, n) -> {
      ReliabilityData<Boolean> present = d.map(set -> set.contains(code));
      Optional<Estimate> kappa = d.coders().size() == 2 ? present.cohensKappa(b)
          : present.fleissKappa(b);
      result.add(ImmutableElementAgreement.of(code, n, kappa));
    });
    return result;
  }

  private static List<Confusion> confusions(List<MatchedStatement> statements) {
    Map<List<Code>, Integer> counts = new LinkedHashMap<>();
    for (MatchedStatement s : statements) {
      List<ImmutableSortedSet<Code>> given = ImmutableList.copyOf(s.codes().values());
      for (int i = 0; i < given.size(); i++) {
        for (int j = i + 1; j < given.size(); j++) {
          for (Code a : given.get(i)) {
            if (given.get(j).contains(a)) {
              continue;
            }
            for (Code c : given.get(j)) {
              if (!given.get(i).contains(c)) {
                List<Code> pair = a.compareTo(c) < 0 ? List.of(a, c) : List.of(c, a);
                counts.merge(pair, 1, Integer::sum);
              }
            }
          }
        }
      }
    }
    List<Confusion> result = new ArrayList<>();
    counts.forEach((pair, n) -> result.add(Confusion.of(pair.get(0), pair.get(1), n)));
    result.sort(Comparator.comparingInt(Confusion::count).reversed()
        .thenComparing(Confusion::first).thenComparing(Confusion::second));
    return result;
  }

}
