package th.km.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.km.core.calendar.ThaiDates;
import th.km.core.evaluation.Evaluation;
import th.km.core.evaluation.IndicatorResult;
import th.km.core.evaluation.IndicatorSubject;
import th.km.core.evaluation.Status;
import th.km.core.evaluation.StatusCounts;
import th.km.core.evaluation.ValueUnit;
import th.km.core.plan.Division;
import th.km.core.plan.Framework;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.PlanStep;
import th.km.core.records.ActivityRef;
import th.km.core.records.ProgressUpdate;

/**
 * An evaluation as a table for a Thai terminal: a section per KM goal and one for the monitoring
 * rules, a line per indicator with its status, value and target in columns aligned by display
 * width (Thai vowels and tone marks above and below take no column), the reason and the records
 * behind it on the lines below, then the roll-ups. Dates are written in the Buddhist era.
 */
final class EvaluationTable {

  private static final int INDICATOR_WIDTH = 44;
  private static final int TARGET_WIDTH = 26;
  private static final int VALUE_WIDTH = 8;
  private static final int PROGRESS_WIDTH = 8;
  private static final int RECORDS_SHOWN = 12;

  private EvaluationTable() {}

  static String write(Evaluation e, KmPlan plan) {
    StringBuilder out = new StringBuilder();
    out.append("ผลการประเมินตัวชี้วัดแผนการจัดการความรู้ ")
        .append(plan.organization().fullName())
        .append(" ปีงบประมาณ พ.ศ. ")
        .append(e.fiscalYear().buddhistYear())
        .append('\n');
    out.append("ณ วันที่ ")
        .append(ThaiDates.format(e.asOf(), ThaiDates.MonthStyle.FULL, ThaiDates.Digits.ARABIC))
        .append(" / evaluated as of ")
        .append(e.asOf())
        .append('\n');

    List<String> labels = new ArrayList<>();
    e.results().forEach(r -> labels.add(label(r)));
    int labelWidth = Math.max(DisplayWidth.of("ข้อ"), labels.stream().mapToInt(DisplayWidth::of).max().orElse(0));
    int statusWidth = 0;
    for (Status s : Status.values()) {
      statusWidth = Math.max(statusWidth, DisplayWidth.of(s.thaiName()));
    }
    String header =
        row(
            labelWidth,
            statusWidth,
            "ข้อ",
            "ตัวชี้วัด",
            "สถานะ",
            "ค่า",
            "เป้าหมาย",
            "ก้าวหน้า");

    Optional<Integer> section = Optional.empty();
    boolean monitoringStarted = false;
    for (int i = 0; i < e.results().size(); i++) {
      IndicatorResult r = e.results().get(i);
      switch (r.subject()) {
        case IndicatorSubject.Activity a -> {
          if (section.isEmpty() || section.get() != a.goal()) {
            section = Optional.of(a.goal());
            String title = plan.goal(a.goal()).map(KmGoal::title).orElse("");
            out.append('\n')
                .append(DisplayWidth.truncate("เป้าหมาย KM " + a.goal() + ": " + title, 110))
                .append('\n')
                .append(header)
                .append('\n');
          }
        }
        case IndicatorSubject.Monitoring m -> {
          if (!monitoringStarted) {
            monitoringStarted = true;
            out.append('\n')
                .append("แนวทางการติดตามและประเมินผล (monitoring rules)")
                .append('\n')
                .append(header)
                .append('\n');
          }
        }
      }
      out.append(
              row(
                  labelWidth,
                  statusWidth,
                  labels.get(i),
                  r.indicatorText(),
                  r.status().thaiName(),
                  value(r),
                  r.target().map(t -> t.describe().th()).orElse("-"),
                  progress(e, r)))
          .append('\n');
      String indent = " ".repeat(labelWidth + 2);
      out.append(indent).append("เหตุผล: ").append(r.reason().th()).append('\n');
      if (!r.recordIds().isEmpty()) {
        out.append(indent).append("บันทึก: ").append(records(r.recordIds())).append('\n');
      }
    }
    rollups(out, e, plan);
    return out.toString();
  }

  /** "1.3/2" for the second indicator of activity 3 of goal 1; the rule's key for monitoring. */
  private static String label(IndicatorResult r) {
    return switch (r.subject()) {
      case IndicatorSubject.Activity a -> a.goal() + "." + a.activity() + "/" + r.indicatorNumber();
      case IndicatorSubject.Monitoring m -> m.ruleKey() + "/" + r.indicatorNumber();
    };
  }

  private static String row(
      int labelWidth,
      int statusWidth,
      String label,
      String indicator,
      String status,
      String value,
      String target,
      String progress) {
    return String.join(
            "  ",
            DisplayWidth.left(label, labelWidth),
            DisplayWidth.left(indicator.replace('\n', ' '), INDICATOR_WIDTH),
            DisplayWidth.left(status, statusWidth),
            DisplayWidth.right(value, VALUE_WIDTH),
            DisplayWidth.left(target, TARGET_WIDTH),
            DisplayWidth.right(progress, PROGRESS_WIDTH))
        .stripTrailing();
  }

