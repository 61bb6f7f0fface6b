package th.km.persistence.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.OrganizationCode;
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
import th.km.core.records.MonitoringNote;
import th.km.core.records.ProgressUpdate;
import th.km.core.records.ReportRound;
import th.km.core.records.Publication;
import th.km.core.records.PublicationChannel;
import th.km.core.records.Recognition;
import th.km.core.records.RecognitionKind;
import th.km.core.records.SignOff;
import th.km.core.records.StaffMember;
import th.km.core.records.SupervisorRating;
import th.km.core.records.Training;
import th.km.core.records.TrainingKind;
import th.km.core.records.TrainingReport;
import th.km.core.records.TrainingSetting;
import th.km.core.records.YearRecords;

/**
 * Random but consistent records of one year from a seed: every reference leads to a record, every
 * date lies in the fiscal year, texts mix Thai, quotes, backslashes and characters outside the
 * Basic Multilingual Plane, and every optional field is sometimes there and sometimes not.
 */
final class RandomYearRecords {

  static final List<DivisionCode> DIVISIONS =
      List.of(
          DivisionCode.of("clerk"),
          DivisionCode.of("finance"),
          DivisionCode.of("public-works"),
          DivisionCode.of("education"),
          DivisionCode.of("health"));

  private static final String[] WORDS = {
    "การจัดการความรู้", "คู่มือ", "ฝึกอบรม", "\"อ้างอิง\"", "a\\b", "🙂", "กองคลัง", "ปี ๒๕๖๙", "tab\tin",
    "ผู้อำนวยการ", "KM", "๑๕ วัน"
  };

  private final Random random;
  private final FiscalYear year = FiscalYear.ofBuddhistYear(2569);

  RandomYearRecords(long seed) {
    this.random = new Random(seed);
  }

