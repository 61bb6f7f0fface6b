package th.km.core.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.StaffCategory;

/** Each kind of record refuses to be built in a state that cannot be true. */
class RecordsTest {

  private static final LocalDate NOV_1 = LocalDate.of(2025, 11, 1);

  private static void rejected(String expectedWords, Runnable build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::run);
    assertTrue(e.getMessage().contains(expectedWords), e.getMessage());
  }

  @Test
  void aReturnBeforeTheStartIsRejected() {
    rejected(
        "return date (2025-10-31) is before the start (2025-11-01)",
        () ->
            new Training(
                "t1", "s1", "หลักสูตร", TrainingKind.SEMINAR, TrainingSetting.EXTERNAL, NOV_1, NOV_1,
                NOV_1.minusDays(1)));
    rejected(
        "ends (2025-10-31) before it starts",
        () -> Training.of("t1", "s1", "หลักสูตร", TrainingKind.SEMINAR, TrainingSetting.EXTERNAL, NOV_1, NOV_1.minusDays(1)));
  }

  @Test
  void negativeCountsAreRejected() {
    rejected("negative (-1)", () -> new SupervisorRating("g1", "t1", -1, 3, NOV_1));
    rejected("negative (-2)", () -> new SupervisorRating("g1", "t1", 3, -2, NOV_1));
    rejected("at least one access, got 0", () -> new AccessEvent("x1", "a1", PublicationChannel.WEBSITE, NOV_1, 0));
    rejected(
        "other attendees is negative (-1)",
        () ->
            Meeting.builder()
                .id("m1")
                .meetingKind(MeetingKind.WORKSHOP)
                .title("อบรม")
                .date(NOV_1)
                .otherAttendees(-1)
                .build());
    rejected("percent must be 0-100, got 101", () -> new ProgressUpdate("p1", new ActivityRef(1, 1), NOV_1, 101, "x"));
  }

  @Test
  void aTrainingReportsTextsAreNeverBlankAndItsPlaceIsOneLine() {
    TrainingReport.Builder report = TrainingReport.builder().id("r1").trainingId("t1").submittedOn(NOV_1);
    rejected("the place is blank or has several lines", () -> report.place(" ").build());
    rejected("the place is blank or has several lines", () -> report.place("ห้อง\nประชุม").build());
    rejected("what was learned is blank", () -> report.place("ห้องประชุม").learned("").build());
    rejected("the planned use is blank", () -> report.learned("ก\nข").plannedUse("\n").build());
    TrainingReport whole = report.plannedUse("ใช้ในงาน").build();
    assertEquals(java.util.Optional.of("ก\nข"), whole.learned());
  }

  @Test
  void idsWithSpacesOrEmptyAreRejected() {
    rejected("got 'a b'", () -> new Acknowledgement("a b", "s1", AcknowledgementTopic.KM_GOALS, NOV_1));
    rejected("got ''", () -> new Recognition("", "s1", RecognitionKind.DILIGENCE, NOV_1));
    new Acknowledgement("บันทึก-๑/2569", "s1", AcknowledgementTopic.KM_GOALS, NOV_1);
  }

  @Test
  void reportsAndMeetingsRejectImpossibleOrders() {
    rejected(
        "signed on 2025-10-31, before the step before it",
        () ->
            TrainingReport.builder()
                .id("r1")
                .trainingId("t1")
                .submittedOn(NOV_1)
                .addSignOffs(new SignOff("ปลัดเทศบาล", NOV_1.minusDays(1), false))
                .build());
    rejected(
        "lists attendee s1 twice",
        () ->
            Meeting.builder()
                .id("m1")
                .meetingKind(MeetingKind.WORKSHOP)
                .title("อบรม")
                .date(NOV_1)
                .addAttendeeIds("s1", "s1")
                .build());
    rejected(
        "only a work manual has a flowchart",
        () ->
            KnowledgeAsset.builder()
                .id("a1")
                .title("เรื่องเล่า")
                .assetKind(AssetKind.STORY)
                .withFlowchart(true)
                .createdOn(NOV_1)
                .build());
    rejected(
        "reviewed (2025-10-31) before it is created",
        () ->
            KnowledgeAsset.builder()
                .id("a1")
                .title("คู่มือ")
                .assetKind(AssetKind.WORK_MANUAL)
                .createdOn(NOV_1)
                .reviewedOn(NOV_1.minusDays(1))
                .build());
  }

  @Test
  void anAssetsStatusFollowsItsDates() {
    KnowledgeAsset manual =
        KnowledgeAsset.builder()
            .id("a1")
            .title("คู่มือการปฏิบัติงาน")
            .assetKind(AssetKind.WORK_MANUAL)
            .createdOn(NOV_1)
            .reviewedOn(LocalDate.of(2025, 12, 1))
            .addPublications(
                new Publication(PublicationChannel.WEBSITE, LocalDate.of(2026, 1, 10)),
                new Publication(PublicationChannel.NOTICE_BOARD, LocalDate.of(2026, 1, 5)))
            .build();
    assertEquals(Optional.empty(), manual.statusOn(NOV_1.minusDays(1)));
    assertEquals(Optional.of(AssetStatus.DRAFT), manual.statusOn(NOV_1));
    assertEquals(Optional.of(AssetStatus.REVIEWED), manual.statusOn(LocalDate.of(2026, 1, 4)));
    assertEquals(Optional.of(AssetStatus.PUBLISHED), manual.statusOn(LocalDate.of(2026, 1, 5)));
    assertEquals(AssetStatus.PUBLISHED, manual.status());
    assertEquals(Optional.of(LocalDate.of(2026, 1, 5)), manual.reachedOn(AssetStatus.PUBLISHED));
    assertEquals(Set.of(PublicationChannel.NOTICE_BOARD), manual.channelsOn(LocalDate.of(2026, 1, 9)));
  }

  @Test
  void anAssetIsFirstPublishedOnAChannelOnTheEarliestOfItsDays() {
    KnowledgeAsset manual =
        KnowledgeAsset.builder()
            .id("a1")
            .title("คู่มือการปฏิบัติงาน")
            .assetKind(AssetKind.WORK_MANUAL)
            .createdOn(NOV_1)
            .addPublications(
                new Publication(PublicationChannel.WEBSITE, LocalDate.of(2026, 1, 10)),
                new Publication(PublicationChannel.NOTICE_BOARD, LocalDate.of(2026, 1, 12)),
                new Publication(PublicationChannel.WEBSITE, LocalDate.of(2026, 1, 8)),
                new Publication(PublicationChannel.WEBSITE, LocalDate.of(2026, 2, 1)))
            .build();
    // Whatever the order the publications are listed in.
    assertEquals(Optional.of(LocalDate.of(2026, 1, 8)), manual.publishedOn(PublicationChannel.WEBSITE));
    assertEquals(
        Optional.of(LocalDate.of(2026, 1, 12)), manual.publishedOn(PublicationChannel.NOTICE_BOARD));
    assertEquals(Optional.empty(), manual.publishedOn(PublicationChannel.INFORMATION_CENTRE));
    assertEquals(Optional.of(LocalDate.of(2026, 1, 8)), manual.reachedOn(AssetStatus.PUBLISHED));
    assertEquals(Optional.of(LocalDate.of(2026, 1, 8)), manual.reachedOn(AssetStatus.REVIEWED));
  }

  private static StaffMember bornOn(LocalDate birth) {
    return StaffMember.builder()
        .id("s1")
        .name("นายทดสอบ")
        .category(StaffCategory.MUNICIPAL_OFFICER)
        .birthDate(birth)
        .build();
  }

  @Test
  void retirementIsTheEndOfTheFiscalYearOfTheSixtiethYear() {
    assertEquals(Optional.of(LocalDate.of(2026, 9, 30)), bornOn(LocalDate.of(1966, 3, 15)).retiresOn());
    // Born 1 October: sixty years are complete at the end of 30 September, so retirement is then.
    assertEquals(Optional.of(LocalDate.of(2026, 9, 30)), bornOn(LocalDate.of(1966, 10, 1)).retiresOn());
    assertEquals(Optional.of(LocalDate.of(2027, 9, 30)), bornOn(LocalDate.of(1966, 10, 2)).retiresOn());
    assertEquals(Optional.of(LocalDate.of(2026, 3, 15)), bornOn(LocalDate.of(1966, 3, 15)).sixtiethBirthday());
    StaffMember stated =
        StaffMember.builder().from(bornOn(LocalDate.of(1966, 3, 15))).retirementDate(LocalDate.of(2026, 5, 31)).build();
    assertEquals(Optional.of(LocalDate.of(2026, 5, 31)), stated.retiresOn());
  }

  @Test
  void staffAreActiveBetweenTheirDays() {
    StaffMember s =
        StaffMember.builder()
            .from(bornOn(LocalDate.of(1980, 1, 1)))
            .activeFrom(LocalDate.of(2025, 12, 1))
            .activeUntil(LocalDate.of(2026, 6, 30))
            .build();
    assertEquals(
        List.of(false, true, true, false),
        List.of(
            s.isActiveOn(LocalDate.of(2025, 11, 30)),
            s.isActiveOn(LocalDate.of(2025, 12, 1)),
            s.isActiveOn(LocalDate.of(2026, 6, 30)),
            s.isActiveOn(LocalDate.of(2026, 7, 1))));
    rejected(
        "leaves (2025-11-30) before joining (2025-12-01)",
        () ->
            StaffMember.builder()
                .from(bornOn(LocalDate.of(1980, 1, 1)))
                .activeFrom(LocalDate.of(2025, 12, 1))
                .activeUntil(LocalDate.of(2025, 11, 30))
                .division(DivisionCode.of("clerk"))
                .build());
  }

  @Test
  void idsAreCheckedByOneRuleAndARefusedReferenceNamesItsRecord() {
    assertEquals("acc-000094", RecordIds.check("acc-000094", "access event"));
    assertEquals("ก.1/๒:#_x", RecordIds.check("ก.1/๒:#_x", "access event"));
    assertEquals("a".repeat(100), RecordIds.check("a".repeat(100), "access event"));
    rejected("access event id must be", () -> RecordIds.check("a b", "access event"));
    rejected("access event id must be", () -> RecordIds.check("", "access event"));
    rejected("access event id must be", () -> RecordIds.check("a".repeat(101), "access event"));
    rejected("access event id must be", () -> RecordIds.check("a,b", "access event"));
    rejected(
        "training t1 person id must be 1-100 letters, digits or . _ : / # -, without spaces, got 's 1'",
        () -> Training.of("t1", "s 1", "หลักสูตร", TrainingKind.SEMINAR, TrainingSetting.EXTERNAL, NOV_1, NOV_1));
    rejected(
        "access event e1 asset id must be",
        () -> new AccessEvent("e1", "ka 1", PublicationChannel.WEBSITE, NOV_1, 1));
  }
}
