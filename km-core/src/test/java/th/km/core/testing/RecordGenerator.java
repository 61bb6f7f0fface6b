package th.km.core.testing;

import static th.km.core.testing.OneRecordGenerator.access;
import static th.km.core.testing.OneRecordGenerator.acknowledgement;
import static th.km.core.testing.OneRecordGenerator.asset;
import static th.km.core.testing.OneRecordGenerator.evaluationReport;
import static th.km.core.testing.OneRecordGenerator.meeting;
import static th.km.core.testing.OneRecordGenerator.pick;
import static th.km.core.testing.OneRecordGenerator.progress;
import static th.km.core.testing.OneRecordGenerator.rating;
import static th.km.core.testing.OneRecordGenerator.recognition;
import static th.km.core.testing.OneRecordGenerator.report;
import static th.km.core.testing.OneRecordGenerator.shuffle;
import static th.km.core.testing.OneRecordGenerator.staffMember;
import static th.km.core.testing.OneRecordGenerator.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.Division;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.core.plan.PlanActivity;
import th.km.core.records.AccessEvent;
import th.km.core.records.Acknowledgement;
import th.km.core.records.ActivityRef;
import th.km.core.records.EvaluationReport;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.Meeting;
import th.km.core.records.MonitoringNote;
import th.km.core.records.ProgressUpdate;
import th.km.core.records.RecognitionKind;
import th.km.core.records.Recognition;
import th.km.core.records.RecordKind;
import th.km.core.records.StaffMember;
import th.km.core.records.SupervisorRating;
import th.km.core.records.Training;
import th.km.core.records.TrainingReport;
import th.km.core.records.YearRecord;
import th.km.core.records.YearRecords;

/**
 * Seeded generators of records of the year: a whole plausible year for a plan's organization, one
 * record of any kind that fits an existing year, and reorderings. Every reference a generated
 * record makes leads to a record of the same year, so {@link YearRecords#validate(KmPlan)} finds no
 * error in what {@link #year} builds. Every method takes the test's {@link Random}, so that a
 * failure replays from the seed the test prints.
 */
public final class RecordGenerator {

  private RecordGenerator() {}

  /** A year of records for the plan's organization with 5 to 60 staff members. */
  public static YearRecords year(Random random, KmPlan plan) {
    return year(random, plan, 5 + random.nextInt(56));
  }

  /**
   * A plausible year of records for the plan's organization: the staff, their trainings and
   * reports (most within 15 days), ratings, manuals and stories per division, meetings with
   * attendance, acknowledgements of the KM goals by most staff, accesses, recognitions of those
   * retiring or turning 60, progress updates on the plan's activities and an M&amp;E report.
   */
  public static YearRecords year(Random random, KmPlan plan, int staffCount) {
    FiscalYear fy = plan.fiscalYear();
    List<DivisionCode> divisions = plan.divisions().stream().map(Division::code).toList();
    YearRecords.Builder b =
        YearRecords.builder().organization(plan.organization().code()).fiscalYear(fy);
    List<StaffMember> staff = new ArrayList<>();
    for (int i = 1; i <= staffCount; i++) {
      staff.add(staffMember(random, "s" + i, divisions, fy));
    }
    b.addAllStaff(staff);
    List<String> ids = staff.stream().map(StaffMember::id).toList();

    int n = 0;
    for (StaffMember s : staff) {
      int trainings = random.nextInt(3);
      for (int k = 0; k < trainings; k++) {
        Training t = training(random, "t" + ++n, s.id(), fy);
        b.addTrainings(t);
        if (random.nextInt(10) < 8) {
          b.addTrainingReports(report(random, "r" + n, t));
        }
        if (random.nextInt(10) < 7) {
          b.addSupervisorRatings(rating(random, "g" + n, t));
        }
      }
    }
    List<KnowledgeAsset> assets = new ArrayList<>();
    for (DivisionCode d : divisions) {
      int count = random.nextInt(4);
      for (int k = 0; k < count; k++) {
        assets.add(asset(random, "a" + (assets.size() + 1), Optional.of(d), pick(random, ids, 2), fy));
      }
    }
    b.addAllKnowledgeAssets(assets);
    int meetings = 1 + random.nextInt(8);
    for (int k = 1; k <= meetings; k++) {
      b.addMeetings(meeting(random, "m" + k, ids, divisions, fy));
    }
    for (StaffMember s : staff) {
      if (random.nextInt(10) < 9) {
        b.addAcknowledgements(acknowledgement(random, "k" + s.id(), s.id(), fy));
      }
    }
    int accesses = assets.isEmpty() ? 0 : random.nextInt(30);
    for (int k = 1; k <= accesses; k++) {
      b.addAccessEvents(access(random, "x" + k, assets.get(random.nextInt(assets.size())).id(), fy));
    }
    int recognitions = 0;
    for (StaffMember s : staff) {
      boolean due =
          s.retiresOn().map(fy::contains).orElse(false)
              || s.sixtiethBirthday().map(fy::contains).orElse(false);
      if ((due && random.nextInt(10) < 9) || random.nextInt(10) == 0) {
        RecognitionKind kind =
            due
                ? (s.retiresOn().map(fy::contains).orElse(false)
                    ? RecognitionKind.RETIREMENT
                    : RecognitionKind.AGE_60)
                : RecognitionKind.DILIGENCE;
        b.addRecognitions(recognition(random, "h" + ++recognitions, s.id(), kind, fy));
      }
    }
    int updates = 0;
    for (KmGoal g : plan.goals()) {
      for (PlanActivity a : g.activities()) {
        if (random.nextBoolean()) {
          b.addProgressUpdates(
              progress(random, "p" + ++updates, new ActivityRef(g.number(), a.number()), fy));
        }
      }
    }
    if (random.nextInt(10) < 7) {
      b.addEvaluationReports(evaluationReport(random, "e1", fy));
    }
    if (random.nextInt(10) < 7) {
      b.addMonitoringNotes(NoteGenerator.note(random, "n1", fy, false));
    }
    return b.build();
  }


