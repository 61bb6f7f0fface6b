package th.km.web.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages the pages are written in; Thai is the default. */
public enum Language {
  TH("th"),
  EN("en");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /** The BCP 47 tag, as in {@code <html lang="th">} and {@code ?lang=en}. */
  public String tag() {
    return tag;
  }

  /** The other language, for the switch in the page header. */
  public Language other() {
    return this == TH ? EN : TH;
  }

  /** The language a tag names ("th", "EN"), or empty for anything else. */
  public static Optional<Language> fromTag(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    for (Language l : values()) {
      if (l.tag.equals(t)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
