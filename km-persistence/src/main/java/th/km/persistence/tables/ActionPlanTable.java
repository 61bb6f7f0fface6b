package th.km.persistence.tables;

import java.util.ArrayList;
import java.util.List;
import th.km.core.calendar.MonthRange;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.PlanActivity;

/**
 * The action plan (แผนการจัดการความรู้ KM Action) as the action-plan page shows it: a row per
 * activity under its goal, in the plan's order, with the period as written and, where it can be
 * read, the first and last day of its months (which the page draws as the bar of its chart).
 */
final class ActionPlanTable {

  static final List<Column> COLUMNS =
      List.of(
          new Column("เป้าหมาย KM", "KM goal", 8),
          new Column("ชื่อเป้าหมาย", "Goal", 36),
          new Column("ลำดับ", "No.", 6),
          new Column("กิจกรรม", "Activity", 40),
          new Column("ขั้นตอน", "Step", 24),
          new Column("วิธีการสู่ความสำเร็จ", "Method", 40),
          new Column("ระยะเวลา", "Period", 22),
          new Column("เริ่ม", "From", 16),
          new Column("สิ้นสุด", "To", 16),
          new Column("ตัวชี้วัด", "Indicator", 36),
          new Column("เป้าหมาย", "Target", 30),
          new Column("ผู้รับผิดชอบ", "Responsible", 24),
          new Column("หมายเหตุ", "Note", 20));

  private ActionPlanTable() {}

  static Table of(KmPlan plan) {
    List<List<Cell>> rows = new ArrayList<>();
    for (KmGoal goal : plan.goals()) {
      for (PlanActivity activity : goal.activities()) {
        rows.add(row(goal, activity));
      }
    }
    return new Table(TableName.ACTION_PLAN, COLUMNS, rows);
  }

  private static List<Cell> row(KmGoal goal, PlanActivity a) {
    StringBuilder name = new StringBuilder(a.name());
    a.details().forEach(d -> name.append('\n').append(d));
    return List.of(
        Cell.number(goal.number()),
        Cell.text(goal.title()),
        Cell.number(a.number()),
        Cell.text(name.toString()),
        Cell.text(
            a.step().number() + ". " + a.step().thaiName(), a.step().number() + ". " + a.step().englishName()),
        Cell.text(a.method()),
        Cell.text(a.period().text()),
        Cell.date(a.period().months().map(MonthRange::firstDay)),
        Cell.date(a.period().months().map(MonthRange::lastDay)),
        Cell.text(a.indicator()),
        Cell.text(a.target()),
        Cell.text(a.responsible()),
        Cell.text(a.note().orElse("")));
  }
}
