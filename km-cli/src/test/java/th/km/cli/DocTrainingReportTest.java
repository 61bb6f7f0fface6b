package th.km.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.calendar.DueDates;
import th.km.core.calendar.ThaiDates;
import th.km.core.records.StaffMember;
import th.km.core.records.Training;
import th.km.core.records.TrainingSetting;
import th.km.core.records.YearRecords;
import th.km.persistence.calendar.HolidayFiles;
import th.km.persistence.demo.DemoYear;
import th.km.persistence.document.Digits;
import th.km.persistence.document.PdfDocuments;

/** {@code km doc training-report}: the pre-filled post-training report of one demo training. */
class DocTrainingReportTest {

  @TempDir static Path dir;

  private static Training training;
  private static StaffMember person;

  @BeforeAll
  static void writeTheDemoYear() {
    DemoYear.write(dir);
    YearRecords records = DemoYear.generate(DemoYear.shippedPlan());
    training =
        records.trainings().stream()
            .filter(t -> t.setting() == TrainingSetting.EXTERNAL)
            .filter(t -> records.staffMember(t.personId()).flatMap(StaffMember::position).isPresent())
            .findFirst()
            .orElseThrow();
    person = records.staffMember(training.personId()).orElseThrow();
  }

  private static String[] run(String format, Path out, String training) {
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {
              "doc", "training-report", "--training", training, "--plan", dir.resolve("plan.json").toString(),
              "--records", dir.toString(), "--format", format, "-o", out.toString()
            },
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));
    return new String[] {String.valueOf(code), err.toString()};
  }

  @Test
  void theFormIsFilledInWithThePersonTheCourseTheDeadlineAndTheChainUpToTheMayor() throws IOException {
    Path out = dir.resolve("report.docx");
    String[] r = run("docx", out, training.id());
    assertEquals("0", r[0], r[1]);
    String text;
    try (InputStream in = Files.newInputStream(out);
        XWPFDocument docx = new XWPFDocument(in);
        XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
      text = extractor.getText();
    }
    assertTrue(text.contains("แบบรายงานผลการฝึกอบรม"), text);
    assertTrue(text.contains(person.name()), "the person");
    assertTrue(text.contains(person.position().orElseThrow()), "the position");
    assertTrue(text.contains(Digits.THAI.apply(training.title())), "the course");
    assertTrue(text.contains(ThaiDates.format(training.start(), ThaiDates.MonthStyle.FULL, ThaiDates.Digits.THAI)), "the first day");
    var due = DueDates.reportDue(training.returned(), 15, HolidayFiles.shipped()).due();
    assertTrue(text.contains(ThaiDates.formatWithWeekday(due, ThaiDates.Digits.THAI)), "the deadline " + due);
    assertTrue(text.contains("นายกเทศมนตรี"), "the chain ends at the mayor");
    assertTrue(text.contains("ปลัดเทศบาล"), "the chain passes the clerk");
    assertTrue(text.contains("เรียน นายกเทศมนตรีตำบลบ้านแหวน"), "addressed to the mayor");
  }

  @Test
  void theHtmlAndPdfSayTheSame() throws IOException {
    Path html = dir.resolve("report.html");
    assertEquals("0", run("html", html, training.id())[0]);
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(page.contains(Digits.THAI.apply(training.title())) && page.contains(person.name()));
    Path pdf = dir.resolve("report.pdf");
    String[] r = run("pdf", pdf, training.id());
    assertEquals("0", r[0], r[1]);
    String text = PdfDocuments.squeeze(String.join("", PdfDocuments.pageTexts(Files.readAllBytes(pdf))));
    assertTrue(text.contains(PdfDocuments.squeeze(Digits.THAI.apply(training.title()))), "the course in the PDF");
    assertTrue(text.contains(PdfDocuments.squeeze(person.name())), "the person in the PDF");
    DocumentPages.keepPngs(pdf, "training-report", java.util.List.of(1));
  }

  @Test
  void anUnknownTrainingIsUnusableInput() {
    String[] r = run("html", dir.resolve("none.html"), "no-such-training");
    assertEquals("2", r[0]);
    assertTrue(r[1].contains("no training with id 'no-such-training'"), r[1]);
    assertTrue(r[1].contains("ไม่พบบันทึกการอบรม"), r[1]);
    assertTrue(!Files.exists(dir.resolve("none.html")));
  }
}
