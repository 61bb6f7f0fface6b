package th.km.core.target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import th.km.core.calendar.ThaiDigits;

/**
 * Reads the target (เป้าหมาย) of a plan activity as the plan writes it, in Thai or Arabic digits and
 * with the stray spaces of a PDF extraction, into a {@link ParsedTarget}.
 *
 * <p>A percentage wins over a count ("… อายุครบ ๖๐ปี … ร้อยละ ๑๐๐" is 100%), a count with explicit
 * words ("ไม่น้อยกว่า ๕ คน") wins over "every", and "every" wins over a bare number. Years
 * ("พ.ศ. ๒๕๖๙"), ages ("อายุครบ ๖๐ปี") and item numbers ("๑.") are never read as counts.
 */
public final class TargetParser {

  private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
  private static final String RANGE_DASH = "(?:-|–|—|ถึง)";

  private static final Pattern PERCENT_RANGE =
      Pattern.compile(
          "(?:ระหว่าง)?ร้อยละ" + NUMBER + "%?" + RANGE_DASH + "(?:ร้อยละ)?" + NUMBER + "%?"
              + "|(?:ระหว่าง)?" + NUMBER + "%?" + RANGE_DASH + NUMBER + "%");
  private static final Pattern PERCENT = Pattern.compile("ร้อยละ" + NUMBER + "|" + NUMBER + "%");
  private static final Pattern INTEGER = Pattern.compile("(?<![\\d.])(\\d+)(?![\\d])");
  private static final Pattern COUNT_RANGE =
      Pattern.compile("(?<![\\d.])(?:ระหว่าง)?(\\d+)" + RANGE_DASH + "(\\d+)(?![\\d.%])");
  private static final Pattern ITEM_MARKER =
      Pattern.compile("(?<=^|\\s)([0-9๐-๙]{1,2})\\s?\\.(?![0-9๐-๙])");
  private static final Pattern LEADING_ITEM_MARKER = Pattern.compile("^\\s*[0-9๐-๙]{1,2}\\s?\\.(?![0-9๐-๙])");

  /** Words before a bound, longest first where one contains another. */
  private static final List<Keyword> KEYWORDS =
      List.of(
          new Keyword("มากกว่าหรือเท่ากับ", Comparator.AT_LEAST, 0),
          new Keyword("น้อยกว่าหรือเท่ากับ", Comparator.AT_MOST, 0),
          new Keyword("ไม่น้อยกว่า", Comparator.AT_LEAST, 0),
          new Keyword("ไม่ต่ำกว่า", Comparator.AT_LEAST, 0),
          new Keyword("อย่างน้อย", Comparator.AT_LEAST, 0),
          new Keyword("ขั้นต่ำ", Comparator.AT_LEAST, 0),
          new Keyword("ไม่เกิน", Comparator.AT_MOST, 0),
          new Keyword("ไม่มากกว่า", Comparator.AT_MOST, 0),
          new Keyword("ไม่สูงกว่า", Comparator.AT_MOST, 0),
          new Keyword("สูงสุด", Comparator.AT_MOST, 0),
          new Keyword("ภายใน", Comparator.AT_MOST, 0),
          new Keyword("เท่ากับ", Comparator.EQUAL, 0),
          // Strict comparisons: exact for counts (more than 4 is at least 5); for a percentage
          // plans write "more than" for a floor, so it is read as one.
          new Keyword("มากกว่า", Comparator.AT_LEAST, 1),
          new Keyword("เกิน", Comparator.AT_LEAST, 1),
          new Keyword("น้อยกว่า", Comparator.AT_MOST, -1),
          new Keyword("ต่ำกว่า", Comparator.AT_MOST, -1));

