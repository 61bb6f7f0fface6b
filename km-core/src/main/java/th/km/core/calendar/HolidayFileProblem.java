package th.km.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * One thing wrong in a holiday file, named precisely enough for a person to fix it.
 *
 * @param sourceName the file the line came from
 * @param line the 1-based line number
 * @param text the offending line (or the part of it at fault), verbatim
 * @param messageTh what is wrong, in Thai
 * @param messageEn what is wrong, in English
 */
public record HolidayFileProblem(
    String sourceName, int line, String text, String messageTh, String messageEn) {

  public HolidayFileProblem {
    checkArgument(line >= 1, "line numbers start at 1, got %s", line);
  }

  /** "holidays.txt บรรทัด 7: ไม่มีวันที่ 30 ในเดือนกุมภาพันธ์ … («2026-02-30 …»)". */
  public String describeTh() {
    return sourceName + " บรรทัด " + line + ": " + messageTh + " («" + text + "»)";
  }

  /** "holidays.txt line 7: there is no day 30 in February … («2026-02-30 …»)". */
  public String describeEn() {
    return sourceName + " line " + line + ": " + messageEn + " («" + text + "»)";
  }
}
