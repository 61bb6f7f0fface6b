package th.km.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * When something counted in days from an event falls due, with the days off it was moved over.
 *
 * @param returned the day of the event (the return from training); it is not counted itself
 * @param days the length of the period in days
 * @param nominalLastDay the last day of the period as counted, before moving over days off
 * @param due the day the period really ends: {@code nominalLastDay} or the next working day
 * @param shiftedOver the names of the days off moved over, in order ("วันเสาร์", "วันสงกรานต์");
 *     empty when the last day was a working day
 */
public record DueDate(
    LocalDate returned,
    int days,
    LocalDate nominalLastDay,
    LocalDate due,
    List<String> shiftedOver) {

  private static final DateTimeFormatter ENGLISH_DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

  public DueDate {
    shiftedOver = List.copyOf(shiftedOver);
    checkArgument(days >= 1, "a period lasts at least one day, got %s", days);
    checkArgument(
        nominalLastDay.equals(returned.plusDays(days)),
        "the %s-day period from %s ends on %s, not %s",
        days,
        returned,
        returned.plusDays(days),
        nominalLastDay);
    checkArgument(
        !due.isBefore(nominalLastDay), "due day %s precedes the last day %s", due, nominalLastDay);
    checkArgument(
        shiftedOver.isEmpty() == due.equals(nominalLastDay),
        "a due day moved from %s to %s must name the days off moved over, got %s",
        nominalLastDay,
        due,
        shiftedOver);
  }

  /** Whether the last day was a day off, so the period ran on to the next working day. */
  public boolean isShifted() {
    return !shiftedOver.isEmpty();
  }

  /** Whether something handed in on that day was in time: on or before the due day. */
  public boolean isMetBy(LocalDate submitted) {
    return !submitted.isAfter(due);
  }

  /**
   * Why the due day is what it is, in Thai: "ครบกำหนด ๑๕ วันในวันเสาร์ที่ ๑๘ เมษายน พ.ศ. ๒๕๖๙ ซึ่งเป็นวันหยุด
   * (วันเสาร์, วันอาทิตย์) เลื่อนเป็นวันจันทร์ที่ ๒๐ เมษายน พ.ศ. ๒๕๖๙ …".
   */
  public String reasonTh() {
    String counted =
        "ครบกำหนด "
            + ThaiDigits.toThai(Integer.toString(days))
            + " วันใน"
            + ThaiDates.formatWithWeekday(nominalLastDay, ThaiDates.Digits.THAI);
    if (!isShifted()) {
      return counted + " (นับวันถัดจากวันที่ " + thai(returned) + " เป็นวันแรก ตาม ป.พ.พ. มาตรา ๑๙๓/๓)";
    }
    return counted
        + " ซึ่งเป็นวันหยุด ("
        + daysOff(true)
        + ") เลื่อนเป็น"
        + ThaiDates.formatWithWeekday(due, ThaiDates.Digits.THAI)
        + " ซึ่งเป็นวันเริ่มทำการใหม่ (ป.พ.พ. มาตรา ๑๙๓/๘)";
  }

  /**
   * Why the due day is what it is, in English: "the 15th day falls on Saturday 18 April 2026, a
   * day off (…); due Monday 20 April 2026, the next working day …".
   */
  public String reasonEn() {
    String counted =
        "the " + ordinal(days) + " day falls on " + ENGLISH_DAY.format(nominalLastDay);
    if (!isShifted()) {
      return counted
          + " (counting starts the day after "
          + ENGLISH_DAY.format(returned)
          + ", Civil and Commercial Code s. 193/3)";
    }
    return counted
        + ", a day off ("
        + daysOff(false)
        + "); due "
        + ENGLISH_DAY.format(due)
        + ", the next working day (Civil and Commercial Code s. 193/8)";
  }

  /**
   * The days off moved over, a run of days with the same name said once: "วันสงกรานต์ ๓ วัน" rather
   * than the name three times. In English a plain weekend day is named in English.
   */
  private String daysOff(boolean thai) {
    List<String> runs = new ArrayList<>();
    int i = 0;
    while (i < shiftedOver.size()) {
      String name = shiftedOver.get(i);
      int j = i;
      while (j < shiftedOver.size() && shiftedOver.get(j).equals(name)) {
        j++;
      }
      int count = j - i;
      LocalDate first = nominalLastDay.plusDays(i);
      String shown =
          !thai && name.equals(ThaiDates.weekdayName(first.getDayOfWeek()))
              ? first.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              : name;
      if (count > 1) {
        shown += thai ? " " + ThaiDigits.toThai(Integer.toString(count)) + " วัน" : " (" + count + " days)";
      }
      runs.add(shown);
      i = j;
    }
    return String.join(", ", runs);
  }

  private static String thai(LocalDate date) {
    return ThaiDates.format(date, ThaiDates.MonthStyle.FULL, ThaiDates.Digits.THAI);
  }

  private static String ordinal(int n) {
    int lastTwo = n % 100;
    String suffix;
    if (lastTwo >= 11 && lastTwo <= 13) {
      suffix = "th";
    } else {
      suffix =
          switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
          };
    }
    return n + suffix;
  }
}
