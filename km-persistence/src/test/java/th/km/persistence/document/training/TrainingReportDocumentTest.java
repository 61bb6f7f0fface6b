package th.km.persistence.document.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.km.core.plan.KmPlan;
import th.km.core.records.Training;
import th.km.core.records.TrainingKind;
import th.km.core.records.TrainingReport;
import th.km.core.records.TrainingSetting;
import th.km.persistence.calendar.HolidayFiles;
import th.km.persistence.demo.DemoYear;
import th.km.persistence.document.Digits;
import th.km.persistence.document.HtmlDocumentWriter;

/**
 * The post-training report form fills in the place, what was learned and how it will be used
 * from the filed report, and keeps the dotted lines for any of them the report lacks.
 */
class TrainingReportDocumentTest {

  private static final KmPlan PLAN = DemoYear.shippedPlan();
  private static final Training TRAINING =
      new Training(
          "t1", "s1", "หลักสูตรการจัดทำคู่มือ", TrainingKind.TRAINING, TrainingSetting.EXTERNAL,
          LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5));
  private static final String DOTS = "..............................";

  private static String form(List<TrainingReport> reports) {
    return HtmlDocumentWriter.write(
        TrainingReportDocument.of(
            PLAN, TRAINING, Optional.empty(), reports, HolidayFiles.shipped(), Digits.THAI));
  }

  private static TrainingReport.Builder report() {
    return TrainingReport.builder().id("r1").trainingId("t1").submittedOn(LocalDate.of(2026, 3, 10));
  }

  /** The item of the numbered list that starts with the label, up to the next item. */
  private static String item(String html, String label) {
    int start = html.indexOf(label);
    assertTrue(start >= 0, "no " + label);
    int end = html.indexOf("</span></div>", start);
    return html.substring(start, end);
  }

  @Test
  void theFiledReportsTextsFillTheForm() {
    String html =
        form(
            List.of(
                report()
                    .place("โรงแรมเซ็นทารา ขอนแก่น")
                    .learned("การเขียนคู่มือ ๓ ขั้นตอน\nการถอดบทเรียน")
                    .plannedUse("จัดทำคู่มือของกองคลัง 2569")
                    .build()));
    assertEquals("สถานที่ โรงแรมเซ็นทารา ขอนแก่น", item(html, "สถานที่"));
    String learned = item(html, "ความรู้ที่ได้รับจากการฝึกอบรม");
    assertTrue(learned.contains("การเขียนคู่มือ ๓ ขั้นตอน<br/>การถอดบทเรียน"), learned);
    assertFalse(learned.contains(DOTS), learned);
    String use = item(html, "การนำความรู้ที่ได้รับไปใช้ในการปฏิบัติงาน");
    assertTrue(use.contains("จัดทำคู่มือของกองคลัง ๒๕๖๙"), "in the form's digits: " + use);
    assertFalse(use.contains(DOTS), use);
  }

  @Test
  void whatTheReportLacksKeepsItsDottedLines() {
    String html = form(List.of(report().learned("การถอดบทเรียน").build()));
    assertTrue(item(html, "สถานที่").contains(DOTS), "no place");
    assertFalse(item(html, "ความรู้ที่ได้รับจากการฝึกอบรม").contains(DOTS), "learned is given");
    assertTrue(item(html, "การนำความรู้ที่ได้รับไปใช้ในการปฏิบัติงาน").contains(DOTS), "no use");
    String unfiled = form(List.of());
    assertTrue(item(unfiled, "สถานที่").contains(DOTS), "no report at all");
    assertTrue(item(unfiled, "ความรู้ที่ได้รับจากการฝึกอบรม").contains(DOTS));
  }
}
