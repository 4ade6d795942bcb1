package dev.valuex.planning;

/** The three questions of value creation planning that every plan row must answer. */
public enum Question {
  /** What is value: the element and its first-person sentence. */
  WHAT_IS_VALUE("What is value?"),
  /** How is value created and captured: at least one action with what, when and who. */
  HOW_CREATED("How is value created and captured?"),
  /** How is value measured: at least one numeric measure with a target. */
  HOW_MEASURED("How is value measured?");

  private final String text;

  Question(String text) {
    this.text = text;
  }

  /**
   * Returns the question as it is asked.
   *
   * @return the question, never null
   */
  public String text() {
    return text;
  }
}