  /** Classifiers that follow a number, longest first so that "รายการ" beats "ราย". */
  private static final List<String> UNITS =
      sortedLongestFirst(
          "คน", "ครั้ง", "เรื่อง", "ฉบับ", "แห่ง", "กิจกรรม", "โครงการ", "เล่ม", "ชิ้น", "หลักสูตร",
          "ช่องทาง", "ราย", "รายการ", "รายงาน", "ตำแหน่ง", "กอง", "สำนัก", "ส่วนราชการ", "หน่วยงาน",
          "รุ่น", "วัน", "ชั่วโมง", "เดือน", "ปี", "องค์ความรู้", "ชุด", "แผ่น", "ป้าย", "ระบบ",
          "ฐานข้อมูล", "คู่มือ", "บทความ", "ผลงาน", "นวัตกรรม", "ทีม", "กลุ่ม", "เครือข่าย", "ข้อ",
          "ประเด็น", "แผน", "เว็บไซต์", "ช่อง", "คลิป", "ภาพ", "บอร์ด");

  /** Sets a target covers every member of; the word after "ทุก" is cut to one of these. */
  private static final List<String> SET_WORDS =
      sortedLongestFirst(
          "สำนัก/กอง", "ส่วนราชการ", "หน่วยงาน", "ตำแหน่ง", "กอง", "สำนัก", "คน", "ระดับ", "ฝ่าย",
          "งาน", "ชุมชน", "หมู่บ้าน", "โรงเรียน", "ศูนย์", "กิจกรรม", "โครงการ", "ครั้ง");

  /** After "ทุก" these are frequencies ("every month"), not coverage of a set. */
  private static final List<String> PERIOD_WORDS =
      List.of("ปี", "เดือน", "วัน", "ไตรมาส", "สัปดาห์", "อาทิตย์", "ภาคเรียน", "ระยะ", "ชั่วโมง");

  private TargetParser() {}

  /** Reads one target. Never throws for any text; what it cannot read is {@code Unmeasurable}. */
  public static ParsedTarget parse(String targetText) {
    String text = LEADING_ITEM_MARKER.matcher(targetText).replaceFirst("");
    SqueezedText s = SqueezedText.of(text);
    if (s.text().isEmpty()) {
      return new ParsedTarget.Unmeasurable("ไม่ได้เขียนเป้าหมาย", "no target is written");
    }
    Optional<ParsedTarget> percentage = percentage(s.text());
    if (percentage.isPresent()) {
      return percentage.get();
    }
    Optional<Candidate> count = count(s);
    if (count.isPresent() && count.get().explicit()) {
      return count.get().target();
    }
    Optional<ParsedTarget> every = every(s, text);
    if (every.isPresent()) {
      return every.get();
    }
    if (count.isPresent()) {
      return count.get().target();
    }
    return unmeasurable(s.text());
  }

  /**
   * Reads a target text that holds several numbered targets ("๑. มีคู่มือการปฏิบัติงาน ๒.
   * พนักงานเข้าร่วมอบรมไม่น้อยกว่า ๕ คน"), one result per part in order; a text without such a run
   * gives one result.
   */
  public static List<ParsedTarget> parseAll(String targetText) {
    return splitNumbered(targetText).stream().map(TargetParser::parse).toList();
  }

