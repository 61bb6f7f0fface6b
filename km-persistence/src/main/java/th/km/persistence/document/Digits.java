package th.km.persistence.document;

import th.km.core.calendar.ThaiDigits;

/** Which digits a document prints numbers in: Thai (๑๒๓, the default in official text) or Arabic. */
public enum Digits {
  THAI,
  ARABIC;

  /** The text with its digits in this style. */
  public String apply(String text) {
    return this == THAI ? ThaiDigits.toThai(text) : ThaiDigits.toArabic(text);
  }
}
