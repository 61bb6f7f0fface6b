package th.km.core.textimport;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import th.km.core.calendar.ThaiDigits;
import th.km.core.plan.Framework;
import th.km.core.plan.KmTool;
import th.km.core.plan.KmToolKind;
import th.km.core.plan.MonitoringRule;
import th.km.core.plan.PlanStep;
import th.km.core.plan.StepDescription;

/**
 * Reads the explanatory sections that carry structure: the plan's own descriptions of the KM steps
 * and change elements, the KM tools, and the monitoring guidance turned into rules.
 */
final class GuidanceReader {

  private static final Pattern DAYS = Pattern.compile("ภายใน\\s*([0-9๐-๙]{1,3})\\s*วัน");
  private static final Pattern TIMES_PER_YEAR = Pattern.compile("ปีละ\\s*([0-9๐-๙]{1,2})\\s*ครั้ง");
  private static final Pattern HEAD = Pattern.compile("นายก" + Text.THAI_LETTER + "*");
  private static final Pattern AFTER_UNTIL =
      Pattern.compile("จนถึง\\s*(" + Text.THAI_LETTER + "+)");
  private static final Pattern BOLD_NAME = Pattern.compile("^\\*\\*(.+?)\\*\\*\\s*(.*)$");

  private GuidanceReader() {}

  /** Whether a text says how often something happens a year ("ปีละ ๑ ครั้ง"). */
  static boolean namesFrequency(String text) {
    return TIMES_PER_YEAR.matcher(text).find() || text.contains("ปีละครั้ง");
  }

  /**
   * Step descriptions of one framework, keyed by step; the region's other prose goes to narrative.
   */
  static void readSteps(
      Region region,
      Framework framework,
      Map<PlanStep, StepDescription> into,
      Issues issues,
      Narrative narrative) {
    List<String> prose = new ArrayList<>();
    for (SourceLine line : region.filled()) {
      Optional<NumberedItems.Numbered> item = NumberedItems.parse(line.content());
      if (item.isEmpty()) {
        prose.add(line.content());
        continue;
      }
      String text = item.get().text();
      Optional<StepText> found = stepText(framework, text);
      if (found.isEmpty()) {
        issues.warning(
            line.number(),
            line.content(),
            "ข้อนี้ไม่ใช่ชื่อ"
                + (framework == Framework.KM_PROCESS
                    ? "ขั้นตอนการจัดการความรู้"
                    : "องค์ประกอบการบริหารการเปลี่ยนแปลง")
                + "ที่รู้จัก จึงเก็บไว้เป็นเนื้อความ",
            "this item names no known "
                + (framework == Framework.KM_PROCESS ? "KM step" : "change element")
                + "; it was kept as narrative text");
        prose.add(line.content());
        continue;
      }
      StepText st = found.get();
      if (st.similar()) {
        issues.info(
            line.number(),
            line.content(),
            "ชื่อ \""
                + st.written()
                + "\" ถือเป็น \""
                + st.step().thaiName()
                + "\" เพราะเขียนคล้ายกัน",
            "\""
                + st.written()
                + "\" was taken for step "
                + st.step().number()
                + " \""
                + st.step().thaiName()
                + "\" because it is spelt alike");
      }
      if (item.get().number() != st.step().number()) {
        issues.warning(
            line.number(),
            line.content(),
            "ข้อ "
                + item.get().number()
                + " คือ \""
                + st.step().thaiName()
                + "\" ซึ่งเป็นลำดับที่ "
                + st.step().number(),
            "item "
                + item.get().number()
                + " describes \""
                + st.step().thaiName()
                + "\", which is number "
                + st.step().number());
      }
      if (into.containsKey(st.step())) {
        issues.warning(
            line.number(),
            line.content(),
            "อธิบาย \"" + st.step().thaiName() + "\" ซ้ำ ใช้คำอธิบายแรก",
            "\"" + st.step().thaiName() + "\" is described twice; the first description is kept");
      } else if (!st.description().isEmpty()) {
        into.put(st.step(), new StepDescription(st.step(), st.description()));
      }
    }
    narrative.add(region.firstLine(), region.headingText(), prose);
  }