  /**
   * Splits a text at a run of item numbers that counts up from one (๑. ๒. ๓. or 1. 2. 3.), each
   * number at the start or after white space; the numbers are dropped. Numbers out of sequence stay
   * in the text. A text without at least "๑." and "๒." comes back whole.
   */
  public static List<String> splitNumbered(String text) {
    List<int[]> cuts = new ArrayList<>();
    int expected = 1;
    Matcher m = ITEM_MARKER.matcher(text);
    while (m.find()) {
      if (ThaiDigits.parseInt(m.group(1)).orElse(-1) == expected) {
        cuts.add(new int[] {m.start(), m.end()});
        expected++;
      }
    }
    if (cuts.size() < 2) {
      return List.of(text.strip());
    }
    List<String> parts = new ArrayList<>();
    String before = text.substring(0, cuts.get(0)[0]).strip();
    if (!before.isEmpty()) {
      parts.add(before);
    }
    for (int i = 0; i < cuts.size(); i++) {
      int end = i + 1 < cuts.size() ? cuts.get(i + 1)[0] : text.length();
      String part = text.substring(cuts.get(i)[1], end).strip();
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    return List.copyOf(parts);
  }

  private static Optional<ParsedTarget> percentage(String s) {
    Matcher range = PERCENT_RANGE.matcher(s);
    if (range.find()) {
      String low = range.group(1) != null ? range.group(1) : range.group(3);
      String high = range.group(1) != null ? range.group(2) : range.group(4);
      BigDecimal lower = new BigDecimal(low);
      BigDecimal upper = new BigDecimal(high);
      if (upper.compareTo(lower) >= 0) {
        return Optional.of(
            new ParsedTarget.Percentage(Comparator.BETWEEN, lower, Optional.of(upper)));
      }
    }
    Matcher m = PERCENT.matcher(s);
    if (m.find()) {
      BigDecimal value = new BigDecimal(m.group(1) != null ? m.group(1) : m.group(2));
      Optional<Keyword> keyword = keywordBefore(s, m.start());
      Comparator cmp = keyword.map(Keyword::comparator).orElse(Comparator.AT_LEAST);
      if (keyword.isEmpty() && s.startsWith("ลงมา", m.end())) {
        cmp = Comparator.AT_MOST;
      }
      return Optional.of(new ParsedTarget.Percentage(cmp, value));
    }
    return Optional.empty();
  }

  private record Candidate(ParsedTarget.Count target, boolean explicit) {}

  private static Optional<Candidate> count(SqueezedText sq) {
    String s = sq.text();
    List<Candidate> found = new ArrayList<>();
    Matcher range = COUNT_RANGE.matcher(s);
    List<int[]> rangeSpans = new ArrayList<>();
    while (range.find()) {
      if (isYearOrAge(s, range.start(1), range.group(1))
          || isYearOrAge(s, range.start(2), range.group(2))) {
        rangeSpans.add(new int[] {range.start(), range.end()});
        continue;
      }
      int low = Integer.parseInt(range.group(1));
      int high = Integer.parseInt(range.group(2));
      rangeSpans.add(new int[] {range.start(), range.end()});
      if (high >= low) {
        found.add(
            new Candidate(
                new ParsedTarget.Count(
                    Comparator.BETWEEN, low, Optional.of(high), unitAt(sq, range.end())),
                true));
      }
    }
    Matcher m = INTEGER.matcher(s);
    while (m.find()) {
      int start = m.start(1);
      if (insideAny(rangeSpans, start)
          || m.group(1).length() > 9
          || isYearOrAge(s, start, m.group(1))
          || s.startsWith(".", m.end())) {
        continue;
      }
      int value = Integer.parseInt(m.group(1));
      Optional<Keyword> keyword = keywordBefore(s, start);
      Comparator cmp = keyword.map(Keyword::comparator).orElse(Comparator.AT_LEAST);
      int adjusted = value + keyword.map(Keyword::strictShift).orElse(0);
      String unit = unitAt(sq, m.end());
      if (keyword.isEmpty() && s.startsWith("ขึ้นไป", m.end() + compact(unit).length())) {
        keyword = Optional.of(new Keyword("ขึ้นไป", Comparator.AT_LEAST, 0));
      }
      if (adjusted < 0) {
        continue;
      }
      found.add(
          new Candidate(new ParsedTarget.Count(cmp, adjusted, unit), keyword.isPresent()));
    }
    return found.stream()
        .filter(Candidate::explicit)
        .findFirst()
        .or(() -> found.stream().findFirst());
  }

  private static Optional<ParsedTarget> every(SqueezedText sq, String original) {
    String s = sq.text();
    int from = 0;
    while (true) {
      int at = s.indexOf("ทุก", from);
      if (at < 0) {
        return Optional.empty();
      }
      from = at + 3;
      if (s.startsWith("ข์", from)) {
        continue;
      }
      String what = wordAfter(original, sq.originalIndex(from));
      if (what.isEmpty()
          || ThaiDigits.isDigit(what.charAt(0))
          || PERIOD_WORDS.stream().anyMatch(what::startsWith)) {
        continue;
      }
      String set = what;
      for (String word : SET_WORDS) {
        if (what.startsWith(word)) {
          set = word;
          break;
        }
      }
      return Optional.of(new ParsedTarget.Every(set));
    }
  }

  private static ParsedTarget unmeasurable(String s) {
    if (s.contains("ร้อยละ") || s.contains("%")) {
      return new ParsedTarget.Unmeasurable(
          "เขียนว่าร้อยละแต่ไม่มีตัวเลข", "it says per cent but gives no number");
    }
    if (s.contains("จำนวน")) {
      return new ParsedTarget.Unmeasurable(
          "นับจำนวนแต่ไม่ได้บอกว่าต้องได้เท่าใด", "it counts something but does not say how many");
    }
    if (s.startsWith("มี")) {
      return new ParsedTarget.Unmeasurable(
          "บอกเพียงว่ามีหรือได้ทำสิ่งนั้น ไม่มีตัวเลข ร้อยละ หรือคำว่า \"ทุก\"",
          "it only says that something exists or is done, with no number, percentage or \"every\"");
    }
    return new ParsedTarget.Unmeasurable(
        "ไม่มีตัวเลข ร้อยละ หรือคำว่า \"ทุก\" ที่ใช้วัดผลได้",
        "it has no number, percentage or \"every\" to measure against");
  }

  /**
   * The comparison word that ends nearest before {@code at}, within the few words since the
   * previous number; the longer word wins where two end together ("ไม่น้อยกว่า" over "น้อยกว่า").
   */
  private static Optional<Keyword> keywordBefore(String s, int at) {
    int windowStart = Math.max(0, at - 20);
    for (int i = at - 1; i >= windowStart; i--) {
      if (ThaiDigits.isDigit(s.charAt(i)) || s.charAt(i) == '%') {
        windowStart = i + 1;
        break;
      }
    }
    String window = s.substring(windowStart, at);
    @Nullable Keyword best = null;
    int bestEnd = -1;
    for (Keyword k : KEYWORDS) {
      int i = window.lastIndexOf(k.word());
      if (i >= 0) {
        int end = i + k.word().length();
        if (best == null || end > bestEnd || (end == bestEnd && k.word().length() > best.word().length())) {
          best = k;
          bestEnd = end;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean isYearOrAge(String s, int start, String digits) {
    int value = Integer.parseInt(digits.length() > 9 ? "0" : digits);
    if (digits.length() == 4 && value >= 2400 && value <= 2700) {
      return true;
    }
    String before = s.substring(Math.max(0, start - 7), start);
    return before.endsWith("พ.ศ.")
        || before.endsWith("พ.ศ")
        || before.endsWith("อายุ")
        || before.endsWith("อายุครบ")
        || before.endsWith("ปีงบประมาณ");
  }

  private static boolean insideAny(List<int[]> spans, int index) {
    return spans.stream().anyMatch(sp -> index >= sp[0] && index < sp[1]);
  }

  /** The classifier after a number: a known unit, else the Thai word that follows it. */
  private static String unitAt(SqueezedText sq, int index) {
    String s = sq.text();
    for (String unit : UNITS) {
      if (s.startsWith(unit, index)) {
        return unit;
      }
    }
    if (index >= s.length()) {
      return "";
    }
    return wordAfter(sq.original(), sq.originalIndex(index));
  }

  /** The run of Thai letters at {@code index} of the original text, after any white space. */
  private static String wordAfter(String original, int index) {
    int i = index;
    while (i < original.length() && Character.isWhitespace(original.charAt(i))) {
      i++;
    }
    int start = i;
    while (i < original.length() && i - start < 30 && isWordChar(original.charAt(i))) {
      i++;
    }
    return original.substring(start, i);
  }

  private static boolean isWordChar(char c) {
    return (c >= '\u0E01' && c <= '\u0E4E' && !ThaiDigits.isThaiDigit(c)) || c == '/';
  }

  private static String compact(String s) {
    return s.replaceAll("\\s+", "");
  }

  private static List<String> sortedLongestFirst(String... words) {
    return java.util.Arrays.stream(words)
        .sorted(java.util.Comparator.comparingInt(String::length).reversed())
        .toList();
  }

  private record Keyword(String word, Comparator comparator, int strictShift) {}
}
