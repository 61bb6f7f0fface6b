package th.km.core.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmPlan;
import th.km.core.plan.StaffCategory;
import th.km.core.testing.CalendarGenerators;
import th.km.core.testing.EvaluationPlans;
import th.km.core.testing.RecordGenerator;

/** The year's indices, and the problems between records reported as values. */
class YearRecordsTest {

  private static final LocalDate NOV_1 = LocalDate.of(2025, 11, 1);

  private static StaffMember staff(String id, String division) {
    return StaffMember.builder()
        .id(id)
        .name("นายทดสอบ " + id)
        .category(StaffCategory.MUNICIPAL_OFFICER)
        .division(DivisionCode.of(division))
        .build();
  }

  private static YearRecords.Builder year() {
    return YearRecords.builder().organization(EvaluationPlans.BAN_WAEN).fiscalYear(EvaluationPlans.YEAR);
  }

  private static Training training(String id, String person) {
    return Training.of(id, person, "หลักสูตร", TrainingKind.TRAINING, TrainingSetting.EXTERNAL, NOV_1, NOV_1);
  }

  @Test
  void indicesFindRecordsByIdPersonAndTraining() {
    YearRecords year =
        year()
            .addStaff(staff("s1", "clerk"), staff("s2", "finance"))
            .addTrainings(training("t1", "s1"), training("t2", "s1"))
            .addTrainingReports(TrainingReport.builder().id("r1").trainingId("t1").submittedOn(NOV_1).build())
            .addSupervisorRatings(new SupervisorRating("g1", "t2", 2, 3, NOV_1))
            .addAcknowledgements(new Acknowledgement("k1", "s1", AcknowledgementTopic.KM_GOALS, NOV_1))
            .build();
    assertEquals(RecordKind.TRAINING, year.byId("t2").orElseThrow().kind());
    assertEquals(List.of("t1", "t2"), year.trainingsOf("s1").stream().map(Training::id).toList());
    assertEquals(List.of("r1"), year.reportsOf("t1").stream().map(TrainingReport::id).toList());
    assertEquals(List.of("g1"), year.ratingsOf("t2").stream().map(SupervisorRating::id).toList());
    assertEquals(List.of("s1", "t1", "t2", "k1"), year.naming("s1").stream().map(YearRecord::id).toList());
    assertEquals(List.of("s1"), year.personsOf(year.byId("r1").orElseThrow()));
    assertEquals(7, year.size());
    assertEquals(List.of(), year.validate(EvaluationPlans.base().build()));
  }

  @Test
  void aTrainingsReportsAndRatingsComeInTheOrderTheyWereAdded() {
    TrainingReport r1 = TrainingReport.builder().id("r1").trainingId("t2").submittedOn(NOV_1).build();
    TrainingReport r2 = TrainingReport.builder().id("r2").trainingId("t1").submittedOn(NOV_1).build();
    TrainingReport r3 = TrainingReport.builder().id("r3").trainingId("t2").submittedOn(NOV_1).build();
    TrainingReport r4 = TrainingReport.builder().id("r4").trainingId("t2").submittedOn(NOV_1).build();
    YearRecords year =
        year()
            .addStaff(staff("s1", "clerk"))
            .addTrainings(training("t1", "s1"), training("t2", "s1"))
            .addTrainingReports(r4, r1, r2, r3)
            .addSupervisorRatings(
                new SupervisorRating("g2", "t1", 2, 3, NOV_1),
                new SupervisorRating("g1", "t1", 3, 3, NOV_1),
                new SupervisorRating("g3", "t2", 1, 2, NOV_1))
            .build();
    assertEquals(List.of(r4, r1, r3), year.reportsOf("t2"));
    assertEquals(List.of(r2), year.reportsOf("t1"));
    assertEquals(List.of(), year.reportsOf("t3"));
    assertEquals(List.of("g2", "g1"), year.ratingsOf("t1").stream().map(SupervisorRating::id).toList());
    assertEquals(List.of("g3"), year.ratingsOf("t2").stream().map(SupervisorRating::id).toList());
    assertEquals(List.of(), year.ratingsOf("t3"));
    // Asked twice, the same reports: the look-up does not change what it holds.
    assertEquals(year.reportsOf("t2"), year.reportsOf("t2"));
  }