  YearRecords next() {
    YearRecords.Builder b =
        YearRecords.builder().organization(OrganizationCode.of("ban-waen")).fiscalYear(year);
    List<String> staff = new ArrayList<>();
    int staffCount = 1 + random.nextInt(12);
    for (int i = 0; i < staffCount; i++) {
      String id = "s" + i;
      staff.add(id);
      StaffMember.Builder s =
          StaffMember.builder()
              .id(id)
              .name(text())
              .category(pick(StaffCategory.values()))
              .division(maybe(() -> pick(DIVISIONS)))
              .position(maybe(this::text));
      Optional<LocalDate> birth = maybe(() -> LocalDate.of(1960, 1, 1).plusDays(random.nextInt(15000)));
      s.birthDate(birth);
      birth.ifPresent(d -> s.retirementDate(maybe(() -> d.plusYears(60))));
      Optional<LocalDate> from = maybe(this::day);
      s.activeFrom(from);
      from.ifPresent(f -> s.activeUntil(maybe(() -> f.plusDays(random.nextInt(40)))));
      b.addStaff(s.build());
    }
    List<String> trainings = new ArrayList<>();
    for (int i = 0; i < random.nextInt(8); i++) {
      LocalDate start = day();
      LocalDate end = start.plusDays(random.nextInt(5));
      String id = "t" + i;
      trainings.add(id);
      b.addTrainings(
          new Training(
              id,
              pick(staff),
              text(),
              pick(TrainingKind.values()),
              pick(TrainingSetting.values()),
              start,
              end,
              start.plusDays(random.nextInt(7))));
    }
    for (int i = 0; i < (trainings.isEmpty() ? 0 : random.nextInt(6)); i++) {
      LocalDate submitted = day();
      List<SignOff> signOffs = new ArrayList<>();
      LocalDate signed = submitted;
      for (int k = 0; k < random.nextInt(4); k++) {
        signed = signed.plusDays(random.nextInt(3));
        signOffs.add(new SignOff(text(), signed, random.nextBoolean()));
      }
      b.addTrainingReports(
          TrainingReport.builder()
              .id("r" + i)
              .trainingId(pick(trainings))
              .submittedOn(submitted)
              .signOffs(signOffs)
              .place(random.nextBoolean() ? Optional.of(text()) : Optional.empty())
              .learned(random.nextBoolean() ? Optional.of(text() + "\n" + text()) : Optional.empty())
              .plannedUse(random.nextBoolean() ? Optional.of(text()) : Optional.empty())
              .build());
    }
    for (int i = 0; i < (trainings.isEmpty() ? 0 : random.nextInt(5)); i++) {
      b.addSupervisorRatings(
          new SupervisorRating("sr" + i, pick(trainings), random.nextInt(6), random.nextInt(6), day()));
    }
    List<String> assets = new ArrayList<>();
    for (int i = 0; i < random.nextInt(6); i++) {
      AssetKind kind = pick(AssetKind.values());
      LocalDate created = day();
      List<Publication> publications = new ArrayList<>();
      for (int k = 0; k < random.nextInt(3); k++) {
        publications.add(
            new Publication(pick(PublicationChannel.values()), created.plusDays(random.nextInt(10))));
      }
      String id = "ka:" + i;
      assets.add(id);
      b.addKnowledgeAssets(
          KnowledgeAsset.builder()
              .id(id)
              .title(text())
              .assetKind(kind)
              .withFlowchart(kind == AssetKind.WORK_MANUAL && random.nextBoolean())
              .division(maybe(() -> pick(DIVISIONS)))
              .authorIds(distinct(staff))
              .createdOn(created)
              .reviewedOn(maybe(() -> created.plusDays(random.nextInt(5))))
              .publications(publications)
              .build());
    }
    for (int i = 0; i < random.nextInt(5); i++) {
      b.addMeetings(
          Meeting.builder()
              .id("m" + i)
              .meetingKind(pick(MeetingKind.values()))
              .title(text())
              .date(day())
              .division(maybe(() -> pick(DIVISIONS)))
              .attendeeIds(distinct(staff))
              .otherAttendees(random.nextInt(3))
              .build());
    }
    for (int i = 0; i < random.nextInt(10); i++) {
      b.addAcknowledgements(
          new Acknowledgement("a" + i, pick(staff), pick(AcknowledgementTopic.values()), day()));
    }
    for (int i = 0; i < (assets.isEmpty() ? 0 : random.nextInt(10)); i++) {
      b.addAccessEvents(
          new AccessEvent(
              "x" + i, pick(assets), pick(PublicationChannel.values()), day(), 1 + random.nextInt(500)));
    }
    for (int i = 0; i < random.nextInt(4); i++) {
      b.addRecognitions(
          new Recognition("rc" + i, pick(staff), pick(RecognitionKind.values()), day()));
    }
    for (int i = 0; i < random.nextInt(5); i++) {
      b.addProgressUpdates(
          new ProgressUpdate(
              "p" + i,
              new ActivityRef(1 + random.nextInt(4), 1 + random.nextInt(5)),
              day(),
              random.nextInt(101),
              random.nextBoolean() ? "" : text()));
    }
    for (int i = 0; i < random.nextInt(3); i++) {
      List<String> recommendations = new ArrayList<>();
      for (int k = 0; k < random.nextInt(3); k++) {
        recommendations.add(text());
      }
      b.addEvaluationReports(
          EvaluationReport.builder()
              .id("me" + i)
              .submittedOn(day())
              .recipient("นายกเทศมนตรี")
              .recommendations(recommendations)
              .build());
    }
    for (int i = 0; i < random.nextInt(3); i++) {
      List<String> problems = new ArrayList<>();
      for (int k = 0; k < random.nextInt(3); k++) {
        problems.add(text());
      }
      ReportRound.Kind kind = ReportRound.Kind.values()[random.nextInt(3)];
      boolean onActivity = random.nextBoolean();
      b.addMonitoringNotes(
          new MonitoringNote(
              "mn" + i,
              new ReportRound(kind, 1 + random.nextInt(kind.perYear())),
              day(),
              onActivity ? OptionalInt.of(1 + random.nextInt(4)) : OptionalInt.empty(),
              onActivity ? OptionalInt.of(1 + random.nextInt(5)) : OptionalInt.empty(),
              problems,
              List.of(text()),
              text()));
    }
    return b.build();
  }

  /** A day of the fiscal year that leaves room for a week after it. */
  private LocalDate day() {
    return year.firstDay().plusDays(random.nextInt(350));
  }

  private String text() {
    StringBuilder s = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
    for (int i = 0; i < random.nextInt(3); i++) {
      s.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
    }
    return s.toString();
  }

  private List<String> distinct(List<String> ids) {
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      if (random.nextInt(3) == 0) {
        out.add(id);
      }
    }
    return out;
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private <T> Optional<T> maybe(java.util.function.Supplier<T> value) {
    return random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
  }
}
