package th.km.core.check;

import static th.km.core.check.TextTools.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.km.core.check.PlanTexts.PlanText;
import th.km.core.plan.KmPlan;

/**
 * {@link FindingCode#MIXED_DIGITS}: Thai and Arabic digits in one text ("วันที่ 68 … พ.ศ. ๒๕๖๙"),
 * or, where no single text mixes them, in one document.
 */
final class DigitStyleRule implements PlanRule {

  private static final Pattern ARABIC = Pattern.compile("[0-9]+");
  private static final Pattern THAI = Pattern.compile("[๐-๙]+");

  @Override
  public List<Finding> check(KmPlan plan, List<PlanText> texts) {
    List<Finding> findings = new ArrayList<>();
    Optional<PlanText> firstArabic = Optional.empty();
    Optional<PlanText> firstThai = Optional.empty();
    int arabicTexts = 0;
    for (PlanText t : texts) {
      Optional<String> arabic = first(ARABIC, t.text());
      Optional<String> thai = first(THAI, t.text());
      if (arabic.isPresent()) {
        arabicTexts++;
        firstArabic = firstArabic.or(() -> Optional.of(t));
      }
      if (thai.isPresent()) {
        firstThai = firstThai.or(() -> Optional.of(t));
      }
      if (arabic.isPresent() && thai.isPresent()) {
        findings.add(
            Finding.info(
                FindingCode.MIXED_DIGITS,
                t.location(),
                t.where().th() + " " + quote(t.text()) + " ใช้ทั้งเลขอารบิก (" + quote(arabic.get())
                    + ") และเลขไทย (" + quote(thai.get()) + ")",
                "the " + t.where().en() + " " + quote(t.text()) + " mixes Arabic digits ("
                    + quote(arabic.get()) + ") with Thai digits (" + quote(thai.get()) + ")"));
      }
    }
    if (findings.isEmpty() && firstArabic.isPresent() && firstThai.isPresent()) {
      PlanText a = firstArabic.get();
      PlanText th = firstThai.get();
      findings.add(
          Finding.info(
              FindingCode.MIXED_DIGITS,
              a.location(),
              "แผนใช้ทั้งเลขไทย (เช่น " + th.where().th() + ") และเลขอารบิก (ใน " + arabicTexts
                  + " แห่ง เช่น " + a.where().th() + " " + quote(a.text()) + ")",
              "the plan writes Thai digits (in the " + th.where().en() + ", for one) and Arabic digits (in "
                  + arabicTexts + " places, such as the " + a.where().en() + " " + quote(a.text()) + ")"));
    }
    return findings;
  }

  private static Optional<String> first(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }
}
