package th.km.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.plan.StaffCategory;
import th.km.core.records.AccessEvent;
import th.km.core.records.Acknowledgement;
import th.km.core.records.AcknowledgementTopic;
import th.km.core.records.AssetKind;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.Meeting;
import th.km.core.records.MeetingKind;
import th.km.core.records.Publication;
import th.km.core.records.PublicationChannel;
import th.km.core.records.SignOff;
import th.km.core.records.StaffMember;
import th.km.core.records.Training;
import th.km.core.records.TrainingKind;
import th.km.core.records.TrainingReport;
import th.km.core.records.TrainingSetting;
import th.km.core.records.YearRecords;

/**
 * The test plans' years with records chosen so that, as of {@link TestServer#AS_OF} (15 March
 * 2026), every status and every report status shows: activity 1.1 is not met, 1.2's workshop
 * attendance at risk and its acknowledgements met, 1.3 report-only, goal 4's recognition has no
 * data; one training report is overdue, one due, one late, one on time and one not required.
 */
public final class TestYears {

  /** A staff member, whose name must never reach the public page. */
  public static final String PRASERT = "นายประเสริฐ บุญมา";

  /** Another staff member. */
  public static final String WILAIWAN = "นางสาววิไลวรรณ คำแก้ว";

  /** The course whose report is overdue as of 15 March 2026. */
  public static final String OVERDUE_COURSE = "หลักสูตรการบริหารงานบุคคลส่วนท้องถิ่น";

  /** The course whose report came a day late, its due day moved over a weekend. */
  public static final String LATE_COURSE = "สัมมนาการจัดซื้อจัดจ้างภาครัฐ";

  /** A holiday, so that due days can be moved over one. */
  public static final HolidayCalendar HOLIDAYS =
      HolidayCalendar.of(Map.of(LocalDate.of(2026, 4, 13), "วันสงกรานต์"));

  private TestYears() {}

  /** Ban Waen's year with its records, and the other organization's plan without any. */
  public static DashboardSource source() {
    return DashboardSource.of(
        List.of(
            new YearData(TestPlans.banWaen(), banWaenRecords(), HOLIDAYS),
            YearData.withoutRecords(TestPlans.other(), HOLIDAYS)));
  }