  /**
   * One more record of the kind that fits the year: a fresh id, references to records the year
   * has (a staff member, a training, an asset), a day in the fiscal year. Empty when the year has
   * nothing for it to refer to (a report when there is no training).
   */
  public static Optional<YearRecord> oneMore(
      Random random, YearRecords year, RecordKind kind, List<DivisionCode> divisions) {
    String id = "new-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + year.size();
    FiscalYear fy = year.fiscalYear();
    List<String> staff = year.staff().stream().map(StaffMember::id).toList();
    Optional<String> person =
        staff.isEmpty() ? Optional.empty() : Optional.of(staff.get(random.nextInt(staff.size())));
    Optional<Training> training =
        year.trainings().isEmpty()
            ? Optional.empty()
            : Optional.of(year.trainings().get(random.nextInt(year.trainings().size())));
    return switch (kind) {
      case STAFF -> Optional.of(staffMember(random, id, divisions, fy));
      case TRAINING -> person.map(p -> training(random, id, p, fy));
      case TRAINING_REPORT -> training.map(t -> report(random, id, t));
      case SUPERVISOR_RATING -> training.map(t -> rating(random, id, t));
      case KNOWLEDGE_ASSET ->
          Optional.of(
              asset(
                  random,
                  id,
                  divisions.isEmpty() || random.nextInt(4) == 0
                      ? Optional.empty()
                      : Optional.of(divisions.get(random.nextInt(divisions.size()))),
                  pick(random, staff, 2),
                  fy));
      case MEETING -> Optional.of(meeting(random, id, staff, divisions, fy));
      case ACKNOWLEDGEMENT -> person.map(p -> acknowledgement(random, id, p, fy));
      case ACCESS_EVENT ->
          year.knowledgeAssets().isEmpty()
              ? Optional.empty()
              : Optional.of(
                  access(
                      random,
                      id,
                      year.knowledgeAssets().get(random.nextInt(year.knowledgeAssets().size())).id(),
                      fy));
      case RECOGNITION ->
          person.map(
              p ->
                  recognition(
                      random,
                      id,
                      p,
                      oneOf(random, RecognitionKind.class),
                      fy));
      case PROGRESS_UPDATE ->
          Optional.of(progress(random, id, new ActivityRef(1, 1 + random.nextInt(3)), fy));
      case EVALUATION_REPORT -> Optional.of(evaluationReport(random, id, fy));
      case MONITORING_NOTE -> Optional.of(NoteGenerator.note(random, id, fy, true));
    };
  }

  /** The year with the record added. */
  public static YearRecords with(YearRecords year, YearRecord record) {
    YearRecords.Builder b = YearRecords.builder().from(year);
    switch (record) {
      case StaffMember r -> b.addStaff(r);
      case Training r -> b.addTrainings(r);
      case TrainingReport r -> b.addTrainingReports(r);
      case SupervisorRating r -> b.addSupervisorRatings(r);
      case KnowledgeAsset r -> b.addKnowledgeAssets(r);
      case Meeting r -> b.addMeetings(r);
      case Acknowledgement r -> b.addAcknowledgements(r);
      case AccessEvent r -> b.addAccessEvents(r);
      case Recognition r -> b.addRecognitions(r);
      case ProgressUpdate r -> b.addProgressUpdates(r);
      case EvaluationReport r -> b.addEvaluationReports(r);
      case MonitoringNote r -> b.addMonitoringNotes(r);
      default -> throw new IllegalArgumentException("unknown record type " + record.getClass());
    }
    return b.build();
  }

  /** The same records, each kind's list in a random order. */
  public static YearRecords shuffled(Random random, YearRecords year) {
    return YearRecords.builder()
        .organization(year.organization())
        .fiscalYear(year.fiscalYear())
        .staff(shuffle(random, year.staff()))
        .trainings(shuffle(random, year.trainings()))
        .trainingReports(shuffle(random, year.trainingReports()))
        .supervisorRatings(shuffle(random, year.supervisorRatings()))
        .knowledgeAssets(shuffle(random, year.knowledgeAssets()))
        .meetings(shuffle(random, year.meetings()))
        .acknowledgements(shuffle(random, year.acknowledgements()))
        .accessEvents(shuffle(random, year.accessEvents()))
        .recognitions(shuffle(random, year.recognitions()))
        .progressUpdates(shuffle(random, year.progressUpdates()))
        .evaluationReports(shuffle(random, year.evaluationReports()))
        .monitoringNotes(shuffle(random, year.monitoringNotes()))
        .build();
  }

  /** A year of the organization without any record. */
  public static YearRecords empty(OrganizationCode organization, FiscalYear fy) {
    return YearRecords.builder().organization(organization).fiscalYear(fy).build();
  }

  /** One of the enum's constants. */
  public static <E extends Enum<E>> E oneOf(Random random, Class<E> type) {
    List<E> all = List.copyOf(java.util.EnumSet.allOf(type));
    return all.get(random.nextInt(all.size()));
  }
}
