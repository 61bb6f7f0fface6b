package th.km.core.testing;

import static th.km.core.testing.RecordGenerator.oneOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import th.km.core.calendar.DateRange;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.StaffCategory;
import th.km.core.records.AccessEvent;
import th.km.core.records.Acknowledgement;
import th.km.core.records.AcknowledgementTopic;
import th.km.core.records.ActivityRef;
import th.km.core.records.AssetKind;
import th.km.core.records.EvaluationReport;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.Meeting;
import th.km.core.records.MeetingKind;
import th.km.core.records.ProgressUpdate;
import th.km.core.records.Publication;
import th.km.core.records.PublicationChannel;
import th.km.core.records.RecognitionKind;
import th.km.core.records.Recognition;
import th.km.core.records.SignOff;
import th.km.core.records.StaffMember;
import th.km.core.records.SupervisorRating;
import th.km.core.records.Training;
import th.km.core.records.TrainingKind;
import th.km.core.records.TrainingReport;
import th.km.core.records.TrainingSetting;


/**
 * Seeded generators of one record of each kind in a fiscal year, with plausible Thai names,
 * positions and courses; {@link RecordGenerator} puts them together into a year. Every method takes
 * the test's {@link Random}, so that a failure replays from the seed the test prints.
 */
public final class OneRecordGenerator {

  private static final List<String> TITLES = List.of("นาย", "นาง", "นางสาว");
  private static final List<String> FIRST_NAMES =
      List.of("สมชาย", "สมหญิง", "ประเสริฐ", "วิไลวรรณ", "ธนากร", "กาญจนา", "สุริยา", "ศิริพร", "อนุชา", "พิมพ์ใจ");
  private static final List<String> LAST_NAMES =
      List.of("ใจดี", "แสงทอง", "บุญมา", "ศรีสุข", "คำแก้ว", "ทองดี", "อินทร์แก้ว", "วงศ์ใหญ่");
  private static final List<String> POSITIONS =
      List.of(
          "นักทรัพยากรบุคคล",
          "นักจัดการงานทั่วไป",
          "นักวิชาการเงินและบัญชี",
          "เจ้าพนักงานการเงินและบัญชี",
          "นายช่างโยธา",
          "นักวิชาการศึกษา",
          "นักวิชาการสาธารณสุข",
          "นิติกร");
  private static final List<String> COURSES =
      List.of(
          "หลักสูตรการจัดทำคู่มือการปฏิบัติงาน",
          "หลักสูตรการบริหารงานบุคคลส่วนท้องถิ่น",
          "สัมมนาการจัดซื้อจัดจ้างภาครัฐ",
          "ศึกษาดูงานการจัดการขยะชุมชน",
          "หลักสูตรนักบริหารงานท้องถิ่น");

  private OneRecordGenerator() {}

  /** A staff member of one of the divisions; about one in ten turns 60 during the year. */
  public static StaffMember staffMember(
      Random random, String id, List<DivisionCode> divisions, FiscalYear fy) {
    StaffCategory category = oneOf(random, StaffCategory.class);
    boolean inDivision =
        category == StaffCategory.MUNICIPAL_OFFICER || category == StaffCategory.CONTRACT_STAFF;
    LocalDate birth =
        random.nextInt(10) == 0
            ? dateIn(random, fy.range()).minusYears(60)
            : LocalDate.of(1966 + random.nextInt(36), 1 + random.nextInt(12), 1 + random.nextInt(28));
    StaffMember.Builder b =
        StaffMember.builder()
            .id(id)
            .name(
                pickOne(random, TITLES)
                    + pickOne(random, FIRST_NAMES)
                    + " "
                    + pickOne(random, LAST_NAMES))
            .category(category)
            .birthDate(birth);
    if (inDivision && !divisions.isEmpty()) {
      b.division(divisions.get(random.nextInt(divisions.size())))
          .position(pickOne(random, POSITIONS));
    }
    if (random.nextInt(10) == 0) {
      b.activeFrom(dateIn(random, fy.range()));
    } else if (random.nextInt(10) == 0) {
      b.activeUntil(dateIn(random, fy.range()));
    }
    return b.build();
  }

  /** A training of 1 to 5 days starting in the fiscal year, mostly outside the organization. */
  public static Training training(Random random, String id, String personId, FiscalYear fy) {
    LocalDate start = dateIn(random, fy.range());
    LocalDate end = start.plusDays(random.nextInt(5));
    LocalDate returned = end.plusDays(random.nextInt(10) == 0 ? 1 : 0);
    return new Training(
        id,
        personId,
        pickOne(random, COURSES),
        oneOf(random, TrainingKind.class),
        random.nextInt(4) == 0 ? TrainingSetting.INTERNAL : TrainingSetting.EXTERNAL,
        start,
        end,
        returned);
  }

