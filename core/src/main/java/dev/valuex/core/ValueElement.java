package dev.valuex.core;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;
import static dev.valuex.core.internal.Checks.trimmedTexts;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named kind of value, as printed on a card: SAVINGS, SIMPLIFICATION, STATUS/RECOGNITION,
 * PEACE OF MIND. A card carries a short phrase and an expanded sentence in the first person ("I
 * can relax, without anxiety, that things will be taken care of").
 *
 * <p>Any element may be placed on either side of a ledger; {@link #typicalSide()} is a hint for
 * presenting cards, never a rule. Blank cards that a team writes in its own words are ordinary
 * elements made with {@link #blankCard(Perspective, String, String)}.
 *
 * <pre>{@code
 * ValueElement savings = ValueElement.builder()
 *     .id(ElementId.parse("customer.savings"))
 *     .name("SAVINGS")
 *     .shortPhrase("Spending less for what I need")
 *     .sentence("I keep more of my money because I pay less for the same thing")
 *     .perspective(Perspective.CUSTOMER)
 *     .category("functional")
 *     .typicalSide(Side.OUT)
 *     .provenance(Provenance.of(Provenance.Kind.SOURCE_DOCUMENTS))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ValueElement implements WithValueElement {
  /** The deck that {@link #blankCard(Perspective, String, String)} puts custom cards in. */
  public static final String CUSTOM_DECK = "custom";

  /** The category that {@link #blankCard(Perspective, String, String)} gives custom cards. */
  public static final String CUSTOM_CATEGORY = "custom";

  ValueElement() {}

  /**
   * Returns the element's stable id.
   *
   * @return the id, never null
   */
  public abstract ElementId id();

  /**
   * Returns the name as printed on the card, e.g. {@code STATUS/RECOGNITION}.
   *
   * @return the name, never null or blank
   */
  public abstract String name();

  /**
   * Returns the short phrase under the name, e.g. "Being noticed and valued".
   *
   * @return the phrase, never null or blank
   */
  public abstract String shortPhrase();

  /**
   * Returns the expanded first-person sentence, in the customer's voice.
   *
   * @return the sentence, never null or blank
   */
  public abstract String sentence();

  /**
   * Returns whose exchange the card belongs to.
   *
   * @return the perspective, never null
   */
  public abstract Perspective perspective();

  /**
   * Returns the card's category, e.g. functional, emotional, life changing or social impact for
   * customer cards; decks may use their own.
   *
   * @return the category, never null or blank
   */
  public abstract String category();

  /**
   * Returns the side the card is usually placed on: a presentation hint only.
   *
   * @return the typical side, empty when the card has none
   */
  public abstract Optional<Side> typicalSide();

  /**
   * Returns keywords and synonyms that help find and suggest the card.
   *
   * @return the keywords, never null, possibly empty
   */
  public abstract ImmutableSet<String> keywords();

  /**
   * Returns example customer statements that speak to this element.
   *
   * @return the statements, never null, possibly empty
   */
  public abstract ImmutableList<String> exampleStatements();

  /**
   * Returns example measures of this value, in words, e.g. "share of orders with a discount".
   *
   * @return the measures, never null, possibly empty
   */
  public abstract ImmutableList<String> exampleMeasures();

  /**
   * Returns where the card comes from.
   *
   * @return the provenance, never null
   */
  public abstract Provenance provenance();

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a blank card: an element a team writes in its own words. Its id is {@code
   * custom.<slug of name>}, its category {@value #CUSTOM_CATEGORY}, its short phrase the name
   * itself, and its provenance {@link Provenance#custom()}. Use the generated {@code with*}
   * methods to add a typical side, keywords or examples.
   *
   * <pre>{@code
   * ValueElement early = ValueElement.blankCard(
   *     Perspective.CUSTOMER, "Early access", "I get to try new things before anyone else");
   * assert early.id().toString().equals("custom.early-access");
   * }</pre>
   *
   * @param perspective whose exchange the card belongs to, not null
   * @param name the card's name, not null
   * @param inYourOwnWords the expanded first-person sentence, not null
   * @return the blank card, never null
   * @throws InvalidValueException if the name has no letters or digits, or a text is blank
   */
  public static ValueElement blankCard(
      Perspective perspective, String name, String inYourOwnWords) {
    checkNotNull(perspective, "perspective");
    checkNotNull(name, "name");
    checkNotNull(inYourOwnWords, "inYourOwnWords");
    String slug = slug(name);
    check(!slug.isEmpty(), "Blank card", "name", "contain a letter or digit", name);
    return builder()
        .id(ElementId.of(CUSTOM_DECK, slug))
        .name(name)
        .shortPhrase(name)
        .sentence(inYourOwnWords)
        .perspective(perspective)
        .category(CUSTOM_CATEGORY)
        .provenance(Provenance.custom())
        .build();
  }

  /**
   * Turns a card name into a slug for an {@link ElementId}: lower case, every run of other
   * characters than ASCII letters and digits replaced by one hyphen, e.g. {@code "Safety &
   * Security"} becomes {@code safety-security}.
   *
   * @param name the name, not null
   * @return the slug, never null, empty when the name has no ASCII letters or digits
   */
  public static String slug(String name) {
    String lower = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return lower.replaceAll("^-+|-+$", "");
  }

  @Value.Check
  final void validate() {
    String who = "ValueElement " + id();
    trimmedText(name(), who, "name");
    trimmedText(shortPhrase(), who, "shortPhrase");
    trimmedText(sentence(), who, "sentence");
    trimmedText(category(), who, "category");
    trimmedTexts(keywords(), who, "keywords");
    trimmedTexts(exampleStatements(), who, "exampleStatements");
    trimmedTexts(exampleMeasures(), who, "exampleMeasures");
  }

  /** Builds {@link ValueElement}s; every attribute may be set once. */
  public static final class Builder extends ImmutableValueElement.Builder {
    Builder() {}
  }
}
