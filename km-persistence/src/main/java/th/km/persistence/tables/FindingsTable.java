package th.km.persistence.tables;

import java.util.List;
import th.km.core.check.Finding;
import th.km.core.check.PlanChecker;
import th.km.core.check.Severity;
import th.km.core.plan.KmPlan;

/** The findings table, as the findings page lists them: what the plan checker found, most severe first. */
final class FindingsTable {

  static final List<Column> COLUMNS =
      List.of(
          new Column("ระดับ", "Severity", 14),
          new Column("ตำแหน่งในแผน", "Where", 30),
          new Column("ข้อความ", "Message", 70),
          new Column("รหัส", "Code", 24));

  private FindingsTable() {}

  static Table of(KmPlan plan) {
    List<List<Cell>> rows =
        PlanChecker.check(plan).findings().stream().map(FindingsTable::row).toList();
    return new Table(TableName.FINDINGS, COLUMNS, rows);
  }

  private static List<Cell> row(Finding f) {
    return List.of(
        severity(f.severity()),
        Cell.text(f.location().toThai(), f.location().toString()),
        Cell.text(f.message()),
        Cell.text(f.code().code()));
  }

  private static Cell severity(Severity severity) {
    return switch (severity) {
      case ERROR -> Cell.text("ข้อผิดพลาด", "Error");
      case WARNING -> Cell.text("ข้อควรตรวจสอบ", "Warning");
      case INFO -> Cell.text("ข้อสังเกต", "Note");
    };
  }
}
