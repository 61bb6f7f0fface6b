package th.km.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small romaniser of Thai by the Royal Thai General System (RTGS): initial consonants and simple
 * clusters, the common vowels, final consonants. Enough for the simple syllables of place names
 * (บ้าน → Ban, แหวน → Waen, หวาน → Wan, หนอง → Nong), not for every Thai word.
 */
final class Romanizer {

  private static final String INITIALS =
      "กkขkhฃkhคkhฅkhฆkhงngจchฉchชchซsฌchญyฎdฏtฐthฑthฒthณnดdตtถthทthธthนnบbปpผphฝfพphฟfภphมmยyรrฤrueลlฦlueวwศsษsสsหhฬlอ-ฮh";
  private static final String FINAL_K = "กขฃคฅฆ";
  private static final String FINAL_T = "จฉชซฌฎฏฐฑฒดตถทธศษส";
  private static final String FINAL_N = "ญณนรลฬ";
  private static final String FINAL_P = "บปผฝพฟภ";
  private static final String LEADING_VOWELS = "เแโใไ";
  private static final String FOLLOWING_VOWELS = "ะาำๅ";
  private static final String UPPER_LOWER_VOWELS = "ัิีึืุู็";
  private static final String TONES_AND_SIGNS = "่้๊๋์ํ";
  private static final String SONORANTS = "งญนมยรลว";

  private Romanizer() {}

  /** The Thai text in RTGS, one capitalized syllable per word: "บ้านแหวน" → "Ban Waen". */
  static String romanize(String thai) {
    List<String> syllables = new ArrayList<>();
    for (String word : thai.strip().split("\\s+")) {
      syllables.addAll(syllables(word));
    }
    List<String> capitalized = new ArrayList<>();
    for (String s : syllables) {
      if (!s.isEmpty()) {
        capitalized.add(Character.toUpperCase(s.charAt(0)) + s.substring(1));
      }
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

  private static List<String> syllables(String word) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < word.length()) {
      int start = i;
      StringBuilder syllable = new StringBuilder();
      i = syllable(word, i, syllable);
      out.add(syllable.toString());
      if (i == start) {
        i++;
      }
    }
    return out;
  }

