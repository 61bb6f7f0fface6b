package th.km.persistence.document.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.KmScope;
import th.km.core.plan.PlanActivity;
import th.km.core.plan.StrategicKnowledgeNeed;
import th.km.persistence.document.DocBlock;
import th.km.persistence.document.DocBlock.Heading;
import th.km.persistence.document.DocBlock.Table;

/**
 * The plan's tables as the reference plan prints them on landscape pages: Form 1 (แบบฟอร์มที่ ๑)
 * per division, the KM scope (ขอบเขต KM), and the action plan (KM Action) per goal, each with its
 * title rows and header repeated at the top of every page it runs onto.
 */
final class PlanTables {

  static final String FORM1 =
      "แบบฟอร์มที่ ๑ การจำแนกองค์ความรู้ที่จำเป็นต่อการผลักดันตามประเด็นยุทธศาสตร์ของส่วนราชการ";

  private PlanTables() {}

  static List<DocBlock> form1(KmPlan plan, PlanDocument.Text text) {
    List<DocBlock> blocks = new ArrayList<>();
    String title = text.apply(FORM1);
    blocks.add(new Heading(2, title, true));
    Map<String, List<StrategicKnowledgeNeed>> byDivision = new LinkedHashMap<>();
    for (StrategicKnowledgeNeed need : plan.form1()) {
      byDivision.computeIfAbsent(need.divisionName(), d -> new ArrayList<>()).add(need);
    }
    for (Map.Entry<String, List<StrategicKnowledgeNeed>> division : byDivision.entrySet()) {
      List<List<String>> rows = new ArrayList<>();
      for (StrategicKnowledgeNeed need : division.getValue()) {
        rows.add(
            List.of(
                text.apply(need.number() + ". " + need.activity()),
                text.numbered(need.objectives()),
                text.numbered(need.kpis()),
                text.apply(need.responsible()),
                text.numbered(need.requiredKnowledge())));
      }
      blocks.add(
          new Table(
              List.of(title, "ชื่อส่วนราชการ : " + text.apply(division.getKey())),
              List.of(
                  "กิจกรรม",
                  "เป้าประสงค์",
                  "ตัวชี้วัด (KPI)",
                  "ระยะเวลา/ผู้รับผิดชอบ",
                  "องค์ความรู้ที่จำเป็นต่อการปฏิบัติราชการตามประเด็นยุทธศาสตร์"),
              rows,
              List.of(3, 5, 5, 2, 4)));
    }
    return blocks;
  }

  static List<DocBlock> scopesAndActions(KmPlan plan, PlanDocument.Text text) {
    List<DocBlock> blocks = new ArrayList<>();
    String org = plan.organization().fullName();
    blocks.add(new Heading(2, "แผนการจัดการความรู้" + org, true));
    if (!plan.scopes().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      for (KmScope scope : plan.scopes()) {
        rows.add(
            List.of(
                text.apply(scope.number() + ". " + scope.title()),
                text.numbered(scope.benefitsToStaff()),
                text.numbered(scope.benefitsToExecutives()),
                text.numbered(scope.relatedPolicies())));
      }
      blocks.add(
          new Table(
              List.of("ขอบเขต KM ของ" + org, "ประโยชน์ที่ได้รับจากขอบเขต KM ที่มีต่อ"),
              List.of("ขอบเขต KM", "พนักงานเทศบาล/พนักงานจ้าง", "ผู้บริหาร/พนักงานเทศบาล", "นโยบายที่เกี่ยวข้อง"),
              rows,
              List.of(3, 4, 4, 3)));
    }
    for (KmGoal goal : plan.goals()) {
      blocks.add(new DocBlock.PageBreak());
      blocks.add(actions(goal, org, text));
    }
    return blocks;
  }

  private static Table actions(KmGoal goal, String org, PlanDocument.Text text) {
    List<List<String>> rows = new ArrayList<>();
    for (PlanActivity a : goal.activities()) {
      StringBuilder activity = new StringBuilder(a.name());
      a.details().forEach(d -> activity.append('\n').append(d));
      rows.add(
          List.of(
              text.apply(String.valueOf(a.number())),
              text.apply(activity.toString()),
              text.apply(a.method()),
              text.apply(a.period().text()),
              text.apply(a.indicator()),
              text.apply(a.target()),
              text.apply(a.responsible()),
              text.apply(a.note().orElse(""))));
    }
    List<String> captions =
        List.of(
            "แผนการจัดการความรู้ (KM Action) : " + goal.framework().thaiName(),
            org,
            text.apply("เป้าหมาย KM : " + goal.number() + ". " + goal.title()),
            "หน่วยงานที่วัดผลได้เป็นรูปธรรม : " + text.numbered(goal.measurableOutcomes()).replace('\n', ' '));
    return new Table(
        captions,
        List.of("ลำดับ", "กิจกรรม", "วิธีการสู่ความสำเร็จ", "ระยะเวลา", "ตัวชี้วัด", "เป้าหมาย", "ผู้รับผิดชอบ", "หมายเหตุ"),
        rows,
        List.of(2, 5, 5, 3, 4, 4, 3, 3));
  }
}