  /** A report on the training, filed 1 to 25 days after the return and routed to the mayor. */
  public static TrainingReport report(Random random, String id, Training training) {
    LocalDate submitted = training.returned().plusDays(1 + random.nextInt(25));
    LocalDate director = submitted.plusDays(random.nextInt(3));
    LocalDate mayor = director.plusDays(random.nextInt(5));
    return TrainingReport.builder()
        .id(id)
        .trainingId(training.id())
        .submittedOn(submitted)
        .addSignOffs(new SignOff("ผู้อำนวยการกอง", director, false))
        .addSignOffs(new SignOff("ปลัดเทศบาล", mayor, false))
        .addSignOffs(new SignOff("นายกเทศมนตรี", mayor, true))
        // From the id, not the Random, so that the records generated after it stay as they were.
        .place(Math.floorMod(id.hashCode(), 4) == 0 ? Optional.empty() : Optional.of("โรงแรมเซ็นทารา ขอนแก่น"))
        .learned(
            Math.floorMod(id.hashCode(), 3) == 0
                ? Optional.empty()
                : Optional.of("การจัดทำแผนพัฒนาท้องถิ่น\nการติดตามและประเมินผล \"KPI\""))
        .plannedUse(
            Math.floorMod(id.hashCode(), 5) == 0 ? Optional.empty() : Optional.of("นำมาปรับปรุงแผนของกอง ๒๕๖๙"))
        .build();
  }

  /** A rating 15 to 90 days after the training; two in three show improvement. */
  public static SupervisorRating rating(Random random, String id, Training training) {
    int before = 1 + random.nextInt(4);
    int after = random.nextInt(3) < 2 ? before + 1 : before - random.nextInt(2);
    return new SupervisorRating(
        id, training.id(), before, after, training.returned().plusDays(15 + random.nextInt(76)));
  }

  /** A knowledge asset created in the year, often reviewed, sometimes published. */
  public static KnowledgeAsset asset(
      Random random, String id, Optional<DivisionCode> division, List<String> authors, FiscalYear fy) {
    AssetKind kind = oneOf(random, AssetKind.class);
    LocalDate created = dateIn(random, fy.range());
    KnowledgeAsset.Builder b =
        KnowledgeAsset.builder()
            .id(id)
            .title(kind.thaiName() + " " + id)
            .assetKind(kind)
            .withFlowchart(kind == AssetKind.WORK_MANUAL && random.nextBoolean())
            .division(division)
            .authorIds(authors)
            .createdOn(created);
    if (random.nextInt(3) < 2) {
      LocalDate reviewed = created.plusDays(random.nextInt(60));
      b.reviewedOn(reviewed);
      if (random.nextBoolean()) {
        int channels = 1 + random.nextInt(3);
        for (int k = 0; k < channels; k++) {
          b.addPublications(
              new Publication(
                  oneOf(random, PublicationChannel.class),
                  reviewed.plusDays(random.nextInt(30))));
        }
      }
    }
    return b.build();
  }

  /** A meeting in the year attended by some of the staff. */
  public static Meeting meeting(
      Random random, String id, List<String> staffIds, List<DivisionCode> divisions, FiscalYear fy) {
    MeetingKind kind = oneOf(random, MeetingKind.class);
    Meeting.Builder b =
        Meeting.builder()
            .id(id)
            .meetingKind(kind)
            .title(kind.thaiName() + " ครั้งที่ " + id)
            .date(dateIn(random, fy.range()))
            .attendeeIds(pick(random, staffIds, Math.max(1, staffIds.size())))
            .otherAttendees(random.nextInt(4));
    if (!divisions.isEmpty() && random.nextBoolean()) {
      b.division(divisions.get(random.nextInt(divisions.size())));
    }
    return b.build();
  }

  public static Acknowledgement acknowledgement(
      Random random, String id, String personId, FiscalYear fy) {
    AcknowledgementTopic topic =
        random.nextInt(4) == 0 ? AcknowledgementTopic.KM_PRINCIPLES : AcknowledgementTopic.KM_GOALS;
    return new Acknowledgement(id, personId, topic, dateIn(random, fy.range()));
  }

  /** Accesses on one day: a single visit, or now and then a day's website counter. */
  public static AccessEvent access(Random random, String id, String assetId, FiscalYear fy) {
    return new AccessEvent(
        id,
        assetId,
        oneOf(random, PublicationChannel.class),
        dateIn(random, fy.range()),
        random.nextInt(5) == 0 ? 1 + random.nextInt(200) : 1);
  }

  public static Recognition recognition(
      Random random, String id, String personId, RecognitionKind kind, FiscalYear fy) {
    return new Recognition(id, personId, kind, dateIn(random, fy.range()));
  }

  public static ProgressUpdate progress(
      Random random, String id, ActivityRef activity, FiscalYear fy) {
    return new ProgressUpdate(
        id, activity, dateIn(random, fy.range()), random.nextInt(101), "ดำเนินการแล้ว " + id);
  }

  public static EvaluationReport evaluationReport(Random random, String id, FiscalYear fy) {
    return EvaluationReport.builder()
        .id(id)
        .submittedOn(dateIn(random, fy.range()))
        .recipient("นายกเทศมนตรี")
        .addRecommendations("ควรเผยแพร่องค์ความรู้ผ่านเพจเฟซบุ๊กให้มากขึ้น")
        .build();
  }

  /** A day in the range. */
  public static LocalDate dateIn(Random random, DateRange range) {
    return range.start().plusDays(random.nextLong(range.lengthInDays()));
  }

  static <T> List<T> shuffle(Random random, List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }

  /** Up to {@code max} distinct items, at least one when there are any. */
  static <T> List<T> pick(Random random, List<T> from, int max) {
    if (from.isEmpty()) {
      return List.of();
    }
    List<T> copy = shuffle(random, from);
    return List.copyOf(copy.subList(0, 1 + random.nextInt(Math.min(max, copy.size()))));
  }

  private static <T> T pickOne(Random random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }
}
