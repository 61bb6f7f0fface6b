package th.km.persistence.db;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.function.Supplier;
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
import th.km.core.records.Publication;
import th.km.core.records.PublicationChannel;
import th.km.core.records.Recognition;
import th.km.core.records.RecognitionKind;
import th.km.core.records.ReportRound;
import th.km.core.records.SignOff;
import th.km.core.records.StaffMember;
import th.km.core.records.SupervisorRating;
import th.km.core.records.Training;
import th.km.core.records.TrainingKind;
import th.km.core.records.TrainingReport;
import th.km.core.records.TrainingSetting;
import th.km.core.records.YearRecords;

/**
 * Random records of a year from a seed for the snapshot codec's round trip: every kind, every
 * optional field present and absent, empty and long lists, Thai text and characters outside the
 * Basic Multilingual Plane, and extreme dates and numbers. References between records are not
 * kept: the codec stores what it is given.
 */
final class RandomSnapshotRecords {

  private static final String[] WORDS = {
    "การจัดการความรู้", "คู่มือ", "\"อ้างอิง\"", "a\\b", "🙂", "กองคลัง", "ปี ๒๕๖๙", "tab\tin",
    "ผู้อำนวยการ", "KM", "ข\u0e49\u0e32", "\u0000nul", "ยาวมาก"
  };
  private static final String[] IDS = {"s-1", "ทดสอบ-๑", "a:b/c#d", "x.y_z", "9"};

  private final Random random;

  RandomSnapshotRecords(long seed) {
    this.random = new Random(seed);
  }

  YearRecords next() {
    YearRecords.Builder b = YearRecords.builder()
        .organization(OrganizationCode.of(random.nextBoolean() ? "ban-waen" : "a"))
        .fiscalYear(FiscalYear.ofBuddhistYear(2400 + random.nextInt(301)));
    for (int i = count(); i > 0; i--) {
      Optional<LocalDate> birth = maybe(this::day);
      Optional<LocalDate> from = maybe(this::day);
      b.addStaff(StaffMember.builder().id(id(i)).name(text())
          .category(pick(StaffCategory.values())).division(maybe(this::division))
          .position(maybe(this::text)).birthDate(birth)
          .retirementDate(birth.flatMap(d -> maybe(() -> d.plusDays(1 + random.nextInt(9)))))
          .activeFrom(from).activeUntil(from.flatMap(d -> maybe(() -> d.plusDays(random.nextInt(3)))))
          .build());
    }
    for (int i = count(); i > 0; i--) {
      LocalDate start = day();
      b.addTrainings(new Training(id(i), id(i + 1), text(), pick(TrainingKind.values()),
          pick(TrainingSetting.values()), start, later(start), later(start)));
    }
    for (int i = count(); i > 0; i--) {
      LocalDate submitted = day();
      List<SignOff> signOffs = new ArrayList<>();
      LocalDate signed = submitted;
      for (int k = count(); k > 0; k--) {
        signed = later(signed);
        signOffs.add(new SignOff(text(), signed, random.nextBoolean()));
      }
      b.addTrainingReports(TrainingReport.builder().id(id(i)).trainingId(id(i + 2))
          .submittedOn(submitted).signOffs(signOffs).place(maybe(this::text))
          .learned(maybe(() -> random.nextInt(10) == 0 ? longText() : text() + "\n" + text()))
          .plannedUse(maybe(this::text)).build());
    }
    for (int i = count(); i > 0; i--) {
      b.addSupervisorRatings(new SupervisorRating(id(i), id(i), number(), number(), day()));
    }
    for (int i = count(); i > 0; i--) {
      AssetKind kind = pick(AssetKind.values());
      LocalDate created = day();
      List<Publication> publications = new ArrayList<>();
      for (int k = count(); k > 0; k--) {
        publications.add(new Publication(pick(PublicationChannel.values()), later(created)));
      }
      b.addKnowledgeAssets(KnowledgeAsset.builder().id(id(i)).title(text()).assetKind(kind)
          .withFlowchart(kind == AssetKind.WORK_MANUAL && random.nextBoolean())
          .division(maybe(this::division)).authorIds(ids()).createdOn(created)
          .reviewedOn(maybe(() -> later(created))).publications(publications).build());
    }
    for (int i = count(); i > 0; i--) {
      b.addMeetings(Meeting.builder().id(id(i)).meetingKind(pick(MeetingKind.values()))
          .title(text()).date(day()).division(maybe(this::division)).attendeeIds(ids())
          .otherAttendees(number()).build());
    }
    for (int i = count(); i > 0; i--) {
      b.addAcknowledgements(
          new Acknowledgement(id(i), id(i), pick(AcknowledgementTopic.values()), day()));
    }
    for (int i = count() * 3; i > 0; i--) {
      long hits = random.nextInt(4) == 0 ? Long.MAX_VALUE - random.nextInt(3) : 1 + random.nextInt(9);
      b.addAccessEvents(
          new AccessEvent(id(i), id(i + 3), pick(PublicationChannel.values()), day(), hits));
    }
    for (int i = count(); i > 0; i--) {
      b.addRecognitions(new Recognition(id(i), id(i), pick(RecognitionKind.values()), day()));
    }
    for (int i = count(); i > 0; i--) {
      b.addProgressUpdates(new ProgressUpdate(id(i),
          new ActivityRef(1 + number() % 1000, random.nextBoolean() ? Integer.MAX_VALUE : 1), day(),
          random.nextInt(101), random.nextBoolean() ? "" : text()));
    }
    for (int i = count(); i > 0; i--) {
      List<String> recommendations = new ArrayList<>();
      for (int k = count(); k > 0; k--) {
        recommendations.add(text());
      }
      b.addEvaluationReports(EvaluationReport.builder().id(id(i)).submittedOn(day())
          .recipient(text()).recommendations(recommendations).build());
    }
    for (int i = count(); i > 0; i--) {
      ReportRound.Kind kind = pick(ReportRound.Kind.values());
      OptionalInt goal = random.nextBoolean() ? OptionalInt.of(1 + random.nextInt(9)) : OptionalInt.empty();
      OptionalInt activity =
          goal.isPresent() && random.nextBoolean() ? OptionalInt.of(Integer.MAX_VALUE) : OptionalInt.empty();
      List<String> problems = new ArrayList<>();
      for (int k = count(); k > 0; k--) {
        problems.add(text());
      }
      b.addMonitoringNotes(new MonitoringNote(id(i),
          new ReportRound(kind, 1 + random.nextInt(kind.perYear())), day(), goal, activity, problems,
          problems.isEmpty() ? List.of(text()) : List.of(), text()));
    }
    return b.build();
  }

