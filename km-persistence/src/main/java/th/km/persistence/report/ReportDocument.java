package th.km.persistence.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import th.km.core.evaluation.IndicatorResult;
import th.km.core.evaluation.IndicatorSubject;
import th.km.core.evaluation.Status;
import th.km.core.records.MonitoringNote;
import th.km.core.report.ActivityPart;
import th.km.core.report.GoalPart;
import th.km.core.report.MonitoringReport;
import th.km.core.report.Signatory;
import th.km.core.report.Timeliness;
import th.km.core.report.TrainingLine;
import th.km.persistence.document.DocBlock;
import th.km.persistence.document.DocBlock.Heading;
import th.km.persistence.document.DocBlock.ItemList;
import th.km.persistence.document.DocBlock.Paragraph;
import th.km.persistence.document.DocSection;
import th.km.persistence.document.Digits;
import th.km.persistence.document.Document;

/**
 * The M&amp;E report to the mayor as a {@link Document}: the covering page with the summary of
 * statuses, the landscape tables of indicators per goal and of the training reports' timeliness,
 * the committee's problems and recommendations, and its signature block. Record ids are printed as
 * they are; only numbers and dates take the document's digits.
 */
public final class ReportDocument {

  private static final List<String> INDICATOR_HEADER =
      List.of("กิจกรรม", "ตัวชี้วัด", "ค่าเป้าหมาย", "ผลการดำเนินงาน", "สถานะ", "หลักฐาน (รหัสบันทึก)");
  private static final List<Integer> INDICATOR_WIDTHS = List.of(22, 22, 14, 12, 10, 20);

  private ReportDocument() {}

  /** The report as a document whose numbers and dates are in the digits given. */
  public static Document of(MonitoringReport report, Digits digits) {
    return new Document(
        ReportWords.title(report, digits),
        digits,
        List.of(
            DocSection.portrait(cover(report, digits)),
            DocSection.landscape(results(report, digits)),
            DocSection.portrait(notesAndSignatures(report, digits))));
  }

  private static List<DocBlock> cover(MonitoringReport report, Digits digits) {
    List<DocBlock> blocks = new ArrayList<>();
    blocks.add(new Heading(1, ReportWords.title(report, digits), false));
    blocks.add(Paragraph.centered(report.organizationName(), true));
    blocks.add(Paragraph.centered(ReportWords.round(report, digits), false));
    blocks.add(Paragraph.plain("เรียน " + report.recipient()));
    blocks.add(
        Paragraph.body(
            report.committeeName()
                + " ได้ติดตามและประเมินผลการดำเนินงานตามแผนการจัดการความรู้ของ"
                + report.organizationName()
                + " ข้อมูล ณ วันที่ "
                + ReportWords.date(report.asOf(), digits)
                + " จึงขอรายงานผลต่อ"
                + report.recipient()
                + " ดังนี้"));
    blocks.add(new Heading(2, "สรุปผลการประเมินตัวชี้วัด", true));
    List<List<String>> rows = new ArrayList<>();
    Map<Status, Integer> counts = report.statusCounts();
    int total = 0;
    for (Status s : Status.values()) {
      rows.add(List.of(s.thaiName() + " (" + s.englishName() + ")", digits.apply("" + counts.get(s))));
      total += counts.get(s);
    }
    rows.add(List.of("รวม", digits.apply("" + total)));
    blocks.add(new DocBlock.Table(List.of(), List.of("สถานะ", "จำนวนตัวชี้วัด"), rows, List.of(3, 1)));
    blocks.add(new Heading(2, "การส่งรายงานผลการฝึกอบรม", true));
    List<List<String>> timeliness = new ArrayList<>();
    report
        .timelinessCounts()
        .forEach((t, n) -> timeliness.add(List.of(t.thaiName(), digits.apply("" + n))));
    blocks.add(
        new DocBlock.Table(List.of(), List.of("การส่งรายงาน", "จำนวน"), timeliness, List.of(3, 1)));
    return blocks;
  }

