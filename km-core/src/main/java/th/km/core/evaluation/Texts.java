package th.km.core.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import th.km.core.BilingualName;
import th.km.core.LocalizedText;
import th.km.core.indicator.RecordFilter;
import th.km.core.indicator.RecordSelector;
import th.km.core.plan.Division;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmPlan;
import th.km.core.records.AssetStatus;
import th.km.core.records.RecordKind;

/**
 * The Thai and English wording of evaluation reasons, in one place so that both languages say the
 * same. Numbers are written in Arabic digits in both.
 */
final class Texts {

  private Texts() {}

  static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }

  static String thai(BigDecimal v, ValueUnit unit) {
    return unit == ValueUnit.PERCENT ? "ร้อยละ " + plain(v) : plain(v);
  }

  static String english(BigDecimal v, ValueUnit unit) {
    return unit == ValueUnit.PERCENT ? plain(v) + "%" : plain(v);
  }

  /** The parts joined by a space in each language. */
  static LocalizedText join(LocalizedText... parts) {
    StringBuilder th = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (LocalizedText p : parts) {
      if (th.length() > 0) {
        th.append(' ');
        en.append("; ");
      }
      th.append(p.th());
      en.append(p.en());
    }
    return LocalizedText.of(th.toString(), en.toString());
  }

  static LocalizedText met(LocalizedText target) {
    return LocalizedText.of(
        "บรรลุเป้าหมาย (" + target.th() + ")", "target reached (" + target.en() + ")");
  }

  static LocalizedText notMet(LocalizedText target) {
    return LocalizedText.of(
        "สิ้นสุดระยะเวลาแล้ว ไม่บรรลุเป้าหมาย (" + target.th() + ")",
        "the period has ended without reaching the target (" + target.en() + ")");
  }

  static LocalizedText metEarly(LocalizedText target) {
    return LocalizedText.of(
        "บรรลุเป้าหมาย (" + target.th() + ") แล้วก่อนสิ้นสุดระยะเวลา",
        "target (" + target.en() + ") reached before the period ends");
  }

  static LocalizedText over(LocalizedText target) {
    return LocalizedText.of(
        "เกินเป้าหมาย (" + target.th() + ") แล้ว จึงมีความเสี่ยง",
        "already past the target (" + target.en() + "), so at risk");
  }

  static LocalizedText withinSoFar(LocalizedText target) {
    return LocalizedText.of(
        "ยังอยู่ในเป้าหมาย (" + target.th() + ") จะตัดสินได้เมื่อสิ้นสุดระยะเวลา",
        "within the target (" + target.en() + ") so far; decided when the period ends");
  }

  static LocalizedText onPace(
      LocalizedText target, Elapsed elapsed, BigDecimal expected, ValueUnit unit) {
    return LocalizedText.of(
        "ผ่านไปแล้วร้อยละ "
            + elapsed.percent()
            + " ของระยะเวลา ณ วันนี้ควรได้อย่างน้อย "
            + thai(expected, unit)
            + " จึงเป็นไปตามแผน (เป้าหมาย "
            + target.th()
            + ")",
        elapsed.percent()
            + "% of the period has passed; at least "
            + english(expected, unit)
            + " expected by now, so on track (target "
            + target.en()
            + ")");
  }

  static LocalizedText behindPace(
      LocalizedText target, Elapsed elapsed, BigDecimal expected, Quantity q) {
    return LocalizedText.of(
        "ผ่านไปแล้วร้อยละ "
            + elapsed.percent()
            + " ของระยะเวลา ณ วันนี้ควรได้อย่างน้อย "
            + thai(expected, q.unit())
            + " แต่ได้ "
            + q.thai()
            + " จึงมีความเสี่ยงไม่บรรลุเป้าหมาย ("
            + target.th()
            + ")",
        elapsed.percent()
            + "% of the period has passed; at least "
            + english(expected, q.unit())
            + " expected by now but "
            + q.english()
            + " reached, so at risk (target "
            + target.en()
            + ")");
  }

  static LocalizedText noData(RecordKind kind) {
    return LocalizedText.of(
        "ยังไม่มีการบันทึก" + kind.thaiName() + " จึงยังประเมินไม่ได้",
        "no " + kind.englishName() + " recorded yet, so it cannot be evaluated");
  }

  static LocalizedText noMembers(String thaiWhat, String englishWhat) {
    return LocalizedText.of(
        "ไม่มี" + thaiWhat + "ที่ต้องนับ จึงยังประเมินไม่ได้",
        "there are no " + englishWhat + " to count, so it cannot be evaluated");
  }

  static LocalizedText reportOnly() {
    return LocalizedText.of(
        "ตัวชี้วัดนี้ไม่มีเป้าหมายที่วัดได้ จึงรายงานผลเท่านั้น ไม่นับว่าบรรลุเป้าหมาย",
        "this indicator has no measurable target: shown, never counted as met");
  }

  /** "กองช่าง, กองคลัง และอีก 3" — at most ten names. */
  static LocalizedText list(List<String> thai, List<String> english) {
    int shown = Math.min(10, thai.size());
    String th = String.join(", ", thai.subList(0, shown));
    String en = String.join(", ", english.subList(0, shown));
    if (thai.size() > shown) {
      th += " และอีก " + (thai.size() - shown);
      en += " and " + (thai.size() - shown) + " more";
    }
    return LocalizedText.of(th, en);
  }

  /** The selector in words: "การประชุม/สัมมนา/กิจกรรม (อบรมเชิงปฏิบัติการ)". */
  static LocalizedText describe(RecordSelector selector, KmPlan plan) {
    Words facets = describe(selector.filter(), plan);
    String th = selector.kind().thaiName();
    String en = selector.kind().englishName();
    if (!facets.th().isEmpty()) {
      th += " (" + facets.th() + ")";
      en += " (" + facets.en() + ")";
    }
    if (selector.window() == RecordSelector.Window.TO_DATE) {
      th += " สะสมถึงปัจจุบัน";
      en += ", all to date";
    }
    return LocalizedText.of(th, en);
  }

  /** A training filter in words: "การฝึกอบรม/สัมมนา/ศึกษาดูงาน/ศึกษาต่อ (ภายนอกองค์กร)". */
  static LocalizedText describeTrainings(RecordFilter filter, KmPlan plan) {
    return describe(RecordSelector.of(RecordKind.TRAINING, filter), plan);
  }

  /** The filter's facets in words; both texts empty when it lets everything through. */
  static Words describe(RecordFilter f, KmPlan plan) {
    List<String> th = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (DivisionCode d : f.divisions()) {
      @Nullable Division division = plan.division(d).orElse(null);
      add(division == null ? d.value() : division.name(), d.value(), th, en);
    }
    // Plain loops over the names, not method references: each reference is a class made at run
    // time when this first runs (docs/batch-evaluation-profile.md, round 4).
    addNames(f.staffCategories(), th, en);
    addNames(f.trainingKinds(), th, en);
    addNames(f.trainingSettings(), th, en);
    addNames(f.assetKinds(), th, en);
    if (f.minimumStatus().isPresent()) {
      AssetStatus s = f.minimumStatus().get();
      add("สถานะ" + s.thaiName() + "ขึ้นไป", s.englishName() + " or further", th, en);
    }
    if (f.withFlowchart().isPresent()) {
      boolean w = f.withFlowchart().get();
      add(w ? "มีแผนผังขั้นตอน" : "ไม่มีแผนผังขั้นตอน", w ? "with a flowchart" : "without a flowchart", th, en);
    }
    addNames(f.channels(), th, en);
    addNames(f.meetingKinds(), th, en);
    addNames(f.recognitionKinds(), th, en);
    addNames(f.topics(), th, en);
    if (f.activity().isPresent()) {
      add("กิจกรรม " + f.activity().get(), "activity " + f.activity().get(), th, en);
    }
    return new Words(String.join(", ", th), String.join(", ", en));
  }

  private static void add(String thai, String english, List<String> th, List<String> en) {
    th.add(thai);
    en.add(english);
  }

  private static void addNames(
      Iterable<? extends BilingualName> names, List<String> th, List<String> en) {
    for (BilingualName n : names) {
      add(n.thaiName(), n.englishName(), th, en);
    }
  }

  /** A pair of texts that may both be empty, which {@link LocalizedText} does not allow. */
  record Words(String th, String en) {}
}
