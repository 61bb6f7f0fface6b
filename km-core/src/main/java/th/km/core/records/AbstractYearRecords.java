package th.km.core.records;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import th.km.core.LocalizedText;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.Division;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.core.plan.PlanActivity;

/**
 * All records of one organization for one fiscal year, with indices by id, by person and by training
 * built once on first use. Build one with {@code YearRecords.builder()}, adding records as they
 * stream in; problems between records (dangling references, ids used twice) do not stop the build
 * but are reported by {@link #validate()} as values.
 */
@Value.Immutable
public abstract class AbstractYearRecords {

  public abstract OrganizationCode organization();

  public abstract FiscalYear fiscalYear();

  public abstract List<StaffMember> staff();

  public abstract List<Training> trainings();

  public abstract List<TrainingReport> trainingReports();

  public abstract List<SupervisorRating> supervisorRatings();

  public abstract List<KnowledgeAsset> knowledgeAssets();

  public abstract List<Meeting> meetings();

  public abstract List<Acknowledgement> acknowledgements();

  public abstract List<AccessEvent> accessEvents();

  public abstract List<Recognition> recognitions();

  public abstract List<ProgressUpdate> progressUpdates();

  public abstract List<EvaluationReport> evaluationReports();

  /** The M&amp;E committee's problems and recommendations (ปัญหาอุปสรรคและข้อเสนอแนะ). */
  public abstract List<MonitoringNote> monitoringNotes();

  @Value.Lazy
  RecordIndex index() {
    return new RecordIndex(this);
  }

  /** Every record by id: the index's map when ids may repeat, else built on first use. */
  @Value.Lazy
  Map<String, YearRecord> allById() {
    Map<String, YearRecord> ids = index().byId;
    return ids != null ? ids : RecordIndex.allById(this);
  }

  @Value.Lazy
  RecordIndex.Persons personIndex() {
    return new RecordIndex.Persons(this);
  }

  /** The records of the kind, in the order they were added. */
  public List<? extends YearRecord> ofKind(RecordKind kind) {
    return switch (kind) {
      case STAFF -> staff();
      case TRAINING -> trainings();
      case TRAINING_REPORT -> trainingReports();
      case SUPERVISOR_RATING -> supervisorRatings();
      case KNOWLEDGE_ASSET -> knowledgeAssets();
      case MEETING -> meetings();
      case ACKNOWLEDGEMENT -> acknowledgements();
      case ACCESS_EVENT -> accessEvents();
      case RECOGNITION -> recognitions();
      case PROGRESS_UPDATE -> progressUpdates();
      case EVALUATION_REPORT -> evaluationReports();
      case MONITORING_NOTE -> monitoringNotes();
    };
  }

  /**
   * Whether the records of the kind came in strictly ascending order of their ids (as the stores
   * give them): then none of them shares an id with another, and they need no sorting by id.
   */
  public boolean idsAscending(RecordKind kind) {
    return index().ascending(kind);
  }

  /** Every record, kind by kind. */
  public Stream<YearRecord> all() {
    return Stream.of(RecordKind.values()).flatMap(k -> ofKind(k).stream());
  }

  /** The number of records of all kinds. */
  public int size() {
    int n = 0;
    for (RecordKind k : RecordKind.values()) {
      n += ofKind(k).size();
    }
    return n;
  }

  /** The record with the id; the first one added when {@link #validate()} reports the id twice. */
  public Optional<YearRecord> byId(String id) {
    return Optional.ofNullable(allById().get(id));
  }

  public Optional<StaffMember> staffMember(String id) {
    return Optional.ofNullable(index().get(id, StaffMember.class));
  }

  public Optional<Training> training(String id) {
    return Optional.ofNullable(index().get(id, Training.class));
  }

  public Optional<KnowledgeAsset> knowledgeAsset(String id) {
    return Optional.ofNullable(index().get(id, KnowledgeAsset.class));
  }

  /** The reports filed on the training, in the order they were added. */
  public ImmutableList<TrainingReport> reportsOf(String trainingId) {
    return index().reportsOf(trainingId);
  }

  /** The supervisor ratings of the training, in the order they were added. */
  public ImmutableList<SupervisorRating> ratingsOf(String trainingId) {
    return index().ratingsOf(trainingId);
  }

