package th.km.core.textimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.km.core.textimport.Region.Kind;

/**
 * Recognises the lines that start a section of a plan, and splits the document into {@link Region}s
 * at them. Headings are recognised by their words, never by their position, so that a plan that
 * leaves out a section or orders them differently still splits right.
 */
final class Headings {

  /** "เป้าหมาย KM : ๑. title", "เป้าหมาย KM ๔. title", "เป้าหมาย KM 2 title". */
  static final Pattern GOAL_LINE =
      Pattern.compile(
          "^เป้าหมาย\\s*(?:KM|การจัดการความรู้)\\s*:?\\s*(?:ที่\\s*)?([0-9๐-๙]{1,2})\\s*[.)]?\\s*(.*)$",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private static final Pattern ANY_GOAL_LINE =
      Pattern.compile(
          "^เป้าหมาย\\s*(?:KM|การจัดการความรู้)(?![A-Za-z]).*", Pattern.CASE_INSENSITIVE);

  private static final Pattern PART_WORD =
      Pattern.compile("^(?:ส่วนที่|บทที่|ตอนที่)\\s*[0-9๐-๙]{1,2}\\s*[.:]?\\s*");
  private static final Pattern PART_NUMBER =
      Pattern.compile(
          "^[0-9๐-๙]{1,2}\\.[0-9๐-๙]{1,2}\\.?\\s+|^[0-9๐-๙]{1,2}\\s*[.)]\\s*");
  /** "คณะกรรมการติดตามและประเมินผลแผนการจัดการความรู้", alone on its line. */
  private static final Pattern M_AND_E_HEADING =
      Pattern.compile(
          "^(?:คณะกรรมการ|คณะทำงาน)ติดตามและประเมินผล(?!.*รายงาน)\\S*(?:\\s*\\(.*\\))?$");
  private static final int NUMBERED_HEADING_MAX = 60;
  private static final int HEADING_MAX = 120;
  private static final int NARRATIVE_HEADING_MAX = 90;
  private static final List<String> LIST_INTRO_ENDINGS =
      List.of("ดังนี้", "คือ", "ได้แก่", ":", "ประกอบด้วย", "ดังต่อไปนี้");
  private static final List<String> NARRATIVE_HEADINGS =
      List.of(
          "การจัดการความรู้",
          "การจัดการองค์ความรู้",
          "ความหมาย",
          "ขั้นตอนการจัดทำ",
          "ภาคผนวก",
          "วิสัยทัศน์",
          "พันธกิจ",
          "บทนำ",
          "หลักการและเหตุผล",
          "วัตถุประสงค์");

  private Headings() {}

  /** Splits the lines into regions; lines before the first heading form a leading region. */
  static List<Region> split(List<SourceLine> lines) {
    List<Region> regions = new ArrayList<>();
    Kind kind = Kind.LEADING;
    Optional<SourceLine> heading = Optional.empty();
    List<SourceLine> body = new ArrayList<>();
    boolean hasGoalLine = false;
    for (SourceLine line : lines) {
      if (line.isBlank()) {
        body.add(line);
        continue;
      }
      Optional<Kind> starts = classify(line, kind, hasGoalLine);
      if (starts.isEmpty() && kind == Kind.CONTENTS && !line.isTableRow()) {
        starts = Optional.of(Kind.NARRATIVE);
      }
      if (starts.isPresent()) {
        if (kind != Kind.LEADING || !body.isEmpty()) {
          regions.add(new Region(kind, heading, body));
        }
        kind = starts.get();
        heading = Optional.of(line);
        body = new ArrayList<>();
        hasGoalLine = isGoalLine(line);
      } else {
        body.add(line);
        hasGoalLine |= kind == Kind.GOAL && isGoalLine(line);
      }
    }
    if (kind != Kind.LEADING || !body.isEmpty()) {
      regions.add(new Region(kind, heading, body));
    }
    return regions;
  }

  /** The section the line starts, if it is a heading. */
  static Optional<Kind> classify(SourceLine line, Kind current, boolean currentHasGoalLine) {
    if (line.filledCells().size() != 1) {
      return Optional.empty();
    }
    String c = line.content();
    if (c.startsWith("ประกาศ")
        && DocumentReader.typePrefix(Text.trim(c.substring("ประกาศ".length()))).isPresent()) {
      return Optional.of(Kind.ANNOUNCEMENT);
    }
    if (c.startsWith("แผนการจัดการความรู้") || c.startsWith("แผนปฏิบัติการจัดการความรู้")) {
      if (c.toUpperCase(Locale.ROOT).contains("KM ACTION")) {
        return Optional.of(Kind.GOAL);
      }
      if (c.contains("ปีงบประมาณ")) {
        return Optional.of(Kind.COVER);
      }
      return isHeadingLike(c, NARRATIVE_HEADING_MAX)
          ? Optional.of(Kind.NARRATIVE)
          : Optional.empty();
    }
    if (isGoalLine(line)) {
      return current == Kind.GOAL && !currentHasGoalLine
          ? Optional.empty()
          : Optional.of(Kind.GOAL);
    }
    if (c.equals("คำนำ")) {
      return Optional.of(Kind.PREFACE);
    }
    if (c.equals("สารบัญ")) {
      return Optional.of(Kind.CONTENTS);
    }
    if (c.startsWith("แบบฟอร์มที่")) {
      String rest = Text.trim(c.substring("แบบฟอร์มที่".length()));
      Optional<Integer> form =
          NumberedItems.parse(rest)
              .map(NumberedItems.Numbered::number)
              .or(() -> NumberedItems.parseNumberCell(rest));
      if (form.isPresent()) {
        return Optional.of(form.get() == 1 ? Kind.FORM1 : Kind.OTHER_FORM);
      }
    }
    Optional<Kind> numbered = numberedPart(c, current);
    if (numbered.isPresent() || !isHeadingLike(c, HEADING_MAX)) {
      return numbered;
    }
    Optional<Kind> kind = sectionKind(c);
    if (kind.isPresent()) {
      return kind;
    }
    return isHeadingLike(c, NARRATIVE_HEADING_MAX)
            && NARRATIVE_HEADINGS.stream().anyMatch(c::startsWith)
        ? Optional.of(Kind.NARRATIVE)
        : Optional.empty();
  }

  /**
   * A heading with a part number before it: "ส่วนที่ ๒ คณะทำงานจัดการความรู้", "บทที่ 1 บทนำ" or
   * "๓. ขอบเขต KM". A list item reads the same as "๓. …", so a plain number starts a section only
   * when the words name a section other than the one the line is in.
   */
  private static Optional<Kind> numberedPart(String c, Kind current) {
    String part = withoutPartNumber(c);
    if (part.equals(c) || !isHeadingLike(part, HEADING_MAX)) {
      return Optional.empty();
    }
    Optional<Kind> kind = sectionKind(part);
    if (PART_WORD.matcher(c).lookingAt()) {
      return kind.isPresent() || !isHeadingLike(part, NARRATIVE_HEADING_MAX)
          ? kind
          : Optional.of(Kind.NARRATIVE);
    }
    return kind.filter(k -> k != current && part.length() <= NUMBERED_HEADING_MAX);
  }

  /** The section a heading's words name, if it is one of the structured sections. */
  private static Optional<Kind> sectionKind(String c) {
    if (namesKmBody(c)) {
      return Optional.of(Kind.KM_COMMITTEE);
    }
    if (c.startsWith("กระบวนการจัดการความรู้") || c.startsWith("ขั้นตอนการจัดการความรู้")) {
      return Optional.of(Kind.KM_PROCESS);
    }
    if (c.startsWith("กระบวนการบริหารจัดการการเปลี่ยนแปลง")
        || c.startsWith("การบริหารจัดการการเปลี่ยนแปลง")
        || c.startsWith("การบริหารการเปลี่ยนแปลง")) {
      return Optional.of(Kind.CHANGE_MANAGEMENT);
    }
    if (c.startsWith("เครื่องมือ") && c.contains("จัดการความรู้")) {
      return Optional.of(Kind.TOOLS);
    }
    if (c.startsWith("แนวทางการติดตาม")) {
      return Optional.of(Kind.MONITORING_GUIDANCE);
    }
    if (c.startsWith("การติดตามและประเมินผล") || M_AND_E_HEADING.matcher(c).matches()) {
      return Optional.of(Kind.MONITORING_COMMITTEE);
    }
    if (c.startsWith("ขอบเขต") && (c.contains("KM") || c.contains("การจัดการความรู้"))) {
      return Optional.of(Kind.SCOPES);
    }
    return Optional.empty();
  }

  /**
   * Whether a heading names the body that runs the plan: a คณะกรรมการ, คณะทำงาน (working group),
   * ทีมงาน or "KM Team" for knowledge management, not the monitoring committee.
   */
  private static boolean namesKmBody(String c) {
    String upper = c.toUpperCase(Locale.ROOT);
    if (upper.startsWith("KM TEAM") || upper.startsWith("KM COMMITTEE")) {
      return true;
    }
    boolean body =
        c.startsWith("คณะกรรมการ")
            || c.startsWith("คณะทำงาน")
            || c.startsWith("ทีมงาน")
            || c.startsWith("ทีม")
            || c.startsWith("การแต่งตั้งคณะ");
    return body
        && (c.contains("จัดการความรู้") || upper.contains("KM"))
        && !c.contains("ติดตาม");
  }

  /** The heading without the part number before it ("ส่วนที่ ๒", "บทที่ 1", "๓.", "3.1"). */
  static String withoutPartNumber(String heading) {
    Matcher m = PART_WORD.matcher(heading);
    if (m.lookingAt()) {
      return Text.trim(heading.substring(m.end()));
    }
    Matcher n = PART_NUMBER.matcher(heading);
    return n.lookingAt() ? Text.trim(heading.substring(n.end())) : heading;
  }

  static boolean isGoalLine(SourceLine line) {
    return ANY_GOAL_LINE.matcher(line.content()).matches();
  }

  /** The goal number of a goal line, if it gives one. */
  static Optional<Integer> goalNumber(SourceLine line) {
    Matcher m = GOAL_LINE.matcher(line.content());
    return m.matches() ? NumberedItems.parseNumberCell(m.group(1)) : Optional.empty();
  }

  /**
   * Whether a line of prose reads as a heading: short, one cell, not a list item, and not the
   * sentence that introduces a list ("… ดังนี้").
   */
  static boolean isHeadingLike(String content, int maxLength) {
    return !content.isEmpty()
        && content.length() <= maxLength
        && !content.contains("\t")
        && !content.startsWith("-")
        && !content.startsWith("•")
        && NumberedItems.parse(content).isEmpty()
        && LIST_INTRO_ENDINGS.stream().noneMatch(content::endsWith);
  }

  /** Whether a line of prose reads as a heading inside narrative text. */
  static boolean isNarrativeHeading(String content) {
    return isHeadingLike(content, NARRATIVE_HEADING_MAX);
  }
}
