package th.km.core.reading;

import java.util.Optional;
import th.km.core.calendar.ThaiDates;
import th.km.core.records.Training;
import th.km.core.records.TrainingReport;

/**
 * The draft knowledge asset a filed post-training report becomes (จากรายงานผลการฝึกอบรมสู่องค์ความรู้):
 * what was learned and how it will be used, under the course's title, dates and place, for the
 * secretary to review before it is published. The trainee is linked as the asset's author rather
 * than named in the text, so that the public portal shows the name only where the organization
 * allows it.
 */
public final class TrainingKnowledge {

  private TrainingKnowledge() {}

  /** The starting text of the draft made from the report of the training. */
  public static StartingText draft(Training training, TrainingReport report) {
    StringBuilder b = new StringBuilder();
    b.append("**หลักสูตร:** ").append(training.title().strip()).append("  \n");
    b.append("**ประเภท:** ").append(training.trainingKind().thaiName()).append("  \n");
    b.append("**ระหว่างวันที่:** ")
        .append(date(training.start()))
        .append(" – ")
        .append(date(training.end()))
        .append("  \n");
    report.place().ifPresent(p -> b.append("**สถานที่:** ").append(p.strip()).append("  \n"));
    b.append("\n## ความรู้ที่ได้รับจากการฝึกอบรม\n\n").append(text(report.learned())).append("\n");
    b.append("\n## การนำความรู้ที่ได้รับไปใช้ในการปฏิบัติงาน\n\n")
        .append(text(report.plannedUse()))
        .append("\n");
    return new StartingText("รายงานผลการฝึกอบรม: " + training.title().strip(), b.toString());
  }

  private static String text(Optional<String> written) {
    return written.map(String::strip).orElse("(ยังไม่ได้บันทึก)");
  }

  private static String date(java.time.LocalDate day) {
    return ThaiDates.format(day, ThaiDates.MonthStyle.FULL, ThaiDates.Digits.ARABIC);
  }
}
