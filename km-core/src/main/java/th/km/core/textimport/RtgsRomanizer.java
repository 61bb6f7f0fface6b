package th.km.core.textimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Romanizes a Thai name by the Royal Thai General System of Transcription (RTGS, ราชบัณฑิตยสถาน),
 * enough for the names of local governments: initial consonants and the true clusters (กร, คล,
 * ปร…), the silent ห and อ before a sonorant (หนอง → nong, อยู่ → yu), ทร read as s, final
 * consonants by their sound class (k, t, n, p, ng, m, i, o), vowels written before, above, below and
 * after the consonant (เ แ โ ใ ไ, เ-ีย, เ-ือ, -ัว, -ำ), the inherent o and a, letters silenced by
 * the การันต์ (์) with the vowel they carry, and tone marks dropped. It is not a dictionary:
 * irregular words ("นคร") come out by the rules.
 */
public final class RtgsRomanizer {

  /** Each consonant followed by its initial sound; อ has none ("-"). */
  private static final String INITIALS =
      "กkขkhฃkhคkhฅkhฆkhงngจchฉchชchซsฌchญyฎdฏtฐthฑthฒthณnดdตtถthทthธthนnบbปpผph"
          + "ฝfพphฟfภphมmยyรrฤrueลlฦlueวwศsษsสsหhฬlอ-ฮh";
  private static final String FINAL_K = "กขฃคฅฆ";
  private static final String FINAL_T = "จฉชซฌฎฏฐฑฒดตถทธศษส";
  private static final String FINAL_N = "ญณนรลฬ";
  private static final String FINAL_P = "บปผฝพฟภ";
  private static final String LEADING_VOWELS = "เแโใไ";
  private static final String FOLLOWING_VOWELS = "ะาำๅ";
  private static final String UPPER_LOWER_VOWELS = "ัิีึืุู็";
  private static final String TONES = "่้๊๋";
  private static final char KARAN = '์';
  private static final String SONORANTS = "งญนมยรลว";

  private RtgsRomanizer() {}

  /**
   * The organization code made of the name's syllables, lower case, joined by hyphens: "บ้านแหวน"
   * gives "ban-waen". Empty when the name holds no Thai syllable.
   */
  public static Optional<String> code(String thaiName) {
    List<String> parts = syllables(thaiName).stream().filter(s -> !s.isEmpty()).toList();
    String code = String.join("-", parts);
    if (code.length() > 40) {
      code = code.substring(0, 40).replaceAll("-+$", "");
    }
    return code.isEmpty() ? Optional.empty() : Optional.of(code);
  }

  /** The romanized syllables of every word of the text, in order. */
  public static List<String> syllables(String thai) {
    List<String> out = new ArrayList<>();
    for (String word : thai.strip().split("[^\\u0E01-\\u0E4E]+")) {
      int i = 0;
      while (i < word.length()) {
        StringBuilder syllable = new StringBuilder();
        int next = syllable(word, i, syllable);
        if (!syllable.isEmpty()) {
          out.add(syllable.toString());
        }
        i = next == i ? i + 1 : next;
      }
    }
    return out;
  }

