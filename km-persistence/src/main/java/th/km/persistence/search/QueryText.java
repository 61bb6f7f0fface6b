package th.km.persistence.search;

import java.util.Optional;
import th.km.core.LocalizedText;

/** Checks the words of a search as typed, so that every surface refuses the same queries alike. */
public final class QueryText {

  /** The longest query, in characters. */
  public static final int MAX_LENGTH = 200;

  private QueryText() {}

  /** Why the words cannot be searched for, in Thai and English; empty when they can. */
  public static Optional<LocalizedText> problem(String text) {
    String words = text.strip();
    if (words.isEmpty()) {
      return Optional.of(
          LocalizedText.of(
              "คำค้น (q) ว่าง: พิมพ์คำที่ต้องการค้นหา",
              "The query (q) is empty: type the words to search for"));
    }
    if (words.length() > MAX_LENGTH) {
      return Optional.of(
          LocalizedText.of(
              "คำค้น (q) ยาว " + words.length() + " ตัวอักษร เกินกว่า " + MAX_LENGTH + " ตัวอักษร",
              "The query (q) is "
                  + words.length()
                  + " characters long, more than "
                  + MAX_LENGTH));
    }
    for (int i = 0; i < words.length(); i++) {
      char c = words.charAt(i);
      if (Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
        return Optional.of(
            LocalizedText.of(
                "คำค้น (q) มีอักขระควบคุมที่ตำแหน่ง " + (i + 1),
                "The query (q) has a control character at position " + (i + 1)));
      }
    }
    return Optional.empty();
  }
}
