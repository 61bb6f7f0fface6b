package th.km.core.textimport;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.MonthRange;
import th.km.core.calendar.ThaiDates;
import th.km.core.calendar.ThaiDigits;
import th.km.core.calendar.ThaiMonth;

/**
 * Reads an activity's period (ระยะเวลา) as the months it covers, in the forms plans write it: a
 * month range with years ("ต.ค. ๒๕๖๘ - ก.ย. ๒๕๖๙", "ตุลาคม 2568 – กันยายน 2569", abbreviations with
 * or without dots), a single month, the whole fiscal year ("ตลอดปีงบประมาณ"), fiscal quarters
 * ("ไตรมาส ๑-๒", "ไตรมาสที่ 3"), and months without a year, whose year the fiscal year decides.
 */
final class PeriodReader {

  /** The months a period covers, and a note when a rule other than reading supplied them. */
  record Reading(Optional<MonthRange> months, Optional<String> ruleTh, Optional<String> ruleEn) {

    static Reading read(MonthRange months) {
      return new Reading(Optional.of(months), Optional.empty(), Optional.empty());
    }

    static Reading byRule(MonthRange months, String th, String en) {
      return new Reading(Optional.of(months), Optional.of(th), Optional.of(en));
    }

    static Reading unreadable() {
      return new Reading(Optional.empty(), Optional.empty(), Optional.empty());
    }
  }

  private static final String QUARTER_DIGIT = "([1-4๑-๔])";
  private static final Pattern QUARTERS =
      Pattern.compile(
          "^ไตรมาส(?:ที่)?"
              + QUARTER_DIGIT
              + "(?:(?:-|–|—|ถึง|และ|,)(?:ไตรมาส(?:ที่)?)?"
              + QUARTER_DIGIT
              + ")?$");
  private static final Pattern MONTHS_WITHOUT_YEAR =
      Pattern.compile("^(\\S+?)(?:\\s*(?:-|–|—|ถึง)\\s*(\\S+))?$");

  private PeriodReader() {}

  /** Reads the period of an activity of the plan for the fiscal year. */
  static Reading read(String period, FiscalYear year) {
    String text = Text.trim(period);
    if (text.isEmpty()) {
      return Reading.unreadable();
    }
    Optional<MonthRange> written = ThaiDates.parseMonthRange(text);
    if (written.isPresent()) {
      return Reading.read(written.get());
    }
    String squeezed = Text.squeeze(text);
    if (squeezed.startsWith("ตลอดปีงบประมาณ")
        || squeezed.equals("ตลอดปี")
        || squeezed.equals("ตลอดทั้งปี")
        || squeezed.startsWith("ทั้งปีงบประมาณ")) {
      return Reading.read(year.months());
    }
    Matcher q = QUARTERS.matcher(squeezed);
    if (q.matches()) {
      int first = ThaiDigits.parseInt(q.group(1)).orElseThrow();
      int last = q.group(2) == null ? first : ThaiDigits.parseInt(q.group(2)).orElseThrow();
      if (last < first) {
        return Reading.unreadable();
      }
      YearMonth start = YearMonth.from(year.quarter(first).start());
      YearMonth end = YearMonth.from(year.quarter(last).end());
      return Reading.read(new MonthRange(start, end));
    }
    return monthsWithoutYear(text, year);
  }

  /** "มีนาคม", "ม.ค. - มี.ค.": the months of the fiscal year with those names. */
  private static Reading monthsWithoutYear(String text, FiscalYear year) {
    Matcher m = MONTHS_WITHOUT_YEAR.matcher(text.replaceAll("^(?:เดือน|ช่วง|ระหว่าง)\\s*", ""));
    if (!m.matches()) {
      return Reading.unreadable();
    }
    Optional<ThaiMonth> from = ThaiMonth.parse(m.group(1));
    Optional<ThaiMonth> to = m.group(2) == null ? from : ThaiMonth.parse(m.group(2));
    if (from.isEmpty() || to.isEmpty()) {
      return Reading.unreadable();
    }
    YearMonth start = inFiscalYear(from.get(), year);
    YearMonth end = inFiscalYear(to.get(), year);
    if (end.isBefore(start)) {
      return Reading.unreadable();
    }
    return Reading.byRule(
        new MonthRange(start, end),
        "ระยะเวลาไม่ระบุปี จึงใช้ปีตามปีงบประมาณ " + year.buddhistYear(),
        "the period gives no year; the years of fiscal year " + year.buddhistYear() + " were used");
  }

  private static YearMonth inFiscalYear(ThaiMonth month, FiscalYear year) {
    YearMonth candidate = YearMonth.of(year.gregorianEndYear(), month.month());
    return FiscalYear.fiscalMonthIndex(candidate) >= 4 ? candidate : candidate.minusYears(1);
  }
}