  /** Reads one syllable from {@code start}, appends it romanized, returns where the next begins. */
  private static int syllable(String w, int start, StringBuilder out) {
    int i = skipSilent(w, start);
    char lead = 0;
    if (i < w.length() && LEADING_VOWELS.indexOf(w.charAt(i)) >= 0) {
      lead = w.charAt(i);
      i++;
    }
    if (i >= w.length() || !isConsonant(w.charAt(i))) {
      return i;
    }
    char first = w.charAt(i++);
    String initial = initial(first);
    if (i < w.length() && isConsonant(w.charAt(i)) && !silencedAt(w, i)) {
      char second = w.charAt(i);
      boolean vowelAfter = i + 1 < w.length() && isVowelSign(w.charAt(i + 1));
      boolean opens = vowelAfter || lead != 0 || i + 1 < w.length();
      boolean leadingH = first == 'ห' && SONORANTS.indexOf(second) >= 0;
      boolean leadingO = first == 'อ' && second == 'ย';
      boolean thoRo = first == 'ท' && second == 'ร';
      boolean silentRo = "ศสจซ".indexOf(first) >= 0 && second == 'ร';
      boolean trueCluster = "กขคตปพผ".indexOf(first) >= 0 && "รลว".indexOf(second) >= 0;
      if ((leadingH || leadingO) && opens) {
        initial = initial(second);
        i++;
      } else if ((thoRo || silentRo) && (vowelAfter || lead != 0)) {
        initial = "s";
        i++;
      } else if (trueCluster && (vowelAfter || lead != 0)) {
        initial = initial + initial(second);
        i++;
      }
    }
    StringBuilder marks = new StringBuilder();
    while (i < w.length()
        && (UPPER_LOWER_VOWELS.indexOf(w.charAt(i)) >= 0 || TONES.indexOf(w.charAt(i)) >= 0)) {
      if (UPPER_LOWER_VOWELS.indexOf(w.charAt(i)) >= 0) {
        marks.append(w.charAt(i));
      }
      i++;
    }
    char next = i < w.length() ? w.charAt(i) : 0;
    String m = marks.toString();
    String vowel;
    if (lead != 0) {
      vowel = leadingVowel(lead, m, next);
      if (vowel.equals("ia") || vowel.equals("uea") || vowel.equals("ao") || vowel.equals("oe")) {
        i++;
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
    out.append(initial).append(vowel);
    boolean closed = vowel.equals("am");
    if (!closed && i < w.length() && isConsonant(w.charAt(i)) && isFinalAt(w, i)) {
      String coda = finalOf(w.charAt(i));
      boolean glide =
          (coda.equals("i") && vowel.endsWith("i")) || (coda.equals("o") && vowel.endsWith("o"));
      out.append(glide ? "" : coda);
      i++;
    }
    return skipSilent(w, i);
  }

  private static String leadingVowel(char lead, String marks, char next) {
    return switch (lead) {
      case 'เ' -> {
        if (marks.contains("ี") && next == 'ย') {
          yield "ia";
        } else if (marks.contains("ื") && next == 'อ') {
          yield "uea";
        } else if (next == 'า') {
          yield "ao";
        } else if (marks.isEmpty() && next == 'อ') {
          yield "oe";
        }
        yield "e";
      }
      case 'แ' -> "ae";
      case 'โ' -> "o";
      default -> "ai";
    };
  }

  /**
   * Skips the letters the การันต์ silences from {@code i}: up to two consonants and a vowel they
   * carry before it ("ทร์" in จันทร์, "ติ์" in ศักดิ์), and a stray การันต์.
   */
  private static int skipSilent(String w, int i) {
    for (int length = 1; length <= 3; length++) {
      int karan = i + length;
      if (karan < w.length() && w.charAt(karan) == KARAN && isConsonant(w.charAt(i))) {
        boolean allSilent = true;
        for (int j = i; j < karan; j++) {
          char c = w.charAt(j);
          allSilent &= isConsonant(c) || c == 'ิ' || c == 'ุ';
        }
        if (allSilent) {
          return karan + 1;
        }
      }
    }
    return i < w.length() && w.charAt(i) == KARAN ? i + 1 : i;
  }

  /** Whether the consonant at {@code i} is silenced by a การันต์ after it. */
  private static boolean silencedAt(String w, int i) {
    return skipSilent(w, i) != i;
  }

  /** Whether the consonant at {@code i} closes the syllable rather than opening the next one. */
  private static boolean isFinalAt(String w, int i) {
    if (i + 1 >= w.length()) {
      return true;
    }
    char after = w.charAt(i + 1);
    if (after == KARAN) {
      return false;
    }
    if (isConsonant(after) && i + 2 < w.length() && w.charAt(i + 2) == KARAN) {
      return true;
    }
    return !isVowelSign(after);
  }

  private static boolean isVowelSign(char c) {
    return UPPER_LOWER_VOWELS.indexOf(c) >= 0
        || FOLLOWING_VOWELS.indexOf(c) >= 0
        || TONES.indexOf(c) >= 0;
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
