package dev.valuex.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.CharRange;

class NameKeysProperties {

  @Property(tries = 500)
  void theAsciiShortcutGivesTheSameKeyAsTheUnicodeRule(
      @ForAll @Chars({' ', '/', '&', '-', '\'', '.'}) @CharRange(from = '0', to = 'z')
          String name) {
    assertEquals(byDefinition(name), NameKeys.key(name));
  }

  @Property(tries = 500)
  void anyTextGetsItsLettersAndDigitsLowerCased(@ForAll String name) {
    assertEquals(byDefinition(name), NameKeys.key(name));
  }

  @Example
  void namesThatDifferOnlyInCaseSpacesAndPunctuationShareAKey() {
    assertEquals("statusrecognition", NameKeys.key("Status/Recognition"));
    assertEquals("statusrecognition", NameKeys.key(" status recognition "));
    assertEquals("safetysecurity", NameKeys.key("Safety & Security"));
    assertEquals("cafécrème", NameKeys.key("Café Crème"));
    assertEquals("", NameKeys.key("--"));
  }

  private static String byDefinition(String name) {
    StringBuilder sb = new StringBuilder();
    name.toLowerCase(Locale.ROOT).codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }
}