  private record StepText(PlanStep step, String written, String description, boolean similar) {}

  private static Optional<StepText> stepText(Framework framework, String text) {
    @Nullable PlanStep best = null;
    String bestName = "";
    for (PlanStep step : framework.steps()) {
      List<String> names = new ArrayList<>(step.aliases());
      names.add(step.thaiName());
      for (String n : names) {
        if (text.startsWith(n) && n.length() > bestName.length()) {
          best = step;
          bestName = n;
        }
      }
    }
    if (best != null) {
      return Optional.of(
          new StepText(best, bestName, Text.trim(text.substring(bestName.length())), false));
    }
    int space = text.indexOf(' ');
    String first = space < 0 ? text : text.substring(0, space);
    String rest = space < 0 ? "" : Text.trim(text.substring(space));
    return StepMatcher.match(framework, first, "", Map.of())
        .filter(m -> m.how() == StepMatcher.How.SIMILAR_NAME)
        .map(m -> new StepText(m.step(), first, rest, true));
  }

  /** The KM tools the region lists ("- **ฐานข้อมูล (Knowledge Bases)** เป็นการ…"). */
  static List<KmTool> readTools(Region region, Issues issues, Narrative narrative) {
    List<KmTool> tools = new ArrayList<>();
    List<String> prose = new ArrayList<>();
    for (SourceLine line : region.filled()) {
      String c = line.content();
      Optional<String> item =
          c.startsWith("-") || c.startsWith("•")
              ? Optional.of(Text.trim(c.substring(1)))
              : NumberedItems.parse(c).map(NumberedItems.Numbered::text);
      if (item.isEmpty()) {
        prose.add(c);
        continue;
      }
      String name;
      String description;
      Matcher bold = BOLD_NAME.matcher(item.get());
      if (bold.matches()) {
        name = Text.trim(bold.group(1));
        description = Text.trim(bold.group(2));
      } else {
        String t = Text.withoutBold(item.get());
        int close = t.indexOf(')');
        int space = t.indexOf(' ');
        int end =
            close >= 0 && (space < 0 || t.indexOf('(') < close) && close < 100 ? close + 1 : space;
        name = end < 0 ? t : Text.trim(t.substring(0, end));
        description = end < 0 ? "" : Text.trim(t.substring(end));
      }
      KmToolKind kind = toolKind(name);
      if (kind == KmToolKind.OTHER) {
        issues.info(
            line.number(),
            c,
            "เครื่องมือ \"" + name + "\" ไม่ใช่ชนิดที่รู้จัก บันทึกเป็น \"อื่น ๆ\"",
            "tool \"" + name + "\" is of no known kind; it was recorded as OTHER");
      }
      tools.add(new KmTool(kind, name, description));
    }
    narrative.add(region.firstLine(), region.headingText(), prose);
    return tools;
  }

  static KmToolKind toolKind(String name) {
    String n = name.toUpperCase(Locale.ROOT);
    if (n.contains("AAR") || n.contains("AFTER ACTION") || name.contains("ทบทวนหลัง")) {
      return KmToolKind.AFTER_ACTION_REVIEW;
    }
    if (name.contains("เล่าเรื่อง") || n.contains("STORY")) {
      return KmToolKind.STORYTELLING;
    }
    if (name.contains("ฐานข้อมูล") || name.contains("ฐานความรู้") || n.contains("KNOWLEDGE BASE")) {
      return KmToolKind.KNOWLEDGE_BASE;
    }
    if (name.contains("เอกสาร")) {
      return KmToolKind.DOCUMENT;
    }
    return KmToolKind.OTHER;
  }

  /** Collects monitoring rules, keeping their keys unique. */
  static final class Rules {
    private final List<MonitoringRule> rules = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private int others;

    List<MonitoringRule> all() {
      return List.copyOf(rules);
    }

