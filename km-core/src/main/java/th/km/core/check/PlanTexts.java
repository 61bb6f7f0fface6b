package th.km.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import th.km.core.LocalizedText;
import th.km.core.plan.Announcement;
import th.km.core.plan.Committee;
import th.km.core.plan.CommitteeKind;
import th.km.core.plan.CommitteeMember;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.KmScope;
import th.km.core.plan.KmTool;
import th.km.core.plan.MonitoringRule;
import th.km.core.plan.NarrativeSection;
import th.km.core.plan.PlanActivity;
import th.km.core.plan.RoleDuties;
import th.km.core.plan.StrategicKnowledgeNeed;

/**
 * Every text of a plan with where it is, so that each rule that reads text (dates, spelling, Thai
 * characters, digits) sees the whole document and no field is forgotten.
 */
public final class PlanTexts {

  /**
   * One text field of the plan.
   *
   * @param text the text, verbatim
   * @param location where it is
   * @param field which field, "เป้าหมาย" / "target"
   */
  public record PlanText(String text, FindingLocation location, LocalizedText field) {

    /** "the target of goal 1 / activity 4" in Thai and English, for messages. */
    public LocalizedText where() {
      return LocalizedText.of(
          field.th() + " (" + location.toThai() + ")", field.en() + " (" + location + ")");
    }
  }

  private PlanTexts() {}

  /** Every non-blank text of the plan, in document order. */
  public static Stream<PlanText> walk(KmPlan plan) {
    Walker w = new Walker();
    FindingLocation planLocation = FindingLocation.of("plan");
    w.add(plan.title(), planLocation, "ชื่อแผน", "plan title");
    plan.preparedBy().ifPresent(t -> w.add(t, planLocation, "ผู้จัดทำ", "prepared by"));
    FindingLocation org = FindingLocation.of("organization");
    w.add(plan.organization().name(), org, "ชื่อองค์กร", "organization name");
    plan.organization().englishName().ifPresent(t -> w.add(t, org, "ชื่อภาษาอังกฤษ", "English name"));
    plan.organization().district().ifPresent(t -> w.add(t, org, "อำเภอ", "district"));
    plan.organization().province().ifPresent(t -> w.add(t, org, "จังหวัด", "province"));
    plan.announcement().ifPresent(a -> announcement(w, a));
    FindingLocation divisions = FindingLocation.of("divisions");
    plan.divisions().forEach(d -> w.add(d.name(), divisions, "ชื่อส่วนราชการ", "division name"));
    FindingLocation positions = FindingLocation.of("positions");
    plan.positions().forEach(p -> w.add(p.title(), positions, "ตำแหน่ง", "position title"));
    plan.committees().forEach(c -> committee(w, c));
    FindingLocation steps = FindingLocation.of("KM process and change management");
    plan.stepDescriptions()
        .forEach(
            s ->
                w.add(
                    s.text(),
                    steps,
                    "คำอธิบาย " + s.step().thaiName(),
                    "description of " + s.step().englishName()));
    FindingLocation tools = FindingLocation.of("KM tools");
    for (KmTool t : plan.tools()) {
      w.add(t.name(), tools, "ชื่อเครื่องมือ", "tool name");
      w.add(t.description(), tools, "คำอธิบายเครื่องมือ " + t.name(), "description of tool " + t.name());
    }
    FindingLocation monitoring = FindingLocation.of("monitoring guidance");
    for (MonitoringRule r : plan.monitoringRules()) {
      w.add(r.text(), monitoring, "แนวทางการติดตามและประเมินผล", "monitoring rule " + r.key());
    }
    plan.form1().forEach(row -> form1(w, row));
    plan.scopes().forEach(s -> scope(w, s));
    plan.goals().forEach(g -> goal(w, g));
    plan.nameMentions()
        .forEach(
            m -> w.add(m.text(), FindingLocation.of(m.location()), "ชื่อองค์กร", "organization name"));
    plan.citations()
        .forEach(
            c ->
                w.add(
                    c.title() + " " + c.yearText(),
                    FindingLocation.of(c.location()),
                    "การอ้างอิงกฎหมาย",
                    "citation"));
    for (NarrativeSection n : plan.narrative()) {
      FindingLocation at = FindingLocation.of(n.heading().isBlank() ? "narrative" : n.heading());
      w.add(n.heading(), at, "หัวข้อ", "heading");
      n.paragraphs().forEach(p -> w.add(p, at, "ข้อความ", "paragraph"));
    }
    return w.texts.stream();
  }