  @Test
  void danglingReferencesAndTwiceUsedIdsAreReportedNotThrown() {
    YearRecords year =
        year()
            .addStaff(staff("s1", "clerk"), staff("s2", "treasury"))
            .addTrainings(training("t1", "nobody"))
            .addTrainingReports(TrainingReport.builder().id("r1").trainingId("t9").submittedOn(NOV_1).build())
            .addAccessEvents(AccessEvent.single("x1", "a9", PublicationChannel.WEBSITE, NOV_1))
            .addAcknowledgements(new Acknowledgement("s1", "s1", AcknowledgementTopic.KM_GOALS, NOV_1))
            .addProgressUpdates(new ProgressUpdate("p1", new ActivityRef(7, 1), NOV_1, 50, "x"))
            .addRecognitions(new Recognition("h1", "s1", RecognitionKind.DILIGENCE, LocalDate.of(2026, 10, 1)))
            .build();
    List<RecordProblem> problems = year.validate(EvaluationPlans.base().build());
    List<String> english = problems.stream().map(p -> p.message().en()).toList();
    assertEquals(
        List.of(
            "training t1 refers to staff member nobody, which is not recorded",
            "post-training report r1 refers to training t9, which is not recorded",
            "acknowledgement s1 has the id of another record",
            "access to knowledge x1 refers to knowledge asset a9, which is not recorded",
            "recognition h1 is dated 2026-10-01, outside FY B.E. 2569",
            "staff member s2 belongs to division treasury, which the plan does not list",
            "progress update p1 refers to activity 7.1, which the plan does not have"),
        english);
    assertTrue(problems.stream().allMatch(p -> !p.message().th().isBlank()));
    assertEquals(RecordProblem.Severity.WARNING, problems.get(4).severity());
  }

  /** A read made in 2569 of an asset of 2568's records is named 2568/ID and checked by 2568. */
  @Test
  void anAccessToAnAssetOfAnotherYearNamesItsYearAndIsNotDangling() {
    String earlier = AccessEvent.assetIdIn(EvaluationPlans.YEAR, EvaluationPlans.YEAR.previous(), "asset-3");
    assertEquals("2568/asset-3", earlier);
    assertEquals("asset-3", AccessEvent.assetIdIn(EvaluationPlans.YEAR, EvaluationPlans.YEAR, "asset-3"));
    YearRecords year =
        year()
            .addAccessEvents(
                AccessEvent.single("x1", earlier, PublicationChannel.WEBSITE, NOV_1),
                AccessEvent.single("x2", "2569/asset-3", PublicationChannel.WEBSITE, NOV_1),
                AccessEvent.single("x3", "1999/asset-3", PublicationChannel.WEBSITE, NOV_1))
            .build();
    assertEquals(EvaluationPlans.YEAR.previous(), year.accessEvents().get(0).assetYear().orElseThrow());
    assertEquals(
        List.of(
            "access to knowledge x2 refers to knowledge asset 2569/asset-3, which is not recorded",
            "access to knowledge x3 refers to knowledge asset 1999/asset-3, which is not recorded"),
        year.validate(EvaluationPlans.base().build()).stream().map(p -> p.message().en()).toList(),
        "its own year's asset must be in its records; 1999 is no Buddhist year");
  }

  @Test
  void generatedYearsHaveNoErrors() {
    long seed = CalendarGenerators.newSeed();
    Random random = new Random(seed);
    KmPlan plan = EvaluationPlans.withIndicators(List.of());
    for (int i = 0; i < 100; i++) {
      YearRecords year = RecordGenerator.year(random, plan);
      List<RecordProblem> errors =
          year.validate(plan).stream().filter(p -> p.severity() == RecordProblem.Severity.ERROR).toList();
      assertEquals(List.of(), errors, "seed " + seed + " case " + i);
    }
  }
}
