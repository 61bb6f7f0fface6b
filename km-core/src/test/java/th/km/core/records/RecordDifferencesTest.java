package th.km.core.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmPlan;
import th.km.core.plan.StaffCategory;
import th.km.core.testing.PlanGenerator;
import th.km.core.testing.RecordGenerator;

/** The fields named as changed are exactly those that differ, named as in the records folder. */
class RecordDifferencesTest {

  private static final LocalDate DAY = LocalDate.of(2026, 1, 15);

  @Test
  void everyRecordEqualsItselfAndDiffersFromAnotherOfItsKindInTheFieldsThatDiffer() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int round = 0; round < 30; round++) {
      KmPlan plan = PlanGenerator.plan(random);
      YearRecords year = RecordGenerator.year(random, plan, 8);
      for (RecordKind kind : RecordKind.values()) {
        List<? extends YearRecord> records = year.ofKind(kind);
        for (YearRecord a : records) {
          assertEquals(List.of(), RecordDifferences.between(a, a), "seed " + seed + "L, " + a);
          for (YearRecord b : records) {
            List<String> fields = RecordDifferences.between(a, b);
            assertEquals(a.equals(b), fields.isEmpty(), "seed " + seed + "L, " + a + " / " + b);
            assertEquals(
                fields.contains("id"), !a.id().equals(b.id()), "seed " + seed + "L, " + fields);
          }
        }
      }
    }
  }

  @Test
  void aStaffMemberNamesEachChangedField() {
    StaffMember before =
        StaffMember.builder()
            .id("s1")
            .name("นายสมชาย ใจดี")
            .category(StaffCategory.MUNICIPAL_OFFICER)
            .division(DivisionCode.of("finance"))
            .position("นักวิชาการเงินและบัญชี")
            .birthDate(LocalDate.of(1970, 5, 1))
            .build();

    assertEquals(
        List.of("division", "position", "birthDate", "activeUntil"),
        RecordDifferences.between(
            before,
            StaffMember.builder()
                .from(before)
                .division(Optional.empty())
                .position("นักทรัพยากรบุคคล")
                .birthDate(LocalDate.of(1970, 5, 2))
                .activeUntil(DAY)
                .build()));
  }

  @Test
  void listsInsideARecordCompareWhole() {
    Meeting before =
        Meeting.builder()
            .id("m1")
            .meetingKind(MeetingKind.WORKSHOP)
            .title("อบรมเชิงปฏิบัติการ")
            .date(DAY)
            .addAttendeeIds("s1", "s2")
            .build();
    Meeting reordered = Meeting.builder().from(before).attendeeIds(List.of("s2", "s1")).build();
    TrainingReport report =
        TrainingReport.builder()
            .id("r1")
            .trainingId("t1")
            .submittedOn(DAY)
            .addSignOffs(new SignOff("ปลัดเทศบาล", DAY, false))
            .build();
    TrainingReport signedByMayor =
        TrainingReport.builder()
            .from(report)
            .addSignOffs(new SignOff("นายกเทศมนตรี", DAY, true))
            .build();

    assertEquals(List.of("attendeeIds"), RecordDifferences.between(before, reordered));
    assertEquals(List.of("signOffs"), RecordDifferences.between(report, signedByMayor));
  }

  @Test
  void recordsNamedByTheirFileFields() {
    assertEquals(
        List.of("kind", "start"),
        RecordDifferences.between(
            new Training("t1", "s1", "หลักสูตร", TrainingKind.TRAINING, TrainingSetting.EXTERNAL, DAY, DAY, DAY),
            new Training(
                "t1", "s1", "หลักสูตร", TrainingKind.SEMINAR, TrainingSetting.EXTERNAL, DAY.minusDays(1), DAY, DAY)));
    assertEquals(
        List.of("before", "after"),
        RecordDifferences.between(
            new SupervisorRating("g1", "t1", 2, 3, DAY), new SupervisorRating("g1", "t1", 3, 4, DAY)));
    assertEquals(
        List.of("activity", "percent"),
        RecordDifferences.between(
            new ProgressUpdate("p1", new ActivityRef(1, 2), DAY, 50, "ทำแล้ว"),
            new ProgressUpdate("p1", new ActivityRef(1, 3), DAY, 60, "ทำแล้ว")));
    assertEquals(
        List.of("hits"),
        RecordDifferences.between(
            new AccessEvent("x1", "a1", PublicationChannel.WEBSITE, DAY, 3),
            new AccessEvent("x1", "a1", PublicationChannel.WEBSITE, DAY, 4)));
  }

  @Test
  void recordsOfDifferentKindsCannotBeCompared() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            RecordDifferences.between(
                new Recognition("x", "s1", RecognitionKind.DILIGENCE, DAY),
                new Acknowledgement("x", "s1", AcknowledgementTopic.KM_GOALS, DAY)));
  }
}
