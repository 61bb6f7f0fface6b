package th.km.core.check;

import static th.km.core.check.TextTools.quote;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import th.km.core.check.PlanTexts.PlanText;
import th.km.core.plan.KmPlan;

/**
 * {@link FindingCode#MALFORMED_THAI}: Thai character sequences that cannot be written: two vowel
 * marks on one consonant ("ศรีัญญา"), a vowel or tone mark with no consonant before it, a tone mark
 * doubled.
 */
final class ThaiSequenceRule implements PlanRule {

  /** Vowel marks written above or below a consonant: ั ิ ี ึ ื ุ ู ็. */
  private static final String VOWEL_MARKS = "\u0E31\u0E34\u0E35\u0E36\u0E37\u0E38\u0E39\u0E47";

  /** Tone marks ่ ้ ๊ ๋. */
  private static final String TONE_MARKS = "\u0E48\u0E49\u0E4A\u0E4B";

  /** Other signs that sit on a consonant: ์ ํ ฺ ๎. */
  private static final String OTHER_MARKS = "\u0E4C\u0E4D\u0E3A\u0E4E";

  private record Problem(String markTh, String markEn, String whyTh, String whyEn) {}

  @Override
  public List<Finding> check(KmPlan plan, List<PlanText> texts) {
    List<Finding> findings = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (PlanText t : texts) {
      String text = t.text();
      boolean consonant = false;
      boolean vowel = false;
      boolean tone = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        Optional<Problem> problem = Optional.empty();
        if (c >= 'ก' && c <= 'ฮ') {
          consonant = true;
          vowel = false;
          tone = false;
        } else if (VOWEL_MARKS.indexOf(c) >= 0) {
          if (!consonant) {
            problem = Optional.of(new Problem("สระ", "a vowel mark", "ไม่มีพยัญชนะนำหน้า", "has no consonant before it"));
          } else if (vowel) {
            problem = Optional.of(new Problem("สระ", "a vowel mark", "ซ้อนบนสระอีกตัว", "is stacked on another vowel mark"));
          }
          vowel = true;
        } else if (TONE_MARKS.indexOf(c) >= 0) {
          if (!consonant) {
            problem = Optional.of(new Problem("วรรณยุกต์", "a tone mark", "ไม่มีพยัญชนะนำหน้า", "has no consonant before it"));
          } else if (tone) {
            problem = Optional.of(new Problem("วรรณยุกต์", "a tone mark", "ซ้ำสองตัว", "is doubled"));
          }
          tone = true;
        } else if (OTHER_MARKS.indexOf(c) >= 0) {
          if (!consonant) {
            problem = Optional.of(new Problem("เครื่องหมาย", "a sign", "ไม่มีพยัญชนะนำหน้า", "has no consonant before it"));
          }
        } else {
          consonant = false;
          vowel = false;
          tone = false;
        }
        if (problem.isPresent()) {
          String word = wordAround(text, i);
          if (seen.add(t.location() + "|" + word + "|" + i)) {
            Problem p = problem.get();
            findings.add(
                Finding.warning(
                    FindingCode.MALFORMED_THAI,
                    t.location(),
                    quote(word) + " ใน" + t.where().th() + " มี" + p.markTh() + " \"" + c + "\" (U+"
                        + String.format(java.util.Locale.ROOT, "%04X", (int) c) + ") ที่" + p.whyTh()
                        + " พิมพ์แบบนี้ไม่ได้",
                    quote(word) + " in the " + t.where().en() + " has " + p.markEn() + " \"" + c + "\" (U+"
                        + String.format(java.util.Locale.ROOT, "%04X", (int) c) + ") that " + p.whyEn()
                        + "; Thai cannot be written so"));
          }
        }
      }
    }
    return findings;
  }

  /** The run of non-space characters around {@code i}. */
  private static String wordAround(String text, int i) {
    int start = i;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    int end = i;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return text.substring(start, end);
  }
}