  /** The trainings the person attended. */
  public ImmutableList<Training> trainingsOf(String personId) {
    return personIndex().trainingsByPerson.get(personId);
  }

  /**
   * Every record that names the person (see {@link YearRecord#personIds()}), the person's own staff
   * record included.
   */
  public ImmutableList<YearRecord> naming(String personId) {
    return personIndex().byPerson.get(personId);
  }

  /**
   * The person a record concerns through the records it refers to: the trainee of a report or a
   * rating. Records that name their persons themselves give those.
   */
  public List<String> personsOf(YearRecord record) {
    @Nullable String trainingId =
        record instanceof TrainingReport r ? r.trainingId()
            : record instanceof SupervisorRating r ? r.trainingId()
            : null;
    if (trainingId == null) {
      return record.personIds();
    }
    @Nullable Training training = index().get(trainingId, Training.class);
    return training == null ? List.of() : training.personIds();
  }

  /** The problems between the records themselves: ids used twice and references that lead nowhere. */
  public List<RecordProblem> validate() {
    List<RecordProblem> problems = new ArrayList<>();
    RecordIndex index = index();
    // The index knows the ids distinct, or holds each id once: as many ids as records means none
    // is used twice, and the ids need not be gathered again.
    boolean repeats = index.byId != null && index.byId.size() < size();
    Set<String> seen = repeats ? new HashSet<>(RecordIndex.capacity(size())) : Set.of();
    FiscalYear year = fiscalYear();
    LocalDate first = year.firstDay();
    LocalDate last = year.lastDay();
    for (RecordKind kind : RecordKind.values()) {
      List<? extends YearRecord> all = ofKind(kind);
      for (int i = 0, n = all.size(); i < n; i++) {
        YearRecord r = all.get(i);
        if (repeats && !seen.add(r.id())) {
          problems.add(
              error(
                  r,
                  r.kind().thaiName() + " " + r.id() + " ใช้รหัสซ้ำกับบันทึกอื่น",
                  r.kind().englishName() + " " + r.id() + " has the id of another record"));
        }
        checkRecord(index, kind, r, first, last, problems);
      }
    }
    return List.copyOf(problems);
  }

  private static RecordProblem outsideYear(YearRecord r, LocalDate d, FiscalYear year) {
    return new RecordProblem(
        r.id(),
        r.kind(),
        RecordProblem.Severity.WARNING,
        LocalizedText.of(
            r.kind().thaiName() + " " + r.id() + " ลงวันที่ " + d + " อยู่นอกปีงบประมาณ พ.ศ. "
                + year.buddhistYear(),
            r.kind().englishName() + " " + r.id() + " is dated " + d + ", outside " + year));
  }

  /**
   * {@link #validate()} and, against the plan, the problems of records that name a division the plan
   * does not list or an activity it does not have.
   */
  public List<RecordProblem> validate(KmPlan plan) {
    // Loops, not lambdas: each lambda is a class made at run time on its first use (see
    // docs/batch-evaluation-profile.md, round 4).
    List<RecordProblem> problems = new ArrayList<>(validate());
    Set<DivisionCode> divisions = new HashSet<>();
    for (Division d : plan.divisions()) {
      divisions.add(d.code());
    }
    Set<ActivityRef> activities = new HashSet<>();
    Set<Integer> goals = new HashSet<>();
    for (KmGoal g : plan.goals()) {
      goals.add(g.number());
      for (PlanActivity a : g.activities()) {
        activities.add(new ActivityRef(g.number(), a.number()));
      }
    }
    for (StaffMember s : staff()) {
      checkDivision(s, s.division(), divisions, problems);
    }
    for (KnowledgeAsset a : knowledgeAssets()) {
      checkDivision(a, a.division(), divisions, problems);
    }
    for (Meeting m : meetings()) {
      checkDivision(m, m.division(), divisions, problems);
    }
    for (ProgressUpdate p : progressUpdates()) {
      if (!activities.contains(p.activity())) {
        problems.add(
            error(
                p,
                "รายงานความก้าวหน้า " + p.id() + " อ้างถึงกิจกรรม " + p.activity() + " ซึ่งไม่มีในแผน",
                "progress update " + p.id() + " refers to activity " + p.activity()
                    + ", which the plan does not have"));
      }
    }
    for (MonitoringNote n : monitoringNotes()) {
      if (n.activityRef().isPresent() && !activities.contains(n.activityRef().get())) {
        problems.add(unknownActivity(n, n.activityRef().get()));
      }
      if (n.goal().isPresent()) {
        int g = n.goal().getAsInt();
        if (!goals.contains(g)) {
          problems.add(
              error(
                  n,
                  "บันทึกปัญหาอุปสรรค " + n.id() + " อ้างถึงเป้าหมาย KM ที่ " + g + " ซึ่งไม่มีในแผน",
                  "M&E note " + n.id() + " refers to KM goal " + g + ", which the plan does not have"));
        }
      }
    }
    return List.copyOf(problems);
  }

