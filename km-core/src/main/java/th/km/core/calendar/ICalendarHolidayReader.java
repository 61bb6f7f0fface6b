package th.km.core.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads holiday files, plain or iCalendar, collecting every problem instead of stopping at the
 * first, so that a person can fix a file in one pass.
 */

/**
 * Reads a holiday file in iCalendar form (RFC 5545), as calendar programs export it: every VEVENT
 * a holiday, or a run of holidays, named by its SUMMARY. What it reads, and every problem it finds,
 * goes to the {@link HolidayFileParser} that holds the file's holidays.
 */
final class ICalendarHolidayReader {

  private static final Pattern ICS_DATE =
      Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})(Z)?)?");

  /**
   * Times written in UTC ("…T170000Z") are read on the Thai clock: a holiday is a Thai day, and
   * 17:00 UTC is already the next day in Bangkok.
   */
  private static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

  private final HolidayFileParser collected;

  ICalendarHolidayReader(HolidayFileParser collected) {
    this.collected = collected;
  }

  /** One unfolded content line of an iCalendar file and the physical line it started on. */
  private record ContentLine(int lineNo, String text, String name, String params, String value) {}

  /** What a VEVENT said, collected until its END line. */
  private static final class Event {
    @Nullable ContentLine start;
    @Nullable ContentLine end;
    @Nullable ContentLine duration;
    @Nullable ContentLine rule;
    @Nullable String summary;
    boolean cancelled;
  }

  HolidayParseResult read(List<String> lines) {
    Deque<String> components = new ArrayDeque<>();
    Event event = null;
    for (ContentLine line : unfold(lines)) {
      switch (line.name()) {
        case "BEGIN" -> {
          String component = line.value().toUpperCase(Locale.ROOT);
          components.push(component);
          if (component.equals("VEVENT")) {
            event = new Event();
          }
        }
        case "END" -> {
          String component = components.isEmpty() ? "" : components.pop();
          if (component.equals("VEVENT") && event != null) {
            readEvent(event, line);
            event = null;
          }
        }
        default -> {
          if (event != null && "VEVENT".equals(components.peek())) {
            collect(event, line);
          }
        }
      }
    }
    if (event != null) {
      collected.problem(
          lines.size(),
          "",
          "ไฟล์จบก่อน END:VEVENT ของเหตุการณ์สุดท้าย",
          "the file ends before the END:VEVENT of its last event");
    }
    return collected.result(null);
  }

  private static void collect(Event event, ContentLine line) {
    switch (line.name()) {
      case "DTSTART" -> event.start = line;
      case "DTEND" -> event.end = line;
      case "DURATION" -> event.duration = line;
      case "RRULE", "RDATE" -> event.rule = line;
      case "SUMMARY" -> event.summary = unescape(line.value()).strip();
      case "STATUS" -> event.cancelled = line.value().equalsIgnoreCase("CANCELLED");
      default -> {
        // Other properties (UID, DESCRIPTION, …) say nothing about which days are off.
      }
    }
  }

  private void readEvent(Event event, ContentLine endLine) {
    if (event.cancelled) {
      return;
    }
    ContentLine startLine = event.start;
    if (startLine == null) {
      collected.problem(
          endLine.lineNo(),
          endLine.text(),
          "เหตุการณ์ที่จบที่บรรทัดนี้ไม่มี DTSTART จึงไม่รู้ว่าเป็นวันใด",
          "the event that ends on this line has no DTSTART, so its day is unknown");
      return;
    }
    if (event.rule != null) {
      collected.problem(
          event.rule.lineNo(),
          event.rule.text(),
          "ไม่รองรับเหตุการณ์ซ้ำ (RRULE/RDATE) ให้แยกเป็นเหตุการณ์ละวัน",
          "repeating events (RRULE/RDATE) are not supported; list each holiday as its own event");
      return;
    }
    Optional<LocalDateTime> start = readIcsDate(startLine);
    if (start.isEmpty()) {
      return;
    }
    LocalDate first = start.get().toLocalDate();
    LocalDate last = first;
    if (event.end != null) {
      Optional<LocalDateTime> end = readIcsDate(event.end);
      if (end.isEmpty()) {
        return;
      }
      if (end.get().isBefore(start.get())) {
        collected.problem(
            event.end.lineNo(),
            event.end.text(),
            "DTEND มาก่อน DTSTART (บรรทัด " + startLine.lineNo() + ")",
            "DTEND comes before DTSTART (line " + startLine.lineNo() + ")");
        return;
      }
      last = lastDayBefore(start.get(), end.get());
    } else if (event.duration != null) {
      Optional<Period> length = readDuration(event.duration);
      if (length.isEmpty()) {
        return;
      }
      last = lastDayBefore(start.get(), start.get().plus(length.get()));
    }
    String name =
        event.summary == null || event.summary.isEmpty()
            ? HolidayCalendar.UNNAMED_HOLIDAY
            : event.summary;
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      collected.add(d, name, startLine.lineNo(), startLine.text());
    }
  }

  /** The end of an event is exclusive: its last day is the day of the moment just before it. */
  private static LocalDate lastDayBefore(LocalDateTime start, LocalDateTime end) {
    return end.isAfter(start) ? end.minusSeconds(1).toLocalDate() : start.toLocalDate();
  }

  private Optional<Period> readDuration(ContentLine line) {
    try {
      Period p = Period.parse(line.value().strip());
      if (!p.isNegative()) {
        return Optional.of(p);
      }
    } catch (DateTimeException e) {
      // reported below: a duration in hours says nothing about whole days off
    }
    collected.problem(
        line.lineNo(),
        line.text(),
        "DURATION ต้องเป็นจำนวนวันหรือสัปดาห์ เช่น P1D หรือ P2W",
        "DURATION must be whole days or weeks, such as P1D or P2W");
    return Optional.empty();
  }

  private Optional<LocalDateTime> readIcsDate(ContentLine line) {
    Matcher m = ICS_DATE.matcher(line.value().strip());
    if (!m.matches()) {
      collected.problem(
          line.lineNo(),
          line.text(),
          line.name() + " ไม่ใช่วันที่แบบ ปปปปดดวว (เช่น 20260413)",
          line.name() + " is not a date written yyyymmdd (such as 20260413)");
      return Optional.empty();
    }
    Optional<LocalDate> date =
        collected.checkedDate(
            line.lineNo(),
            line.text(),
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
    if (date.isEmpty()) {
      return Optional.empty();
    }
    if (m.group(4) == null) {
      return Optional.of(date.get().atStartOfDay());
    }
    LocalDateTime local;
    try {
      local =
          date.get()
              .atTime(
                  Integer.parseInt(m.group(4)),
                  Integer.parseInt(m.group(5)),
                  Integer.parseInt(m.group(6)));
    } catch (DateTimeException e) {
      collected.problem(
          line.lineNo(),
          line.text(),
          line.name() + " มีเวลาที่ไม่มีจริง",
          line.name() + " holds a time of day that does not exist");
      return Optional.empty();
    }
    if (m.group(7) != null) {
      local = local.atOffset(ZoneOffset.UTC).atZoneSameInstant(THAILAND).toLocalDateTime();
    }
    return Optional.of(local);
  }

  private List<ContentLine> unfold(List<String> lines) {
    List<ContentLine> out = new ArrayList<>();
    StringBuilder current = null;
    int currentLine = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (current != null && !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
        current.append(line, 1, line.length());
        continue;
      }
      if (current != null) {
        split(currentLine, current.toString()).ifPresent(out::add);
      }
      current = line.isBlank() ? null : new StringBuilder(line);
      currentLine = i + 1;
    }
    if (current != null) {
      split(currentLine, current.toString()).ifPresent(out::add);
    }
    return out;
  }

  /** Splits "NAME;PARAM=…:value", minding colons inside quoted parameter values. */
  private Optional<ContentLine> split(int lineNo, String text) {
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ':' && !quoted) {
        String head = text.substring(0, i);
        int semicolon = head.indexOf(';');
        String name = (semicolon >= 0 ? head.substring(0, semicolon) : head).strip();
        String params = semicolon >= 0 ? head.substring(semicolon + 1) : "";
        return Optional.of(
            new ContentLine(
                lineNo, text, name.toUpperCase(Locale.ROOT), params, text.substring(i + 1)));
      }
    }
    collected.problem(
        lineNo,
        text,
        "บรรทัดนี้ไม่ใช่บรรทัดของ iCalendar (ไม่มีเครื่องหมาย :)",
        "this is not an iCalendar content line (it has no ':')");
    return Optional.empty();
  }

  private static String unescape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        char n = value.charAt(++i);
        out.append(n == 'n' || n == 'N' ? ' ' : n);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