  /** "16.27%" or "12"; "-" when there is no value. */
  private static String value(IndicatorResult r) {
    return r.value()
        .map(v -> plain(v) + (r.unit() == ValueUnit.PERCENT ? "%" : ""))
        .orElse("-");
  }

  private static String plain(BigDecimal v) {
    return v.toPlainString();
  }

  /** The activity's latest progress up to the day, "45%"; "-" for monitoring or none. */
  private static String progress(Evaluation e, IndicatorResult r) {
    if (!(r.subject() instanceof IndicatorSubject.Activity a)) {
      return "-";
    }
    ActivityRef ref = new ActivityRef(a.goal(), a.activity());
    return e.latestProgress().stream()
        .filter(p -> p.activity().equals(ref))
        .map(ProgressUpdate::percent)
        .findFirst()
        .map(p -> p + "%")
        .orElse("-");
  }

  private static String records(List<String> ids) {
    if (ids.size() <= RECORDS_SHOWN) {
      return String.join(", ", ids) + " (" + ids.size() + " รายการ)";
    }
    return String.join(", ", ids.subList(0, RECORDS_SHOWN))
        + " … และอีก "
        + (ids.size() - RECORDS_SHOWN)
        + " รายการ (ทั้งหมด "
        + ids.size()
        + " รายการ ดูทั้งหมดด้วย --format json)";
  }

  // Roll-ups (สรุปผล)

  private static final List<Status> ORDER =
      List.of(Status.MET, Status.NOT_MET, Status.ON_TRACK, Status.AT_RISK, Status.NO_DATA, Status.REPORT_ONLY);

  private static void rollups(StringBuilder out, Evaluation e, KmPlan plan) {
    List<String[]> rows = new ArrayList<>();
    rows.add(cells("ทั้งองค์กร", e.rollups().organization()));
    for (Map.Entry<Integer, StatusCounts> g : e.rollups().byGoal().entrySet()) {
      rows.add(cells("เป้าหมาย KM " + g.getKey(), g.getValue()));
    }
    rows.add(cells("แนวทางการติดตามและประเมินผล", e.rollups().monitoring()));
    for (Map.Entry<String, StatusCounts> s : e.rollups().byStep().entrySet()) {
      rows.add(cells(stepName(s.getKey()), s.getValue()));
    }
    for (Division d : plan.divisions()) {
      StatusCounts c = e.rollups().byDivision().get(d.code());
      if (c != null) {
        rows.add(cells(d.name(), c));
      }
    }
    String[] header = new String[ORDER.size() + 3];
    header[0] = "สรุปผล";
    for (int i = 0; i < ORDER.size(); i++) {
      header[i + 1] = ORDER.get(i).thaiName();
    }
    header[ORDER.size() + 1] = "รวม";
    header[ORDER.size() + 2] = "ร้อยละที่บรรลุ";
    int[] widths = new int[header.length];
    for (int c = 0; c < header.length; c++) {
      widths[c] = DisplayWidth.of(header[c]);
      for (String[] row : rows) {
        widths[c] = Math.max(widths[c], DisplayWidth.of(row[c]));
      }
    }
    widths[0] = Math.min(widths[0], 40);
    out.append('\n').append("สรุปผล (roll-ups): ร้อยละที่บรรลุ = บรรลุ ÷ ตัวชี้วัดที่ไม่ใช่รายงานผลเท่านั้น\n");
    out.append(rollupLine(header, widths)).append('\n');
    for (String[] row : rows) {
      out.append(rollupLine(row, widths)).append('\n');
    }
  }

  private static String[] cells(String scope, StatusCounts c) {
    String[] row = new String[ORDER.size() + 3];
    row[0] = scope;
    for (int i = 0; i < ORDER.size(); i++) {
      row[i + 1] = String.valueOf(c.count(ORDER.get(i)));
    }
    row[ORDER.size() + 1] = String.valueOf(c.total());
    row[ORDER.size() + 2] = c.shareMetPercent().map(p -> p.toPlainString() + "%").orElse("-");
    return row;
  }

  private static String rollupLine(String[] cells, int[] widths) {
    List<String> parts = new ArrayList<>();
    parts.add(DisplayWidth.left(cells[0], widths[0]));
    for (int c = 1; c < cells.length; c++) {
      parts.add(DisplayWidth.right(cells[c], widths[c]));
    }
    return String.join("  ", parts).stripTrailing();
  }

  /** "ขั้นตอน 3 การจัดความรู้ให้เป็นระบบ" for {@code KM_PROCESS:3}. */
  private static String stepName(String key) {
    for (Framework f : Framework.values()) {
      for (PlanStep s : f.steps()) {
        if (s.key().equals(key)) {
          return (f == Framework.KM_PROCESS ? "ขั้นตอน " : "องค์ประกอบ ")
              + s.number()
              + " "
              + s.thaiName();
        }
      }
    }
    return key;
  }
}
