package dev.valuex.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class KanoProperties {

  @Provide
  Arbitrary<List<KanoAnswer>> answers() {
    return Arbitraries.of(KanoAnswer.class).list().ofSize(40);
  }

  @Property(tries = 300)
  void coefficientsStayInRange(@ForAll("answers") List<KanoAnswer> functional,
      @ForAll("answers") List<KanoAnswer> dysfunctional) {
    KanoProfile p = KanoProfile.fromAnswers("feature", functional, dysfunctional);
    p.better().ifPresent(b -> assertTrue(b >= 0 && b <= 1, "better " + b));
    p.worse().ifPresent(w -> assertTrue(w >= -1 && w <= 0, "worse " + w));
    assertEquals(p.better().isPresent(), p.worse().isPresent());
  }

  @Property(tries = 300)
  void everyAnswerPairIsCountedOnce(@ForAll("answers") List<KanoAnswer> functional,
      @ForAll("answers") List<KanoAnswer> dysfunctional) {
    KanoProfile p = KanoProfile.fromAnswers("feature", functional, dysfunctional);
    assertEquals(functional.size(), p.respondents());
  }

  @Property(tries = 300)
  void categoryIsAModalCategory(@ForAll("answers") List<KanoAnswer> functional,
      @ForAll("answers") List<KanoAnswer> dysfunctional) {
    KanoProfile p = KanoProfile.fromAnswers("feature", functional, dysfunctional);
    assertTrue(p.modalCategories().contains(p.category()));
    for (KanoCategory c : KanoCategory.values()) {
      assertTrue(p.count(c) <= p.count(p.category()));
    }
  }

  @Property(tries = 200)
  void answeringTheSameTwiceIsQuestionableOrIndifferent(
      @ForAll KanoAnswer answer) {
    KanoCategory same = KanoCategory.of(answer, answer);
    assertTrue(same == KanoCategory.QUESTIONABLE || same == KanoCategory.INDIFFERENT,
        answer + " twice gave " + same);
  }
}
