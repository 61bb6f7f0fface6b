package th.km.core.evaluation;

import th.km.core.LocalizedText;
import th.km.core.indicator.IndicatorRule;
import th.km.core.indicator.Population;
import th.km.core.plan.KmPlan;

/**
 * An indicator's rule in words, in Thai and English, for the people who read a result and ask what
 * exactly was counted: "ร้อยละของบุคลากรที่ปฏิบัติงานอยู่ที่มีการรับทราบ (เป้าหมาย KM); เป้าหมาย
 * ไม่น้อยกว่าร้อยละ 90". It speaks with the same words as the evaluation's reasons.
 */
public final class RuleWords {

  private RuleWords() {}

  /** The rule in words, naming divisions by the plan's names. */
  public static LocalizedText describe(IndicatorRule rule, KmPlan plan) {
    return switch (rule) {
      case IndicatorRule.Count c -> {
        LocalizedText what = Texts.describe(c.selector(), plan);
        yield withTarget(
            LocalizedText.of(
                "นับจำนวน" + c.unit().thaiWord() + "ใน" + what.th() + " ในช่วงเวลาของตัวชี้วัด",
                "the number of " + c.unit().englishWord() + " in " + what.en()
                    + " over the indicator's period"),
            rule);
      }
      case IndicatorRule.Percentage p -> {
        LocalizedText population = population(p.population(), plan);
        LocalizedText qualifying = Texts.describe(p.qualifying(), plan);
        yield withTarget(
            LocalizedText.of(
                "ร้อยละของ" + population.th() + "ที่มี" + qualifying.th() + " อย่างน้อย 1 รายการ",
                "the share of " + population.en() + " with at least one " + qualifying.en()),
            rule);
      }
      case IndicatorRule.Coverage c -> {
        LocalizedText qualifying = Texts.describe(c.qualifying(), plan);
        yield LocalizedText.of(
            "ทุก" + c.set().thaiName() + "ต้องมี" + qualifying.th() + " อย่างน้อย 1 รายการ"
                + " บรรลุเมื่อครบทุก" + c.set().thaiName() + "เท่านั้น",
            "every one of the " + c.set().englishName() + " must have at least one "
                + qualifying.en() + "; met only when all have");
      }
      case IndicatorRule.DeadlineCompliance d -> {
        LocalizedText trainings = Texts.describeTrainings(d.trainings(), plan);
        yield withTarget(
            LocalizedText.of(
                "ร้อยละของ" + trainings.th() + "ที่ส่งรายงานผลภายใน " + d.days()
                    + " วันนับแต่วันกลับ (ไม่นับวันกลับ และเลื่อนวันสุดท้ายที่เป็นวันหยุดไปวันทำการถัดไป"
                    + " ตาม ป.พ.พ. มาตรา ๑๙๓/๓ และ ๑๙๓/๘)",
                "the share of " + trainings.en() + " whose report was filed within " + d.days()
                    + " days of the return (the return day not counted, a last day off moved to"
                    + " the next working day: Civil and Commercial Code s. 193/3 and 193/8)"),
            rule);
      }
      case IndicatorRule.Occurrence o -> {
        LocalizedText what = Texts.describe(o.selector(), plan);
        yield LocalizedText.of(
            what.th() + " อย่างน้อย " + o.atLeast() + " ครั้งในช่วงเวลาของตัวชี้วัด",
            "at least " + o.atLeast() + " " + (o.atLeast() == 1 ? "event" : "events") + " of "
                + what.en() + " over the indicator's period");
      }
      case IndicatorRule.BeforeAfter b -> {
        LocalizedText trainings = Texts.describeTrainings(b.trainings(), plan);
        yield withTarget(
            LocalizedText.of(
                "ร้อยละของผู้เข้ารับ" + trainings.th()
                    + "ที่ผู้บังคับบัญชาประเมินว่าปฏิบัติงานดีขึ้นหลังการพัฒนา (ผู้ที่ยังไม่ได้รับการประเมินนับว่าไม่ดีขึ้น)",
                "the share of staff sent to " + trainings.en()
                    + " whose supervisor rated their work better after than before (not yet rated"
                    + " counts as not better)"),
            rule);
      }
      case IndicatorRule.ReportOnly r ->
          r.measure()
              .map(
                  m -> {
                    LocalizedText what = Texts.describe(m, plan);
                    return LocalizedText.of(
                        "แสดงจำนวน" + r.unit().thaiWord() + "ใน" + what.th()
                            + " โดยไม่มีเป้าหมายที่วัดได้ (รายงานผลเท่านั้น)",
                        "shows the number of " + r.unit().englishWord() + " in " + what.en()
                            + ", without a measurable target (report only)");
                  })
              .orElse(
                  LocalizedText.of(
                      "ไม่มีสิ่งที่นับและไม่มีเป้าหมายที่วัดได้ (รายงานผลเท่านั้น)",
                      "nothing to count and no measurable target (report only)"));
    };
  }

  private static LocalizedText withTarget(LocalizedText measure, IndicatorRule rule) {
    return rule.target()
        .map(t -> t.describe())
        .map(
            t ->
                LocalizedText.of(
                    measure.th() + "; เป้าหมาย " + t.th(), measure.en() + "; target " + t.en()))
        .orElse(measure);
  }

  private static LocalizedText population(Population population, KmPlan plan) {
    Texts.Words narrowed = Texts.describe(population.staffFilter(), plan);
    String th = population.kind().thaiName();
    String en = population.kind().englishName();
    if (!narrowed.th().isEmpty()) {
      th += " (" + narrowed.th() + ")";
      en += " (" + narrowed.en() + ")";
    }
    return LocalizedText.of(th, en);
  }
}
