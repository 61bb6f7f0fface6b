package th.km.persistence.tables;

import java.util.List;
import th.km.core.plan.KmPlan;
import th.km.core.plan.StrategicKnowledgeNeed;

/**
 * Form 1 (แบบฟอร์มที่ ๑) as the knowledge-map page shows it: a row per strategic activity in the
 * plan's order, under the division header it was written under; the numbered items of a cell are
 * on lines of their own.
 */
final class Form1Table {

  static final List<Column> COLUMNS =
      List.of(
          new Column("ส่วนราชการ", "Division", 28),
          new Column("ลำดับ", "No.", 6),
          new Column("กิจกรรม", "Activity", 36),
          new Column("เป้าประสงค์", "Objectives", 40),
          new Column("ตัวชี้วัด", "KPIs", 40),
          new Column("ระยะเวลา/ผู้รับผิดชอบ", "Period / responsible", 24),
          new Column("องค์ความรู้ที่จำเป็น", "Knowledge required", 40));

  private Form1Table() {}

  static Table of(KmPlan plan) {
    List<List<Cell>> rows = plan.form1().stream().map(Form1Table::row).toList();
    return new Table(TableName.FORM1, COLUMNS, rows);
  }

  private static List<Cell> row(StrategicKnowledgeNeed need) {
    return List.of(
        Cell.text(need.divisionName()),
        Cell.number(need.number()),
        Cell.text(need.activity()),
        Cell.text(numbered(need.objectives())),
        Cell.text(numbered(need.kpis())),
        Cell.text(need.responsible()),
        Cell.text(numbered(need.requiredKnowledge())));
  }

  /** "1. first\n2. second", as the page's ordered list reads. */
  static String numbered(List<String> items) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.append('\n');
      }
      out.append(i + 1).append(". ").append(items.get(i));
    }
    return out.toString();
  }
}
