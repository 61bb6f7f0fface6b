package th.km.persistence.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import th.km.core.calendar.ThaiDates;
import th.km.core.evaluation.IndicatorResult;
import th.km.core.evaluation.ValueUnit;
import th.km.core.records.MonitoringNote;
import th.km.core.report.ActivityPart;
import th.km.core.report.MonitoringReport;
import th.km.core.report.Signatory;
import th.km.persistence.document.Digits;

/**
 * The words the report's document and workbook share: how a value, a date, a note's subject and a
 * signatory are written, so that both say the same thing.
 */
final class ReportWords {

  /** The line left for a signature or a name the plan does not give. */
  static final String BLANK_NAME = "...................................................";

  private ReportWords() {}

  /** "๑๕ มีนาคม พ.ศ. ๒๕๖๙" or "15 มีนาคม พ.ศ. 2569". */
  static String date(LocalDate day, Digits digits) {
    return ThaiDates.format(
        day,
        ThaiDates.MonthStyle.FULL,
        digits == Digits.THAI ? ThaiDates.Digits.THAI : ThaiDates.Digits.ARABIC);
  }

  /** The value as the evaluation gives it: "12", "87.50%", or "-" without data. */
  static String value(IndicatorResult r) {
    Optional<BigDecimal> v = r.value();
    if (v.isEmpty()) {
      return "-";
    }
    String plain = v.get().toPlainString();
    if (r.unit() != ValueUnit.PERCENT) {
      return plain;
    }
    String share =
        r.numerator().isPresent() && r.denominator().isPresent()
            ? " (" + r.numerator().getAsLong() + "/" + r.denominator().getAsLong() + ")"
            : "";
    return plain + "%" + share;
  }

  /** The heading of the report: "รายงานผลการติดตามและประเมินผล…ประจำปีงบประมาณ พ.ศ. ๒๕๖๙". */
  static String title(MonitoringReport report, Digits digits) {
    return digits.apply(
        "รายงานผลการติดตามและประเมินผลการดำเนินงานตามแผนการจัดการความรู้ (KM) ประจำปีงบประมาณ พ.ศ. "
            + report.fiscalYear().buddhistYear());
  }

  /** "รอบ ๖ เดือน ครั้งที่ ๑ (๑ ตุลาคม พ.ศ. ๒๕๖๘ ถึง ๑๕ มีนาคม พ.ศ. ๒๕๖๙)". */
  static String round(MonitoringReport report, Digits digits) {
    return digits.apply("รอบการรายงาน" + report.round().thai())
        + " ("
        + date(report.period().start(), digits)
        + " ถึง "
        + date(report.period().end(), digits)
        + ")";
  }

  /** What a note is about: the whole plan, a goal, or an activity by its name. */
  static String subject(MonitoringNote note, MonitoringReport report, Digits digits) {
    if (note.goal().isEmpty()) {
      return "ภาพรวมของแผน";
    }
    int goal = note.goal().getAsInt();
    if (note.activity().isEmpty()) {
      String title =
          report.goals().stream()
              .filter(g -> g.number() == goal)
              .map(g -> " " + g.title())
              .findFirst()
              .orElse("");
      return digits.apply("เป้าหมาย KM ที่ " + goal) + title;
    }
    int activity = note.activity().getAsInt();
    String name =
        report.goals().stream()
            .flatMap(g -> g.activities().stream())
            .filter(a -> a.goal() == goal && a.number() == activity)
            .map(ActivityPart::name)
            .map(n -> " " + n)
            .findFirst()
            .orElse("");
    return digits.apply("กิจกรรมที่ " + goal + "." + activity) + name;
  }

  /** The name to print under a signature: the person, else a dotted line to write it on. */
  static String signatoryName(Signatory s) {
    return s.personName().orElse(BLANK_NAME);
  }
}
