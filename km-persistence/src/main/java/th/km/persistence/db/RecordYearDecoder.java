package th.km.persistence.db;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
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
 * The reading half of {@link RecordYearCodec}: the text table, then the records in the order the
 * encoder wrote them, each built through km-core's own constructors and builders, whose checks
 * refuse a record no valid year holds.
 */
final class RecordYearDecoder {

  private final SnapshotBytes.In in;
  private final String[] texts;

  /** A decoder positioned after the magic number and the version. */
  RecordYearDecoder(SnapshotBytes.In in) {
    this.in = in;
    int n = in.count();
    texts = new String[n];
    for (int i = 0; i < n; i++) {
      texts[i] = in.text();
    }
  }

  YearRecords decode() {
    YearRecords.Builder b = YearRecords.builder()
        .organization(OrganizationCode.of(text()))
        .fiscalYear(FiscalYear.ofBuddhistYear(Math.toIntExact(in.signed())));
    for (int i = in.count(); i > 0; i--) {
      StaffMember.Builder s = StaffMember.builder().id(text()).name(text())
          .category(name(StaffCategory.class));
      int f = in.read();
      b.addStaff(s.division(division(f, 0)).position(optionalText(f, 1))
          .birthDate(optionalDate(f, 2)).retirementDate(optionalDate(f, 3))
          .activeFrom(optionalDate(f, 4)).activeUntil(optionalDate(f, 5)).build());
    }
    for (int i = in.count(); i > 0; i--) {
      b.addTrainings(new Training(text(), text(), text(), name(TrainingKind.class),
          name(TrainingSetting.class), date(), date(), date()));
    }
    for (int i = in.count(); i > 0; i--) {
      TrainingReport.Builder t = TrainingReport.builder().id(text()).trainingId(text())
          .submittedOn(date());
      List<SignOff> signOffs = new ArrayList<>();
      for (int j = in.count(); j > 0; j--) {
        signOffs.add(new SignOff(text(), date(), bool()));
      }
      int f = in.read();
      b.addTrainingReports(t.signOffs(signOffs).place(optionalText(f, 0))
          .learned(optionalText(f, 1)).plannedUse(optionalText(f, 2)).build());
    }
    for (int i = in.count(); i > 0; i--) {
      b.addSupervisorRatings(new SupervisorRating(text(), text(), number(), number(), date()));
    }
    for (int i = in.count(); i > 0; i--) {
      KnowledgeAsset.Builder a = KnowledgeAsset.builder().id(text()).title(text())
          .assetKind(name(AssetKind.class)).withFlowchart(bool());
      int f = in.read();
      a.division(division(f, 0)).reviewedOn(optionalDate(f, 1)).authorIds(texts())
          .createdOn(date());
      List<Publication> publications = new ArrayList<>();
      for (int j = in.count(); j > 0; j--) {
        publications.add(new Publication(name(PublicationChannel.class), date()));
      }
      b.addKnowledgeAssets(a.publications(publications).build());
    }
    for (int i = in.count(); i > 0; i--) {
      Meeting.Builder m = Meeting.builder().id(text()).meetingKind(name(MeetingKind.class))
          .title(text()).date(date());
      int f = in.read();
      b.addMeetings(m.division(division(f, 0)).attendeeIds(texts()).otherAttendees(number())
          .build());
    }
    for (int i = in.count(); i > 0; i--) {
      b.addAcknowledgements(
          new Acknowledgement(text(), text(), name(AcknowledgementTopic.class), date()));
    }
    List<AccessEvent> events = new ArrayList<>();
    for (int i = in.count(); i > 0; i--) {
      events.add(
          new AccessEvent(text(), text(), name(PublicationChannel.class), date(), in.signed()));
    }
    b.accessEvents(events);
    for (int i = in.count(); i > 0; i--) {
      b.addRecognitions(new Recognition(text(), text(), name(RecognitionKind.class), date()));
    }
    for (int i = in.count(); i > 0; i--) {
      b.addProgressUpdates(new ProgressUpdate(text(), new ActivityRef(number(), number()), date(),
          number(), text()));
    }
    for (int i = in.count(); i > 0; i--) {
      b.addEvaluationReports(EvaluationReport.builder().id(text()).submittedOn(date())
          .recipient(text()).recommendations(texts()).build());
    }
    for (int i = in.count(); i > 0; i--) {
      String id = text();
      ReportRound round = new ReportRound(name(ReportRound.Kind.class), number());
      LocalDate date = date();
      int f = in.read();
      OptionalInt goal = (f & 1) != 0 ? OptionalInt.of(number()) : OptionalInt.empty();
      OptionalInt activity = (f & 2) != 0 ? OptionalInt.of(number()) : OptionalInt.empty();
      b.addMonitoringNotes(
          new MonitoringNote(id, round, date, goal, activity, texts(), texts(), text()));
    }
    return b.build();
  }

  private String text() {
    return texts[in.count()];
  }

  private List<String> texts() {
    int n = in.count();
    List<String> values = new ArrayList<>(Math.min(n, 1024));
    for (int i = 0; i < n; i++) {
      values.add(text());
    }
    return values;
  }

  private <E extends Enum<E>> E name(Class<E> type) {
    return Enum.valueOf(type, text());
  }

  private LocalDate date() {
    return LocalDate.ofEpochDay(in.signed());
  }

  private int number() {
    return Math.toIntExact(in.signed());
  }

  private boolean bool() {
    int b = in.read();
    if (b > 1) {
      throw new IllegalArgumentException("a flag of the snapshot is neither 0 nor 1: " + b);
    }
    return b == 1;
  }

  private Optional<String> optionalText(int flags, int bit) {
    return (flags & (1 << bit)) != 0 ? Optional.of(text()) : Optional.empty();
  }

  private Optional<DivisionCode> division(int flags, int bit) {
    return optionalText(flags, bit).map(DivisionCode::of);
  }

  private Optional<LocalDate> optionalDate(int flags, int bit) {
    return (flags & (1 << bit)) != 0 ? Optional.of(date()) : Optional.empty();
  }
}