  private static void announcement(Walker w, Announcement a) {
    FindingLocation at = FindingLocation.of("announcement");
    w.add(a.heading(), at, "หัวเรื่องประกาศ", "heading");
    w.add(a.subject(), at, "เรื่อง", "subject");
    a.paragraphs().forEach(p -> w.add(p, at, "ข้อความประกาศ", "paragraph"));
    w.add(a.dateText(), at, "วันที่ประกาศ", "date");
    a.signerName().ifPresent(t -> w.add(t, at, "ผู้ลงนาม", "signer"));
    a.signerPosition().ifPresent(t -> w.add(t, at, "ตำแหน่งผู้ลงนาม", "signer's position"));
  }

  private static void committee(Walker w, Committee c) {
    FindingLocation at = FindingLocation.of(committeeSection(c.kind()));
    w.add(c.name(), at, "ชื่อคณะกรรมการ", "committee name");
    for (CommitteeMember m : c.members()) {
      String th = m.role().thaiName();
      String en = m.role().englishName();
      m.personName().ifPresent(t -> w.add(t, at, "ชื่อ" + th, en + "'s name"));
      m.position().ifPresent(t -> w.add(t, at, "ตำแหน่ง" + th, en + "'s position"));
      w.add(m.roleText(), at, "บทบาท" + th, en + "'s role");
    }
    for (RoleDuties d : c.duties()) {
      d.duties()
          .forEach(
              t -> w.add(t, at, "หน้าที่" + d.role().thaiName(), d.role().englishName() + "'s duty"));
    }
    c.remit().ifPresent(t -> w.add(t, at, "อำนาจหน้าที่", "remit"));
  }

  /** "KM committee" or "M&E committee". */
  static String committeeSection(CommitteeKind kind) {
    return switch (kind) {
      case KNOWLEDGE_MANAGEMENT -> "KM committee";
      case MONITORING_AND_EVALUATION -> "M&E committee";
    };
  }

  private static void form1(Walker w, StrategicKnowledgeNeed row) {
    FindingLocation at = FindingLocation.of("Form 1 row " + row.number());
    w.add(row.divisionName(), at, "ชื่อส่วนราชการ", "division");
    w.add(row.activity(), at, "กิจกรรม", "activity");
    row.objectives().forEach(t -> w.add(t, at, "เป้าประสงค์", "objective"));
    row.kpis().forEach(t -> w.add(t, at, "ตัวชี้วัด (KPI)", "KPI"));
    w.add(row.responsible(), at, "ระยะเวลา/ผู้รับผิดชอบ", "period / responsible");
    row.requiredKnowledge().forEach(t -> w.add(t, at, "องค์ความรู้ที่จำเป็น", "required knowledge"));
  }

  private static void scope(Walker w, KmScope s) {
    FindingLocation at = FindingLocation.of("KM scope " + s.number());
    w.add(s.title(), at, "ขอบเขต KM", "scope title");
    s.benefitsToStaff().forEach(t -> w.add(t, at, "ประโยชน์ต่อพนักงาน", "benefit to staff"));
    s.benefitsToExecutives()
        .forEach(t -> w.add(t, at, "ประโยชน์ต่อผู้บริหาร", "benefit to executives"));
    s.relatedPolicies().forEach(t -> w.add(t, at, "นโยบายที่เกี่ยวข้อง", "related policy"));
  }

  private static void goal(Walker w, KmGoal g) {
    FindingLocation at = FindingLocation.goal(g.number());
    w.add(g.title(), at, "ชื่อเป้าหมาย KM", "goal title");
    g.titleVariants()
        .forEach(t -> w.add(t, at, "ชื่อเป้าหมาย KM (หน้าถัดไป)", "goal title where repeated"));
    g.measurableOutcomes()
        .forEach(t -> w.add(t, at, "หน่วยที่วัดผลได้เป็นรูปธรรม", "measurable outcome"));
    for (PlanActivity a : g.activities()) {
      activity(w, g.number(), a);
    }
  }

  private static void activity(Walker w, int goal, PlanActivity a) {
    FindingLocation at = FindingLocation.activity(goal, a.number(), a.sourceLine());
    w.add(a.name(), at, "ชื่อกิจกรรม", "activity name");
    a.details().forEach(t -> w.add(t, at, "รายละเอียดกิจกรรม", "activity detail"));
    w.add(a.method(), at, "วิธีการสู่ความสำเร็จ", "method");
    w.add(a.period().text(), at, "ระยะเวลา", "period");
    w.add(a.indicator(), at, "ตัวชี้วัด", "indicator");
    w.add(a.target(), at, "เป้าหมาย", "target");
    w.add(a.responsible(), at, "ผู้รับผิดชอบ", "responsible");
    a.note().ifPresent(t -> w.add(t, at, "หมายเหตุ", "note"));
  }

  private static final class Walker {
    private final List<PlanText> texts = new ArrayList<>();

    void add(String text, FindingLocation at, String th, String en) {
      if (!text.isBlank()) {
        texts.add(new PlanText(text, at, LocalizedText.of(th, en)));
      }
    }
  }
}
