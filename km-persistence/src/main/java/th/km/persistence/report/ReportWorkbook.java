package th.km.persistence.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import th.km.core.evaluation.IndicatorResult;
import th.km.core.evaluation.IndicatorSubject;
import th.km.core.evaluation.Status;
import th.km.core.records.MonitoringNote;
import th.km.core.report.MonitoringReport;
import th.km.core.report.Signatory;
import th.km.core.report.Timeliness;
import th.km.core.report.TrainingLine;
import th.km.persistence.PersistenceException;
import th.km.persistence.document.Digits;

/**
 * The M&amp;E report as an XLSX workbook, one sheet per part (summary, indicators, trainings,
 * problems and recommendations, signatories), with real cells: counts and values are numbers, so a
 * person can sum and sort them. Written with POI's streaming writer, which keeps only a window of
 * rows in memory.
 */
public final class ReportWorkbook {

  /** The sheets, in order. */
  public static final List<String> SHEETS =
      List.of("สรุป", "ตัวชี้วัด", "การฝึกอบรม", "ปัญหาอุปสรรคและข้อเสนอแนะ", "ผู้ลงนาม");

  private ReportWorkbook() {}

  /** The workbook's bytes. */
  public static byte[] write(MonitoringReport report) {
    try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      summary(new Sheet(book.createSheet(SHEETS.get(0)), bold), report);
      indicators(new Sheet(book.createSheet(SHEETS.get(1)), bold), report);
      trainings(new Sheet(book.createSheet(SHEETS.get(2)), bold), report);
      notes(new Sheet(book.createSheet(SHEETS.get(3)), bold), report);
      signatories(new Sheet(book.createSheet(SHEETS.get(4)), bold), report);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      book.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new PersistenceException(
          "เขียนไฟล์ XLSX ไม่ได้ / cannot write the XLSX: " + e.getMessage(), e);
    }
  }

  private static void summary(Sheet s, MonitoringReport r) {
    s.row().text(ReportWords.title(r, Digits.ARABIC));
    s.row().text("องค์กร / organization").text(r.organizationName()).text(r.organization().value());
    s.row().text("รอบ / round").text(r.round().thai()).text(r.round().toString());
    s.row().text("ณ วันที่ / as of").date(r.asOf());
    s.row().text("ช่วงที่รายงาน / period").date(r.period().start()).date(r.period().end());
    s.row().text("เสนอ / to").text(r.recipient());
    s.row();
    s.header("สถานะ", "status", "จำนวนตัวชี้วัด / indicators");
    for (Status st : Status.values()) {
      s.row().text(st.thaiName()).text(st.englishName()).number(r.statusCounts().get(st));
    }
    s.row();
    s.header("การส่งรายงานผลการฝึกอบรม", "timeliness", "จำนวน / trainings");
    for (Timeliness t : Timeliness.values()) {
      s.row().text(t.thaiName()).text(t.englishName()).number(r.timelinessCounts().get(t));
    }
  }

  private static void indicators(Sheet s, MonitoringReport r) {
    s.header(
        "เป้าหมาย / goal", "กิจกรรม / activity", "ชื่อกิจกรรม", "เกณฑ์ / rule", "ตัวชี้วัดที่",
        "ตัวชี้วัด / indicator", "ค่าเป้าหมาย / target", "ผล / value", "หน่วย / unit",
        "ตัวตั้ง / numerator", "ตัวหาร / denominator", "สถานะ", "status", "จำนวนหลักฐาน / evidence",
        "รหัสบันทึก / record ids", "เหตุผล", "reason");
    r.goals()
        .forEach(
            g ->
                g.activities()
                    .forEach(
                        a ->
                            a.indicators()
                                .forEach(
                                    i ->
                                        indicator(
                                            s.row().number(g.number()).number(a.number()).text(a.name()).text(""),
                                            i))));
    for (IndicatorResult i : r.monitoring()) {
      indicator(
          s.row().blank().blank().text("").text(((IndicatorSubject.Monitoring) i.subject()).ruleKey()), i);
    }
  }

  private static void indicator(Sheet.RowWriter row, IndicatorResult i) {
    row.number(i.indicatorNumber()).text(i.indicatorText()).text(i.targetText());
    if (i.value().isPresent()) {
      row.number(i.value().get().doubleValue());
    } else {
      row.blank();
    }
    row.text(i.unit().name().toLowerCase(java.util.Locale.ROOT));
    if (i.numerator().isPresent()) {
      row.number(i.numerator().getAsLong());
    } else {
      row.blank();
    }
    if (i.denominator().isPresent()) {
      row.number(i.denominator().getAsLong());
    } else {
      row.blank();
    }
    row.text(i.status().thaiName())
        .text(i.status().englishName())
        .number(i.recordIds().size())
        .text(String.join(", ", i.recordIds()))
        .text(i.reason().th())
        .text(i.reason().en());
  }

  private static void trainings(Sheet s, MonitoringReport r) {
    s.header(
        "รหัส / training id", "ผู้เข้ารับการฝึกอบรม / trainee", "หลักสูตร / title",
        "วันกลับ / returned", "กำหนดส่ง / due", "รหัสรายงาน / report id", "วันที่ส่ง / submitted",
        "ผล", "timeliness");
    for (TrainingLine t : r.trainings()) {
      s.row()
          .text(t.trainingId())
          .text(t.person())
          .text(t.title())
          .date(t.returned())
          .date(t.due())
          .text(t.reportId().orElse(""))
          .date(t.submitted())
          .text(t.timeliness().thaiName())
          .text(t.timeliness().englishName());
    }
  }

  private static void notes(Sheet s, MonitoringReport r) {
    s.header(
        "รหัส / id", "รอบ / round", "เรื่อง / subject", "เป้าหมาย / goal", "กิจกรรม / activity",
        "ประเภท / type", "ข้อที่ / no.", "ข้อความ / text", "ผู้บันทึก / entered by",
        "วันที่ / date");
    for (MonitoringNote n : r.notes()) {
      for (int i = 0; i < n.problems().size(); i++) {
        note(s, r, n, "ปัญหาอุปสรรค / problem", i + 1, n.problems().get(i));
      }
      for (int i = 0; i < n.recommendations().size(); i++) {
        note(s, r, n, "ข้อเสนอแนะ / recommendation", i + 1, n.recommendations().get(i));
      }
    }
  }

  private static void note(
      Sheet s, MonitoringReport r, MonitoringNote n, String type, int number, String text) {
    Sheet.RowWriter row =
        s.row().text(n.id()).text(n.round().thai()).text(ReportWords.subject(n, r, Digits.ARABIC));
    if (n.goal().isPresent()) {
      row.number(n.goal().getAsInt());
    } else {
      row.blank();
    }
    if (n.activity().isPresent()) {
      row.number(n.activity().getAsInt());
    } else {
      row.blank();
    }
    row.text(type).number(number).text(text).text(n.enteredBy()).date(n.date());
  }

  private static void signatories(Sheet s, MonitoringReport r) {
    s.row().text(r.committeeName());
    s.header("ตำแหน่งในคณะกรรมการ / seat", "ชื่อ / name", "ตำแหน่ง / position", "ตามแผน / as written");
    for (Signatory g : r.signatories()) {
      s.row()
          .text(g.role().thaiName())
          .text(g.personName().orElse(""))
          .text(g.position().orElse(""))
          .text(g.roleText());
    }
  }

  /** One sheet being written row by row. */
  private static final class Sheet {
    private final SXSSFSheet sheet;
    private final CellStyle bold;
    private int next;

    Sheet(SXSSFSheet sheet, CellStyle bold) {
      this.sheet = sheet;
      this.bold = bold;
    }

    RowWriter row() {
      return new RowWriter(sheet.createRow(next++));
    }

    void header(String... titles) {
      RowWriter row = row();
      for (String t : titles) {
        row.text(t).cell(row.column - 1).setCellStyle(bold);
      }
    }

    /** Cells of one row, left to right. */
    static final class RowWriter {
      private final Row row;
      private int column;

      RowWriter(Row row) {
        this.row = row;
      }

      Cell cell(int index) {
        return row.getCell(index);
      }

      RowWriter text(String value) {
        row.createCell(column++).setCellValue(value);
        return this;
      }

      RowWriter number(double value) {
        row.createCell(column++).setCellValue(value);
        return this;
      }

      RowWriter blank() {
        row.createCell(column++);
        return this;
      }

      /** A day as ISO text (yyyy-mm-dd), which sorts and reads the same in every locale. */
      RowWriter date(LocalDate day) {
        return text(day.toString());
      }

      RowWriter date(Optional<LocalDate> day) {
        return day.isPresent() ? date(day.get()) : blank();
      }
    }
  }
}
