package th.km.web.tasks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes tasks with a due day as an iCalendar (RFC 5545) calendar: one all-day event per task on
 * its due day, whose UID stays the same from one reading to the next so that a calendar program
 * updates the event instead of adding another. Lines end with CRLF and are folded at 75 octets
 * (of UTF-8, so a Thai character is never split); text values are escaped.
 */
public final class ICalendar {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private ICalendar() {}

  /**
   * The calendar of the tasks that have a due day.
   *
   * @param name the calendar's name, shown by calendar programs
   * @param domain the right side of every UID, naming the organization, such as {@code ban-waen.km}
   * @param tasks the tasks; those without a due day are left out
   * @param thai whether the summaries are Thai
   * @param now the moment of writing, for DTSTAMP
   */
  public static String write(String name, String domain, List<Task> tasks, boolean thai, Instant now) {
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//km//KM plan tasks//TH");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:PUBLISH");
    line(out, "X-WR-CALNAME:" + escape(name));
    for (Task task : tasks) {
      if (task.due().isEmpty()) {
        continue;
      }
      LocalDate due = task.due().get();
      line(out, "BEGIN:VEVENT");
      line(out, "UID:" + task.id() + "@" + domain);
      line(out, "DTSTAMP:" + STAMP.format(now));
      line(out, "DTSTART;VALUE=DATE:" + DAY.format(due));
      line(out, "DTEND;VALUE=DATE:" + DAY.format(due.plusDays(1)));
      line(out, "SUMMARY:" + escape(task.text(thai)));
      line(out, "TRANSP:TRANSPARENT");
      line(out, "END:VEVENT");
    }
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  /** A TEXT value with its backslashes, semicolons, commas and line breaks escaped (RFC 5545 3.3.11). */
  static String escape(String text) {
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
  }

  /** Appends the content line folded at 75 octets, each continuation starting with a space. */
  private static void line(StringBuilder out, String content) {
    int octets = 0;
    int limit = 75;
    for (int i = 0; i < content.length(); ) {
      int cp = content.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(cp);
      octets += size;
      i += Character.charCount(cp);
    }
    out.append("\r\n");
  }
}