  public static YearRecords banWaenRecords() {
    return YearRecords.builder()
        .organization(TestPlans.ORG)
        .fiscalYear(TestPlans.FY2569)
        .addStaff(
            StaffMember.builder()
                .id("s1")
                .name(PRASERT)
                .category(StaffCategory.MUNICIPAL_OFFICER)
                .division(TestPlans.FINANCE)
                .position("นักวิชาการเงินและบัญชี")
                .build(),
            StaffMember.builder()
                .id("s2")
                .name(WILAIWAN)
                .category(StaffCategory.MUNICIPAL_OFFICER)
                .division(TestPlans.CLERK)
                .position("นักทรัพยากรบุคคล")
                .build())
        .addMeetings(
            Meeting.builder()
                .id("m1")
                .meetingKind(MeetingKind.KM_COMMITTEE)
                .title("ประชุมคณะกรรมการจัดการความรู้ ครั้งที่ ๑/๒๕๖๙")
                .date(LocalDate.of(2025, 11, 10))
                .addAttendeeIds("s1", "s2")
                .build(),
            Meeting.builder()
                .id("m2")
                .meetingKind(MeetingKind.WORKSHOP)
                .title("อบรมเชิงปฏิบัติการจัดทำคู่มือ")
                .date(LocalDate.of(2026, 2, 1))
                .addAttendeeIds("s1")
                .build())
        .addAcknowledgements(
            new Acknowledgement("k1", "s2", AcknowledgementTopic.KM_GOALS, LocalDate.of(2025, 12, 1)))
        .addTrainings(
            // Reported on time and signed up to the mayor.
            Training.of("t1", "s2", "หลักสูตรการจัดทำคู่มือการปฏิบัติงาน", TrainingKind.TRAINING,
                TrainingSetting.EXTERNAL, LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 5)),
            // Back on 20 January, due 4 February, no report by 15 March: overdue.
            Training.of("t2", "s1", OVERDUE_COURSE, TrainingKind.TRAINING,
                TrainingSetting.EXTERNAL, LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 20)),
            // Internal: the plan's rule asks no report.
            Training.of("t3", "s1", "อบรมภายในเรื่องระเบียบงานสารบรรณ", TrainingKind.TRAINING,
                TrainingSetting.INTERNAL, LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 10)),
            // Back on 12 March, due 27 March: not yet due.
            Training.of("t4", "s2", "ศึกษาดูงานการจัดการขยะชุมชน", TrainingKind.STUDY_VISIT,
                TrainingSetting.EXTERNAL, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 12)),
            // Back on 20 February: the 15th day is Saturday 7 March, so due Monday 9 March;
            // submitted on the 10th: late.
            Training.of("t5", "s1", LATE_COURSE, TrainingKind.SEMINAR,
                TrainingSetting.EXTERNAL, LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 20)))
        .addTrainingReports(
            TrainingReport.builder()
                .id("r1")
                .trainingId("t1")
                .submittedOn(LocalDate.of(2025, 12, 10))
                .addSignOffs(
                    new SignOff("หัวหน้าสำนักปลัดเทศบาล", LocalDate.of(2025, 12, 11), false),
                    new SignOff("ปลัดเทศบาล", LocalDate.of(2025, 12, 12), false),
                    new SignOff(TestPlans.MAYOR, LocalDate.of(2025, 12, 15), true))
                .build(),
            TrainingReport.builder()
                .id("r5")
                .trainingId("t5")
                .submittedOn(LocalDate.of(2026, 3, 10))
                .addSignOffs(new SignOff("ผู้อำนวยการกองคลัง", LocalDate.of(2026, 3, 11), false))
                .build())
        .addKnowledgeAssets(
            KnowledgeAsset.builder()
                .id("a1")
                .title("คู่มือการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง")
                .assetKind(AssetKind.WORK_MANUAL)
                .withFlowchart(true)
                .division(TestPlans.FINANCE)
                .addAuthorIds("s1")
                .createdOn(LocalDate.of(2025, 11, 1))
                .reviewedOn(LocalDate.of(2025, 12, 1))
                .addPublications(
                    new Publication(PublicationChannel.WEBSITE, LocalDate.of(2025, 12, 5)),
                    new Publication(PublicationChannel.NOTICE_BOARD, LocalDate.of(2025, 12, 8)))
                .build(),
            KnowledgeAsset.builder()
                .id("a2")
                .title("เรื่องเล่าการให้บริการประชาชน")
                .assetKind(AssetKind.STORY)
                .division(TestPlans.CLERK)
                .addAuthorIds("s2")
                .createdOn(LocalDate.of(2026, 2, 1))
                .build(),
            KnowledgeAsset.builder()
                .id("a3")
                .title("สาระน่ารู้การจัดการความรู้")
                .assetKind(AssetKind.KNOWLEDGE_ARTICLE)
                .division(Optional.empty())
                .createdOn(LocalDate.of(2026, 1, 5))
                .addPublications(new Publication(PublicationChannel.FACEBOOK, LocalDate.of(2026, 1, 6)))
                .build(),
            KnowledgeAsset.builder()
                .id("a4")
                .title("คู่มือที่ยังไม่ได้เขียน")
                .assetKind(AssetKind.WORK_MANUAL)
                .division(TestPlans.CLERK)
                .createdOn(LocalDate.of(2026, 6, 1))
                .build())
        .addAccessEvents(
            new AccessEvent("x1", "a1", PublicationChannel.WEBSITE, LocalDate.of(2026, 1, 10), 12),
            new AccessEvent("x2", "a1", PublicationChannel.NOTICE_BOARD, LocalDate.of(2026, 2, 10), 3),
            new AccessEvent("x3", "a1", PublicationChannel.WEBSITE, LocalDate.of(2026, 4, 10), 100))
        .build();
  }
}
