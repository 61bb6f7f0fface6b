package th.km.persistence.tables;

import java.util.ArrayList;
import java.util.List;
import th.km.core.LocalizedText;
import th.km.core.evaluation.IndicatorResult;
import th.km.core.evaluation.ValueUnit;
import th.km.core.plan.KmGoal;
import th.km.core.plan.MonitoringRule;
import th.km.core.plan.PlanActivity;
import th.km.core.plan.PlanStep;

/**
 * The results table: every evaluated indicator in the overview's order (the goals' activities in
 * the plan's order, then the monitoring rules), with its status, its value as a number, the
 * numerator and denominator of a share, the target, the reason, and the records it counted.
 */
final class ResultsTable {

  static final List<Column> COLUMNS =
      List.of(
          new Column("เป้าหมาย KM", "KM goal", 8),
          new Column("กิจกรรม / การติดตามผล", "Activity / monitoring", 40),
          new Column("ขั้นตอน", "Step", 24),
          new Column("ตัวชี้วัด", "Indicator", 48),
          new Column("สถานะ", "Status", 16),
          new Column("ผล", "Value", 10),
          new Column("หน่วย", "Unit", 10),
          new Column("ตัวตั้ง", "Numerator", 10),
          new Column("ตัวหาร", "Denominator", 10),
          new Column("ค่าเป้าหมาย", "Target", 30),
          new Column("เหตุผล", "Reason", 48),
          new Column("ช่วงวัดผลตั้งแต่", "Period from", 16),
          new Column("ถึง", "Period to", 16),
          new Column("จำนวนบันทึกที่นับ", "Records counted", 10),
          new Column("รหัสบันทึก", "Record ids", 40));

  private ResultsTable() {}

  static Table of(YearInput year) {
    List<List<Cell>> rows = new ArrayList<>();
    for (KmGoal goal : year.plan().goals()) {
      for (PlanActivity activity : goal.activities()) {
        Cell goalCell = Cell.number(goal.number());
        Cell activityCell = Cell.text(activity.number() + ". " + activity.name());
        Cell stepCell = step(activity.step());
        year.evaluation().resultsOf(goal.number(), activity.number())
            .forEach(r -> rows.add(row(goalCell, activityCell, stepCell, r)));
      }
    }
    for (MonitoringRule rule : year.plan().monitoringRules()) {
      Cell ruleCell = Cell.text(monitoringRule(rule.key()));
      year.evaluation().resultsOfRule(rule.key())
          .forEach(r -> rows.add(row(Cell.blank(), ruleCell, Cell.blank(), r)));
    }
    return new Table(TableName.RESULTS, COLUMNS, rows);
  }

  private static List<Cell> row(Cell goal, Cell activity, Cell step, IndicatorResult r) {
    return List.of(
        goal,
        activity,
        step,
        Cell.text(r.indicatorText()),
        Cell.text(r.status().thaiName(), r.status().englishName()),
        Cell.number(r.value()),
        r.unit() == ValueUnit.PERCENT ? Cell.text("ร้อยละ", "per cent") : Cell.text("จำนวน", "count"),
        Cell.number(r.numerator()),
        Cell.number(r.denominator()),
        r.target()
            .map(t -> Cell.text(t.describe()))
            .orElse(Cell.text("ไม่มีเป้าหมายที่วัดได้", "No measurable target")),
        Cell.text(r.reason()),
        Cell.date(r.period().start()),
        Cell.date(r.period().end()),
        Cell.number(r.recordIds().size()),
        Cell.text(String.join(" ", r.recordIds())));
  }

  private static Cell step(PlanStep step) {
    return Cell.text(step.number() + ". " + step.thaiName(), step.number() + ". " + step.englishName());
  }

  /** A monitoring rule's name, as the overview names it. */
  static LocalizedText monitoringRule(String key) {
    return switch (key) {
      case "training-report" -> LocalizedText.of("รายงานผลการฝึกอบรม", "Post-training reports");
      case "knowledge-document" -> LocalizedText.of("การจัดเก็บองค์ความรู้เป็นเอกสาร", "Knowledge kept as a document");
      case "supervisor-review" ->
          LocalizedText.of("การประเมินการปฏิบัติงานก่อนและหลังการพัฒนา", "Work before and after training");
      case "evaluation-report" ->
          LocalizedText.of("รายงานผลการติดตามและประเมินผลต่อนายกเทศมนตรี", "M&E report to the mayor");
      default -> LocalizedText.of("แนวทาง " + key, "Rule " + key);
    };
  }
}
