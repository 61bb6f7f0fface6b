package th.km.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Periods counted in days the way the Thai Civil and Commercial Code (ประมวลกฎหมายแพ่งและพาณิชย์)
 * counts them, such as the 15 days a trained officer has to file the training report (รายงานผลการ
 * ฝึกอบรม) after returning.
 *
 * <ul>
 *   <li>Section 193/3: the day of the event is not counted; the first day is the day after it.
 *   <li>Section 193/8: when the last day is a day off (a weekend or a public holiday), the period
 *       ends on the next working day.
 * </ul>
 */
public final class DueDates {

  private DueDates() {}

  /**
   * When a report falls due that must be filed within {@code days} days of {@code returned}.
   *
   * @param returned the day the person returned; not counted
   * @param days the length of the period, at least 1
   * @param holidays the public holidays that, besides weekends, are days off
   */
  public static DueDate reportDue(LocalDate returned, int days, HolidayCalendar holidays) {
    checkArgument(days >= 1, "a period must last at least one day, got %s days", days);
    LocalDate nominal = returned.plusDays(days);
    List<String> skipped = new ArrayList<>();
    LocalDate due = nominal;
    while (!holidays.isWorkingDay(due)) {
      skipped.add(dayOffName(due, holidays));
      due = due.plusDays(1);
    }
    return new DueDate(returned, days, nominal, due, skipped);
  }

  /** A holiday by its name ("วันสงกรานต์"), a plain weekend day by its weekday ("วันเสาร์"). */
  private static String dayOffName(LocalDate day, HolidayCalendar holidays) {
    return holidays.holidayName(day).orElseGet(() -> ThaiDates.weekdayName(day.getDayOfWeek()));
  }

  /** Whether a report handed in on {@code submitted} met the period of {@code days} days. */
  public static boolean isOnTime(
      LocalDate returned, int days, LocalDate submitted, HolidayCalendar holidays) {
    return reportDue(returned, days, holidays).isMetBy(submitted);
  }
}