  private static void checkDivision(
      YearRecord r, Optional<DivisionCode> division, Set<DivisionCode> divisions, List<RecordProblem> problems) {
    if (division.isPresent() && !divisions.contains(division.get())) {
      problems.add(unknownDivision(r, division.get()));
    }
  }

  private static RecordProblem unknownActivity(YearRecord r, ActivityRef a) {
    return error(
        r,
        r.kind().thaiName() + " " + r.id() + " อ้างถึงกิจกรรม " + a + " ซึ่งไม่มีในแผน",
        r.kind().englishName() + " " + r.id() + " refers to activity " + a
            + ", which the plan does not have");
  }

  /**
   * The references and the day of a record of the kind: by a switch on the kind, not a type switch
   * per record, and in a method of its own, which the JIT compiles after a few hundred records
   * where validate's loop, run once per year, would stay interpreted for long.
   */
  private void checkRecord(
      RecordIndex index,
      RecordKind kind,
      YearRecord r,
      LocalDate first,
      LocalDate last,
      List<RecordProblem> problems) {
    switch (kind) {
      case TRAINING_REPORT -> requireTraining(index, r, ((TrainingReport) r).trainingId(), problems);
      case SUPERVISOR_RATING ->
          requireTraining(index, r, ((SupervisorRating) r).trainingId(), problems);
      case ACCESS_EVENT -> {
        AccessEvent a = (AccessEvent) r;
        // An event naming another year's asset (2569/asset-3) is checked by that year's records.
        if (index.get(a.assetId(), KnowledgeAsset.class) == null
            && a.assetYear().filter(y -> !y.equals(fiscalYear())).isEmpty()) {
          problems.add(dangling(a, a.assetId(), RecordKind.KNOWLEDGE_ASSET));
        }
      }
      case STAFF -> {}
      default -> {
        List<String> persons = r.personIds();
        for (int i = 0; i < persons.size(); i++) {
          if (index.get(persons.get(i), StaffMember.class) == null) {
            problems.add(dangling(r, persons.get(i), RecordKind.STAFF));
          }
        }
      }
    }
    // Access events, most of a year's records, give their day without an Optional.
    @Nullable LocalDate day =
        kind == RecordKind.ACCESS_EVENT ? ((AccessEvent) r).date() : r.occurredOn().orElse(null);
    if (day != null && (day.isBefore(first) || day.isAfter(last))) {
      problems.add(outsideYear(r, day, fiscalYear()));
    }
  }

  private static void requireTraining(
      RecordIndex index, YearRecord r, String trainingId, List<RecordProblem> problems) {
    if (index.get(trainingId, Training.class) == null) {
      problems.add(dangling(r, trainingId, RecordKind.TRAINING));
    }
  }

  private static RecordProblem dangling(YearRecord r, String target, RecordKind targetKind) {
    return error(
        r,
        r.kind().thaiName() + " " + r.id() + " อ้างถึง" + targetKind.thaiName() + " " + target
            + " ซึ่งไม่มีในบันทึก",
        r.kind().englishName() + " " + r.id() + " refers to " + targetKind.englishName() + " "
            + target + ", which is not recorded");
  }

  private static RecordProblem unknownDivision(YearRecord r, DivisionCode d) {
    return error(
        r,
        r.kind().thaiName() + " " + r.id() + " อยู่ในส่วนราชการ " + d + " ซึ่งแผนไม่ได้ระบุไว้",
        r.kind().englishName() + " " + r.id() + " belongs to division " + d
            + ", which the plan does not list");
  }

  private static RecordProblem error(YearRecord r, String th, String en) {
    return new RecordProblem(r.id(), r.kind(), RecordProblem.Severity.ERROR, LocalizedText.of(th, en));
  }
}