  /** Often none, sometimes a few, now and then many. */
  private int count() {
    int r = random.nextInt(10);
    return r < 3 ? 0 : r < 9 ? 1 + random.nextInt(4) : 20 + random.nextInt(200);
  }

  private String id(int i) {
    return IDS[random.nextInt(IDS.length)] + "-" + i;
  }

  private List<String> ids() {
    List<String> ids = new ArrayList<>();
    for (int i = count(); i > 0; i--) {
      ids.add("p" + i);
    }
    return ids;
  }

  /** Mostly ordinary days, now and then the first or last day Java knows. */
  private LocalDate day() {
    return switch (random.nextInt(12)) {
      case 0 -> LocalDate.MIN;
      case 1 -> LocalDate.MAX.minusDays(1000);
      case 2 -> LocalDate.of(1970, 1, 1);
      default -> LocalDate.of(2025, 10, 1).plusDays(random.nextInt(366));
    };
  }

  private LocalDate later(LocalDate day) {
    return day.plusDays(random.nextInt(3));
  }

  private int number() {
    return random.nextInt(5) == 0 ? Integer.MAX_VALUE : random.nextInt(200);
  }

  private DivisionCode division() {
    return DivisionCode.of(random.nextBoolean() ? "clerk" : "public-works-2");
  }

  private String text() {
    StringBuilder s = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
    for (int i = random.nextInt(4); i > 0; i--) {
      s.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
    }
    return s.toString();
  }

  /** A text of 20,000 Thai characters, the most a report's text may hold. */
  private String longText() {
    return "ก".repeat(TrainingReport.TEXT_LENGTH);
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> Optional<T> maybe(Supplier<T> value) {
    return random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
  }
}