  private static List<DocBlock> results(MonitoringReport report, Digits digits) {
    List<DocBlock> blocks = new ArrayList<>();
    blocks.add(new Heading(2, "ผลการดำเนินงานตามเป้าหมายและกิจกรรม", true));
    for (GoalPart goal : report.goals()) {
      List<List<String>> rows = new ArrayList<>();
      for (ActivityPart activity : goal.activities()) {
        String name = digits.apply(goal.number() + "." + activity.number()) + " " + activity.name();
        if (activity.indicators().isEmpty()) {
          rows.add(List.of(name, "-", "-", "-", "-", "-"));
        }
        for (IndicatorResult r : activity.indicators()) {
          rows.add(row(name, r, digits));
        }
      }
      blocks.add(
          new DocBlock.Table(
              List.of(digits.apply("เป้าหมาย KM ที่ " + goal.number()) + " : " + goal.title()),
              INDICATOR_HEADER,
              rows,
              INDICATOR_WIDTHS));
    }
    if (!report.monitoring().isEmpty()) {
      blocks.add(new Heading(2, "ผลตามเกณฑ์การติดตามและประเมินผลของแผน", true));
      List<List<String>> rows = new ArrayList<>();
      for (IndicatorResult r : report.monitoring()) {
        String rule = ((IndicatorSubject.Monitoring) r.subject()).ruleKey();
        rows.add(row(rule, r, digits));
      }
      List<String> header = new ArrayList<>(INDICATOR_HEADER);
      header.set(0, "เกณฑ์");
      blocks.add(new DocBlock.Table(List.of(), header, rows, INDICATOR_WIDTHS));
    }
    blocks.add(new Heading(2, "การส่งรายงานผลการฝึกอบรมรายบุคคล", true));
    if (report.trainings().isEmpty()) {
      blocks.add(Paragraph.body("ไม่มีผู้กลับจากการฝึกอบรมในรอบนี้"));
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (TrainingLine t : report.trainings()) {
        rows.add(
            List.of(
                t.trainingId(),
                t.person(),
                t.title(),
                ReportWords.date(t.returned(), digits),
                t.due().map(d -> ReportWords.date(d, digits)).orElse("-"),
                t.submitted().map(d -> ReportWords.date(d, digits)).orElse("-"),
                timeliness(t.timeliness())));
      }
      blocks.add(
          new DocBlock.Table(
              List.of(),
              List.of("รหัส", "ผู้เข้ารับการฝึกอบรม", "หลักสูตร", "วันกลับมาปฏิบัติงาน", "กำหนดส่ง", "วันที่ส่ง", "ผล"),
              rows,
              List.of(8, 16, 24, 13, 13, 13, 13)));
    }
    return blocks;
  }

  private static List<String> row(String first, IndicatorResult r, Digits digits) {
    return List.of(
        first,
        r.indicatorText(),
        r.targetText(),
        digits.apply(ReportWords.value(r)),
        r.status().thaiName(),
        r.recordIds().isEmpty()
            ? "-"
            : digits.apply(r.recordIds().size() + " รายการ: ") + String.join(", ", r.recordIds()));
  }

  private static String timeliness(Timeliness t) {
    return t.thaiName();
  }

  private static List<DocBlock> notesAndSignatures(MonitoringReport report, Digits digits) {
    List<DocBlock> blocks = new ArrayList<>();
    blocks.add(new Heading(2, "ปัญหาอุปสรรคและข้อเสนอแนะ", true));
    if (report.notes().isEmpty()) {
      blocks.add(Paragraph.body("คณะกรรมการยังไม่ได้บันทึกปัญหาอุปสรรคและข้อเสนอแนะสำหรับรอบนี้"));
    }
    for (MonitoringNote note : report.notes()) {
      blocks.add(new Heading(3, ReportWords.subject(note, report, digits), false));
      if (!note.problems().isEmpty()) {
        blocks.add(Paragraph.plain("ปัญหาอุปสรรค"));
        blocks.add(ItemList.numbered(note.problems(), digits));
      }
      if (!note.recommendations().isEmpty()) {
        blocks.add(Paragraph.plain("ข้อเสนอแนะ"));
        blocks.add(ItemList.numbered(note.recommendations(), digits));
      }
      blocks.add(
          new Paragraph(
              "(บันทึกโดย " + note.enteredBy() + " เมื่อ " + ReportWords.date(note.date(), digits) + ")",
              DocBlock.Align.RIGHT,
              false,
              false));
    }
    blocks.add(
        Paragraph.body("จึงเรียนมาเพื่อโปรดทราบและพิจารณา"));
    blocks.add(Paragraph.centered(report.committeeName(), true));
    if (report.signatories().isEmpty()) {
      blocks.add(new DocBlock.Signature(ReportWords.BLANK_NAME, List.of("ประธานกรรมการ")));
    }
    for (Signatory s : report.signatories()) {
      List<String> lines = new ArrayList<>();
      s.position().ifPresent(lines::add);
      lines.add(s.role().thaiName());
      blocks.add(new DocBlock.Signature(ReportWords.signatoryName(s), lines));
    }
    return blocks;
  }
}
