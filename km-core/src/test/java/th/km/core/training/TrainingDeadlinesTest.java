package th.km.core.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.plan.KmPlan;
import th.km.core.plan.StaffCategory;
import th.km.core.records.SignOff;
import th.km.core.records.StaffMember;
import th.km.core.records.Training;
import th.km.core.records.TrainingKind;
import th.km.core.records.TrainingReport;
import th.km.core.records.TrainingSetting;
import th.km.core.records.YearRecords;
import th.km.core.testing.EvaluationPlans;

/**
 * The trainings' report deadlines as of 20 March 2026 under the seed's rule (15 days from the
 * return, external trainings only): each status, the order the secretary reads them in, and
 * nothing dated after the day seen.
 */
class TrainingDeadlinesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 20);
  private static final KmPlan PLAN = EvaluationPlans.base().build();

  private static Training training(String id, TrainingSetting setting, LocalDate returned) {
    return new Training(
        id, "s1", "หลักสูตร " + id, TrainingKind.TRAINING, setting, returned.minusDays(2), returned, returned);
  }

  private static TrainingReport report(String id, String training, LocalDate submitted, SignOff... signOffs) {
    return TrainingReport.builder()
        .id(id)
        .trainingId(training)
        .submittedOn(submitted)
        .addSignOffs(signOffs)
        .build();
  }

  private static List<TrainingRow> rows() {
    YearRecords records =
        YearRecords.builder()
            .organization(EvaluationPlans.BAN_WAEN)
            .fiscalYear(EvaluationPlans.YEAR)
            .addStaff(
                StaffMember.builder()
                    .id("s1")
                    .name("นางสาวทดสอบ")
                    .category(StaffCategory.MUNICIPAL_OFFICER)
                    .build())
            // due 17 Feb, submitted 10 Feb: on time
            .addTrainings(training("on-time", TrainingSetting.EXTERNAL, LocalDate.of(2026, 2, 2)))
            .addTrainingReports(
                report(
                    "r1",
                    "on-time",
                    LocalDate.of(2026, 2, 10),
                    new SignOff("ปลัดเทศบาล", LocalDate.of(2026, 2, 12), false),
                    new SignOff("นายกเทศมนตรี", LocalDate.of(2026, 3, 25), true)))
            // due 17 Feb, submitted 1 Mar: late
            .addTrainings(training("late", TrainingSetting.EXTERNAL, LocalDate.of(2026, 2, 2)))
            .addTrainingReports(report("r2", "late", LocalDate.of(2026, 3, 1)))
            // due 17 Feb, nothing: overdue by 31 days
            .addTrainings(training("overdue", TrainingSetting.EXTERNAL, LocalDate.of(2026, 2, 2)))
            // due 1 April, reported on 25 March, after the day: still due
            .addTrainings(training("due", TrainingSetting.EXTERNAL, LocalDate.of(2026, 3, 17)))
            .addTrainingReports(report("r3", "due", LocalDate.of(2026, 3, 25)))
            .addTrainings(training("internal", TrainingSetting.INTERNAL, LocalDate.of(2026, 3, 2)))
            // starts after the day: not listed
            .addTrainings(training("later", TrainingSetting.EXTERNAL, LocalDate.of(2026, 4, 30)))
            .build();
    return TrainingDeadlines.asOf(PLAN, records, AS_OF, HolidayCalendar.none());
  }

  @Test
  void eachTrainingGetsItsStatusMostUrgentFirst() {
    List<TrainingRow> rows = rows();
    assertEquals(
        List.of("overdue", "due", "late", "on-time", "internal"),
        rows.stream().map(r -> r.training().id()).toList());
    assertEquals(
        List.of(
            ReportStatus.OVERDUE,
            ReportStatus.DUE,
            ReportStatus.SUBMITTED_LATE,
            ReportStatus.SUBMITTED_ON_TIME,
            ReportStatus.NOT_REQUIRED),
        rows.stream().map(TrainingRow::status).toList());
    assertEquals(31, rows.get(0).daysOverdue());
    assertEquals(LocalDate.of(2026, 2, 17), rows.get(0).due().orElseThrow().due());
  }

  @Test
  void whatIsDatedAfterTheDayIsNotSeen() {
    TrainingRow due = rows().get(1);
    assertEquals(java.util.Optional.empty(), due.report(), "a report of 25 March is not seen on the 20th");
    TrainingRow onTime = rows().get(3);
    assertEquals(1, onTime.signOffs().size(), "the mayor signs on the 25th");
    assertEquals(java.util.Optional.empty(), onTime.headSignedOn());
  }
}
