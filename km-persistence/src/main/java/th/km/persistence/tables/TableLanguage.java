package th.km.persistence.tables;

import java.util.Locale;
import java.util.Optional;
import th.km.core.LocalizedText;

/** The language a table's headers and worded cells are written in: Thai, or English. */
public enum TableLanguage {
  TH,
  EN;

  /** The Thai or the English text, by this language. */
  public String pick(String thai, String english) {
    return this == TH ? thai : english;
  }

  /** The text in this language. */
  public String pick(LocalizedText text) {
    return pick(text.th(), text.en());
  }

  /** The language of its code, {@code th} or {@code en}, if it is one. */
  public static Optional<TableLanguage> of(String code) {
    return switch (code.strip().toLowerCase(Locale.ROOT)) {
      case "th" -> Optional.of(TH);
      case "en" -> Optional.of(EN);
      default -> Optional.empty();
    };
  }
}
