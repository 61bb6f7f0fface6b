package th.km.core.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
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
 * first, so that a person can fix a file in one pass. The plain format is read here, iCalendar by
 * {@link ICalendarHolidayReader}; both add what they read through the methods they share here.
 */
final class HolidayFileParser {

  private static final String COVERS = "covers";
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

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
    return isICalendar(lines)
        ? new ICalendarHolidayReader(parser).read(lines)
        : parser.readPlain(lines);
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

  // ---- shared ---------------------------------------------------------------------------------

  Optional<LocalDate> checkedDate(int lineNo, String raw, int year, int month, int day) {
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

  void add(LocalDate date, String name, int lineNo, String raw) {
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

  void problem(int lineNo, String text, String th, String en) {
    problems.add(new HolidayFileProblem(sourceName, Math.max(1, lineNo), text, th, en));
  }

  HolidayParseResult result(@Nullable DateRange coverage) {
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
