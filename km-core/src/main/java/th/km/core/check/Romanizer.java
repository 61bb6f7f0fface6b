package th.km.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import th.km.core.textimport.RtgsRomanizer;

/**
 * Romanizes Thai names by the Royal Thai General System (RTGS) for comparing them with the Latin
 * names plans write, through {@link RtgsRomanizer}, the one RTGS romanizer of km-core: บ้าน → Ban,
 * แหวน → Waen, สันทราย → San Sai.
 */
final class Romanizer {

  private Romanizer() {}

  /** The Thai text in RTGS, one capitalized syllable per word: "บ้านแหวน" → "Ban Waen". */
  static String romanize(String thai) {
    List<String> capitalized = new ArrayList<>();
    for (String s : RtgsRomanizer.syllables(thai)) {
      capitalized.add(Character.toUpperCase(s.charAt(0)) + s.substring(1));
    }
    return String.join(" ", capitalized);
  }

  /**
   * A key under which romanisations of one name compare equal: Latin letters only, lower case,
   * doubled letters single, so that "BAAN WAN" and "Ban Wan" meet.
   */
  static String key(String latin) {
    String letters = latin.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < letters.length(); i++) {
      if (i == 0 || letters.charAt(i) != letters.charAt(i - 1)) {
        out.append(letters.charAt(i));
      }
    }
    return out.toString();
  }
}