    /** Reads the numbered items of the monitoring guidance; other prose goes to narrative. */
    void readGuidance(Region region, Issues issues, Narrative narrative) {
      List<String> prose = new ArrayList<>();
      for (SourceLine line : region.filled()) {
        Optional<NumberedItems.Numbered> item = NumberedItems.parse(line.content());
        if (item.isPresent()) {
          add(line, item.get().text(), issues);
        } else {
          prose.add(line.content());
        }
      }
      narrative.add(region.firstLine(), region.headingText(), prose);
    }

    /** Reads one guidance text into a rule; what it cannot classify becomes {@code Other}. */
    void add(SourceLine line, String text, Issues issues) {
      MonitoringRule rule = classify(line, text, issues);
      if (!keys.add(rule.key())) {
        issues.warning(
            line.number(),
            text,
            "แนวทางนี้ซ้ำกับแนวทางก่อนหน้าชนิดเดียวกัน จึงบันทึกเป็นแนวทางอื่น",
            "a rule of this kind was already read; this one was recorded as other guidance");
        rule = other(text);
        keys.add(rule.key());
      }
      rules.add(rule);
    }

    private MonitoringRule classify(SourceLine line, String text, Issues issues) {
      Matcher days = DAYS.matcher(text);
      Matcher times = TIMES_PER_YEAR.matcher(text);
      if (days.find() && text.contains("รายงาน")) {
        int d = ThaiDigits.parseInt(days.group(1)).orElseThrow();
        Optional<String> to = addressee(text);
        if (to.isPresent() && d >= 1 && d <= 366) {
          return new MonitoringRule.TrainingReport(text, d, to.get(), text.contains("ภายนอก"));
        }
        return unread(
            line,
            text,
            issues,
            "กำหนดส่งรายงานหรือผู้รับรายงาน",
            "the report's deadline or addressee");
      }
      if (text.contains("ผู้บังคับบัญชา") && text.contains("ก่อน") && text.contains("หลัง")) {
        return new MonitoringRule.SupervisorReview(text);
      }
      boolean hasTimes = times.find();
      if (hasTimes || text.contains("ปีละครั้ง")) {
        int n = hasTimes ? ThaiDigits.parseInt(times.group(1)).orElseThrow() : 1;
        Optional<String> to = addressee(text);
        if (to.isPresent() && n >= 1 && n <= 12) {
          return new MonitoringRule.EvaluationReport(text, n, to.get());
        }
        return unread(
            line,
            text,
            issues,
            "จำนวนครั้งต่อปีหรือผู้รับรายงาน",
            "the reports per year or addressee");
      }
      if ((text.contains("เอกสาร") || text.contains("เล่ม") || text.contains("คู่มือ"))
          && text.contains("ความรู้")) {
        return new MonitoringRule.KnowledgeDocument(text);
      }
      issues.info(
          line.number(),
          text,
          "แนวทางนี้ไม่ตรงกับกฎการติดตามที่รู้จัก จึงบันทึกเป็นแนวทางอื่นตามต้นฉบับ",
          "this guidance matches no known monitoring rule; it was kept verbatim as other guidance");
      return other(text);
    }

    private MonitoringRule unread(
        SourceLine line, String text, Issues issues, String whatTh, String whatEn) {
      issues.warning(
          line.number(),
          text,
          "อ่าน" + whatTh + "ไม่ได้ จึงบันทึกเป็นแนวทางอื่นตามต้นฉบับ",
          "cannot read " + whatEn + "; the rule was kept verbatim as other guidance");
      return other(text);
    }

    private MonitoringRule other(String text) {
      others++;
      return new MonitoringRule.Other("other-" + others, text);
    }

    /** To whom a report goes: the head of the executive (นายก…), else the word after จนถึง. */
    private static Optional<String> addressee(String text) {
      Matcher head = HEAD.matcher(text);
      if (head.find()) {
        return Optional.of(head.group());
      }
      Matcher until = AFTER_UNTIL.matcher(text);
      return until.find() ? Optional.of(until.group(1)) : Optional.empty();
    }
  }
}
