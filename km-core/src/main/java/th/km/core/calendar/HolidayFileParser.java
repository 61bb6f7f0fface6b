package th.km.core.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Period;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads holiday files, plain or iCalendar, collecting every problem instead of stopping at the
 * first, so that a person can fix a file in one pass.
 */
final class HolidayFileParser {

  private static final String COVERS = "covers";
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern ICS_DATE =
      Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})(Z)?)?");

  /**
   * Times written in UTC ("…T170000Z") are read on the Thai clock: a holiday is a Thai day, and
   * 17:00 UTC is already the next day in Bangkok.
   */
  private static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

  private final String sourceName;
  private final List<HolidayFileProblem> problems = new ArrayList<>();
  private final Map<LocalDate, String> holidays = new HashMap<>();
  private final Map<LocalDate, Integer> lineOf = new HashMap<>();

  private HolidayFileParser(String sourceName) {
    this.sourceName = sourceName;
  }

  static HolidayParseResult parse(String text, String sourceName) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<String> lines = List.of(body.split("\\R", -1));
    HolidayFileParser parser = new HolidayFileParser(sourceName);
    return isICalendar(lines) ? parser.readICalendar(lines) : parser.readPlain(lines);
  }

  private static boolean isICalendar(List<String> lines) {
    for (String line : lines) {
      if (!line.isBlank()) {
        return line.strip().equalsIgnoreCase("BEGIN:VCALENDAR");
      }
    }
    return false;
  }

  // ---- plain format ---------------------------------------------------------------------------

  private HolidayParseResult readPlain(List<String> lines) {
    DateRange coverage = null;
    int coverageLine = 0;
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      String raw = lines.get(i);
      int hash = raw.indexOf('#');
      String content = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      if (content.isEmpty()) {
        continue;
      }
      String[] parts = content.split("\\s+", 2);
      String first = parts[0];
      String rest = parts.length > 1 ? parts[1].strip() : "";
      if (first.equals(COVERS)) {
        Optional<DateRange> read = readCoverage(lineNo, raw, rest);
        if (read.isPresent()) {
          if (coverage != null) {
            problem(
                lineNo,
                raw,
                "บรรทัด covers มีได้เพียงบรรทัดเดียว (มีแล้วที่บรรทัด " + coverageLine + ")",
                "only one 'covers' line is allowed (there is one on line " + coverageLine + ")");
          } else {
            coverage = read.get();
            coverageLine = lineNo;
          }
        }
        continue;
      }
      Optional<LocalDate> date = readIsoDate(lineNo, raw, first);
      if (date.isPresent()) {
        add(date.get(), rest.isEmpty() ? HolidayCalendar.UNNAMED_HOLIDAY : rest, lineNo, raw);
      }
    }
    if (coverage != null) {
      for (Map.Entry<LocalDate, Integer> e : sortedLines()) {
        if (!coverage.contains(e.getKey())) {
          problem(
              e.getValue(),
              lines.get(e.getValue() - 1),
              "วันที่ " + e.getKey() + " อยู่นอกช่วงที่บรรทัด covers (บรรทัด " + coverageLine
                  + ") ระบุไว้ คือ " + coverage.start() + " ถึง " + coverage.end(),
              e.getKey() + " lies outside the days the 'covers' line (line " + coverageLine
                  + ") states, " + coverage.start() + " to " + coverage.end());
        }
      }
    }
    return result(coverage);
  }

  private Optional<DateRange> readCoverage(int lineNo, String raw, String rest) {
    String[] dates = rest.split("\\s+");
    if (dates.length != 2) {
      problem(
          lineNo,
          raw,
          "บรรทัด covers ต้องมีวันที่สองวัน คือวันแรกและวันสุดท้ายที่ไฟล์ครอบคลุม เช่น covers"
              + " 2025-01-01 2027-12-31",
          "a 'covers' line needs two dates, the first and the last day the file speaks for, such"
              + " as: covers 2025-01-01 2027-12-31");
      return Optional.empty();
    }
    Optional<LocalDate> from = readIsoDate(lineNo, raw, dates[0]);
    Optional<LocalDate> to = readIsoDate(lineNo, raw, dates[1]);
    if (from.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    if (to.get().isBefore(from.get())) {
      problem(
          lineNo,
          raw,
          "วันสุดท้าย " + to.get() + " มาก่อนวันแรก " + from.get(),
          "the last day " + to.get() + " comes before the first day " + from.get());
      return Optional.empty();
    }
    return Optional.of(new DateRange(from.get(), to.get()));
  }

  private Optional<LocalDate> readIsoDate(int lineNo, String raw, String token) {
    Matcher m = ISO_DATE.matcher(ThaiDigits.toArabic(token));
    if (!m.matches()) {
      problem(
          lineNo,
          raw,
          "«" + token + "» ไม่ใช่วันที่ บรรทัดต้องขึ้นต้นด้วยวันที่แบบ ปปปป-ดด-วว ปีคริสต์ศักราช"
              + " (เช่น 2026-04-13) ตามด้วยชื่อวันหยุด",
          "'" + token + "' is not a date; a line must start with a date written yyyy-mm-dd, Gregorian"
              + " year (such as 2026-04-13), followed by the holiday's name");
      return Optional.empty();
    }
    return checkedDate(
        lineNo,
        raw,
        Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)));
  }

  // ---- iCalendar ------------------------------------------------------------------------------

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

  private HolidayParseResult readICalendar(List<String> lines) {
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
      problem(
          lines.size(),
          "",
          "ไฟล์จบก่อน END:VEVENT ของเหตุการณ์สุดท้าย",
          "the file ends before the END:VEVENT of its last event");
    }
    return result(null);
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
      problem(
          endLine.lineNo(),
          endLine.text(),
          "เหตุการณ์ที่จบที่บรรทัดนี้ไม่มี DTSTART จึงไม่รู้ว่าเป็นวันใด",
          "the event that ends on this line has no DTSTART, so its day is unknown");
      return;
    }
    if (event.rule != null) {
      problem(
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
        problem(
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
      add(d, name, startLine.lineNo(), startLine.text());
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
    problem(
        line.lineNo(),
        line.text(),
        "DURATION ต้องเป็นจำนวนวันหรือสัปดาห์ เช่น P1D หรือ P2W",
        "DURATION must be whole days or weeks, such as P1D or P2W");
    return Optional.empty();
  }

  private Optional<LocalDateTime> readIcsDate(ContentLine line) {
    Matcher m = ICS_DATE.matcher(line.value().strip());
    if (!m.matches()) {
      problem(
          line.lineNo(),
          line.text(),
          line.name() + " ไม่ใช่วันที่แบบ ปปปปดดวว (เช่น 20260413)",
          line.name() + " is not a date written yyyymmdd (such as 20260413)");
      return Optional.empty();
    }
    Optional<LocalDate> date =
        checkedDate(
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
      problem(
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
    problem(
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

  // ---- shared ---------------------------------------------------------------------------------

  private Optional<LocalDate> checkedDate(int lineNo, String raw, int year, int month, int day) {
    if (year >= 2400 && year <= 2700) {
      int gregorian = ThaiDates.toGregorianYear(year);
      problem(
          lineNo,
          raw,
          "ปี " + year + " เป็นปีพุทธศักราช ให้เขียนเป็นปีคริสต์ศักราช " + gregorian,
          year + " is a Buddhist-era year; write the Gregorian year " + gregorian);
      return Optional.empty();
    }
    if (month < 1 || month > 12) {
      problem(
          lineNo,
          raw,
          "ไม่มีเดือนที่ " + month + " (เดือนมี 1 ถึง 12)",
          "there is no month " + month + " (months run from 1 to 12)");
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      Month m = Month.of(month);
      int length = m.length(Year.isLeap(year));
      problem(
          lineNo,
          raw,
          "ไม่มีวันที่ " + day + " ในเดือน" + ThaiMonth.of(m).fullName() + " " + year
              + " (เดือนนี้มี " + length + " วัน)",
          "there is no day " + day + " in " + m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              + " " + year + " (the month has " + length + " days)");
      return Optional.empty();
    }
  }

  private void add(LocalDate date, String name, int lineNo, String raw) {
    Integer earlier = lineOf.get(date);
    if (earlier != null) {
      problem(
          lineNo,
          raw,
          "วันที่ " + date + " ซ้ำ: มีอยู่แล้วที่บรรทัด " + earlier + " และอีกครั้งที่บรรทัด " + lineNo
              + " (ถ้าวันเดียวมีหลายชื่อ ให้รวมไว้ในบรรทัดเดียว)",
          date + " is listed twice, on line " + earlier + " and again on line " + lineNo
              + " (give a day with several names one line)");
      return;
    }
    holidays.put(date, name);
    lineOf.put(date, lineNo);
  }

  private List<Map.Entry<LocalDate, Integer>> sortedLines() {
    List<Map.Entry<LocalDate, Integer>> entries = new ArrayList<>(lineOf.entrySet());
    entries.sort(Map.Entry.comparingByValue());
    return entries;
  }

  private void problem(int lineNo, String text, String th, String en) {
    problems.add(new HolidayFileProblem(sourceName, Math.max(1, lineNo), text, th, en));
  }

  private HolidayParseResult result(@Nullable DateRange coverage) {
    if (problems.isEmpty() && holidays.isEmpty()) {
      problem(
          1,
          "",
          "ไฟล์ไม่มีวันหยุดเลยแม้แต่วันเดียว",
          "the file lists no holidays at all");
    }
    if (!problems.isEmpty()) {
      List<HolidayFileProblem> sorted = new ArrayList<>(problems);
      sorted.sort(Comparator.comparingInt(HolidayFileProblem::line));
      return new HolidayParseResult.Rejected(sorted);
    }
    return new HolidayParseResult.Parsed(
        coverage == null ? HolidayCalendar.of(holidays) : HolidayCalendar.of(holidays, coverage));
  }
}
