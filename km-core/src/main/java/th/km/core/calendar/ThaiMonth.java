package th.km.core.calendar;

import java.time.Month;
import java.util.Optional;

/** Thai month names, full and abbreviated, as Thai documents write them. */
public enum ThaiMonth {
  JANUARY(Month.JANUARY, "มกราคม", "ม.ค."),
  FEBRUARY(Month.FEBRUARY, "กุมภาพันธ์", "ก.พ."),
  MARCH(Month.MARCH, "มีนาคม", "มี.ค."),
  APRIL(Month.APRIL, "เมษายน", "เม.ย."),
  MAY(Month.MAY, "พฤษภาคม", "พ.ค."),
  JUNE(Month.JUNE, "มิถุนายน", "มิ.ย."),
  JULY(Month.JULY, "กรกฎาคม", "ก.ค."),
  AUGUST(Month.AUGUST, "สิงหาคม", "ส.ค."),
  SEPTEMBER(Month.SEPTEMBER, "กันยายน", "ก.ย."),
  OCTOBER(Month.OCTOBER, "ตุลาคม", "ต.ค."),
  NOVEMBER(Month.NOVEMBER, "พฤศจิกายน", "พ.ย."),
  DECEMBER(Month.DECEMBER, "ธันวาคม", "ธ.ค.");

  private final Month month;
  private final String fullName;
  private final String abbreviation;

  ThaiMonth(Month month, String fullName, String abbreviation) {
    this.month = month;
    this.fullName = fullName;
    this.abbreviation = abbreviation;
  }

  public Month month() {
    return month;
  }

  /** The full name, "ตุลาคม". */
  public String fullName() {
    return fullName;
  }

  /** The abbreviation with its dots, "ต.ค.". */
  public String abbreviation() {
    return abbreviation;
  }

  public static ThaiMonth of(Month month) {
    for (ThaiMonth m : values()) {
      if (m.month == month) {
        return m;
      }
    }
    throw new AssertionError("every month has a Thai name: " + month);
  }

  /**
   * The month a word names: a full name, or an abbreviation with, without or with only some of its
   * dots ("ต.ค.", "ต.ค", "ตค"). Surrounding white space is ignored.
   */
  public static Optional<ThaiMonth> parse(String word) {
    String w = word.strip();
    String bare = w.replace(".", "").replace(" ", "");
    if (bare.isEmpty()) {
      return Optional.empty();
    }
    for (ThaiMonth m : values()) {
      if (m.fullName.equals(w) || m.abbreviation.replace(".", "").equals(bare)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