  /** Reads one syllable from {@code i}, appends its romanisation, returns where the next begins. */
  private static int syllable(String w, int start, StringBuilder out) {
    int i = start;
    char lead = 0;
    if (LEADING_VOWELS.indexOf(w.charAt(i)) >= 0) {
      lead = w.charAt(i);
      i++;
    }
    if (i >= w.length() || !isConsonant(w.charAt(i))) {
      return i;
    }
    char first = w.charAt(i++);
    String initial = initial(first);
    if (i < w.length() && isConsonant(w.charAt(i))) {
      char second = w.charAt(i);
      boolean vowelAfter = i + 1 < w.length() && isVowelSign(w.charAt(i + 1));
      boolean leadingH = first == 'ห' && SONORANTS.indexOf(second) >= 0;
      boolean leadingO = first == 'อ' && second == 'ย';
      boolean trueCluster = "กขคตปพ".indexOf(first) >= 0 && "รลว".indexOf(second) >= 0;
      if ((leadingH || leadingO) && (vowelAfter || lead != 0 || i + 1 < w.length())) {
        initial = initial(second);
        i++;
      } else if (trueCluster && (vowelAfter || lead != 0)) {
        initial = initial + initial(second);
        i++;
      }
    }
    StringBuilder marks = new StringBuilder();
    while (i < w.length()
        && (UPPER_LOWER_VOWELS.indexOf(w.charAt(i)) >= 0
            || TONES_AND_SIGNS.indexOf(w.charAt(i)) >= 0)) {
      if (UPPER_LOWER_VOWELS.indexOf(w.charAt(i)) >= 0) {
        marks.append(w.charAt(i));
      }
      i++;
    }
    String vowel;
    char next = i < w.length() ? w.charAt(i) : 0;
    String m = marks.toString();
    if (lead != 0) {
      switch (lead) {
        case 'เ' -> {
          if (m.contains("ี") && next == 'ย') {
            vowel = "ia";
            i++;
          } else if (m.contains("ื") && next == 'อ') {
            vowel = "uea";
            i++;
          } else if (next == 'า') {
            vowel = "ao";
            i++;
          } else if (m.isEmpty() && next == 'อ') {
            vowel = "oe";
            i++;
          } else {
            vowel = "e";
          }
        }
        case 'แ' -> vowel = "ae";
        case 'โ' -> vowel = "o";
        default -> vowel = "ai";
      }
      if (i < w.length() && w.charAt(i) == 'ะ') {
        i++;
      }
    } else if (m.contains("ั") && next == 'ว') {
      vowel = "ua";
      i++;
    } else if (!m.isEmpty()) {
      vowel =
          switch (m.charAt(0)) {
            case 'ิ', 'ี' -> "i";
            case 'ึ', 'ื' -> "ue";
            case 'ุ', 'ู' -> "u";
            case '็' -> "e";
            default -> "a";
          };
      if (m.charAt(0) == 'ื' && next == 'อ') {
        i++;
      }
    } else if (FOLLOWING_VOWELS.indexOf(next) >= 0) {
      vowel = next == 'ำ' ? "am" : "a";
      i++;
    } else if ((next == 'อ' || next == 'ว')
        && i + 1 < w.length()
        && isConsonant(w.charAt(i + 1))
        && !(i + 2 < w.length() && isVowelSign(w.charAt(i + 2)))) {
      vowel = next == 'อ' ? "o" : "ua";
      i++;
    } else if (next != 0 && isConsonant(next) && isFinalAt(w, i)) {
      vowel = "o";
    } else {
      vowel = "a";
    }
    if (vowel.equals("a") && i < w.length() && FOLLOWING_VOWELS.indexOf(w.charAt(i)) >= 0) {
      i++;
    }
    out.append(initial).append(vowel);
    if (i < w.length() && isConsonant(w.charAt(i)) && isFinalAt(w, i)) {
      out.append(finalOf(w.charAt(i)));
      i++;
    }
    while (i + 1 < w.length() && isConsonant(w.charAt(i)) && w.charAt(i + 1) == '์') {
      i += 2;
    }
    return i;
  }

  /** Whether the consonant at {@code i} closes the syllable rather than opening the next one. */
  private static boolean isFinalAt(String w, int i) {
    if (i + 1 >= w.length()) {
      return true;
    }
    char after = w.charAt(i + 1);
    return !isVowelSign(after) && after != '์';
  }

  private static boolean isVowelSign(char c) {
    return UPPER_LOWER_VOWELS.indexOf(c) >= 0
        || FOLLOWING_VOWELS.indexOf(c) >= 0
        || "่้๊๋".indexOf(c) >= 0;
  }

  private static boolean isConsonant(char c) {
    return c >= 'ก' && c <= 'ฮ';
  }

  private static String initial(char consonant) {
    int at = INITIALS.indexOf(consonant);
    StringBuilder latin = new StringBuilder();
    for (int j = at + 1; j < INITIALS.length() && !isConsonant(INITIALS.charAt(j)); j++) {
      latin.append(INITIALS.charAt(j));
    }
    String s = latin.toString();
    return s.equals("-") ? "" : s;
  }

  private static String finalOf(char c) {
    if (FINAL_K.indexOf(c) >= 0) {
      return "k";
    }
    if (FINAL_T.indexOf(c) >= 0) {
      return "t";
    }
    if (FINAL_N.indexOf(c) >= 0) {
      return "n";
    }
    if (FINAL_P.indexOf(c) >= 0) {
      return "p";
    }
    return switch (c) {
      case 'ง' -> "ng";
      case 'ม' -> "m";
      case 'ย' -> "i";
      case 'ว' -> "o";
      default -> "";
    };
  }
}
