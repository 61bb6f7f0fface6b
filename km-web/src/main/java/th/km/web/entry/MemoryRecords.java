package th.km.web.entry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.km.core.LocalizedText;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.AccessEvent;
import th.km.core.records.Acknowledgement;
import th.km.core.records.EvaluationReport;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.Meeting;
import th.km.core.records.ProgressUpdate;
import th.km.core.records.Recognition;
import th.km.core.records.StaffMember;
import th.km.core.records.SupervisorRating;
import th.km.core.records.Training;
import th.km.core.records.TrainingReport;
import th.km.core.records.YearRecord;
import th.km.core.records.YearRecords;
import th.km.web.DashboardSource;

/**
 * Records of the year held in memory with their versions, for tests and for servers that keep
 * nothing: it reads and writes as the database does, corrections included, and forgets everything
 * when dropped. Safe to share between threads.
 */
public final class MemoryRecords implements RecordWrites, DashboardSource.RecordReader {

  private record Key(OrganizationCode organization, FiscalYear year) {}

  private final Map<Key, YearRecords> years = new HashMap<>();
  private final Map<Key, Map<String, Integer>> versions = new HashMap<>();

  /** Starts with the records of a year, each at version 0. */
  public synchronized MemoryRecords with(YearRecords records) {
    years.put(new Key(records.organization(), records.fiscalYear()), records);
    return this;
  }

  @Override
  public synchronized YearRecords records(OrganizationCode organization, FiscalYear year) {
    YearRecords stored = years.get(new Key(organization, year));
    return stored != null
        ? stored
        : YearRecords.builder().organization(organization).fiscalYear(year).build();
  }

  @Override
  public synchronized Optional<Versioned> find(
      OrganizationCode organization, FiscalYear year, String id) {
    return records(organization, year).byId(id).map(r -> new Versioned(r, version(organization, year, id)));
  }

  @Override
  public synchronized WriteResult add(
      String actor, OrganizationCode organization, FiscalYear year, YearRecord record) {
    Optional<Versioned> taken = find(organization, year, record.id());
    if (taken.isPresent()) {
      return new WriteResult.Conflict(taken.get());
    }
    years.put(new Key(organization, year), put(records(organization, year), record));
    return new WriteResult.Saved(new Versioned(record, 0));
  }

  @Override
  public synchronized WriteResult correct(
      String actor, OrganizationCode organization, FiscalYear year, YearRecord record, int basedOn) {
    Optional<Versioned> current = find(organization, year, record.id());
    if (current.isEmpty()) {
      return new WriteResult.Rejected(
          List.of(
              LocalizedText.of(
                  "ไม่พบบันทึก " + record.id() + " ที่จะแก้ไข",
                  "there is no record " + record.id() + " to correct")));
    }
    if (current.get().version() != basedOn || current.get().record().kind() != record.kind()) {
      return new WriteResult.Conflict(current.get());
    }
    Key key = new Key(organization, year);
    years.put(key, put(records(organization, year), record));
    int next = basedOn + 1;
    versions.computeIfAbsent(key, k -> new HashMap<>()).put(record.id(), next);
    return new WriteResult.Saved(new Versioned(record, next));
  }

  private int version(OrganizationCode organization, FiscalYear year, String id) {
    return versions.getOrDefault(new Key(organization, year), Map.of()).getOrDefault(id, 0);
  }

  /** The year with the record added after the others of its kind, or put in the place of its id. */
  static YearRecords put(YearRecords year, YearRecord record) {
    return switch (record) {
      case StaffMember r -> year.withStaff(put(year.staff(), r));
      case Training r -> year.withTrainings(put(year.trainings(), r));
      case TrainingReport r -> year.withTrainingReports(put(year.trainingReports(), r));
      case SupervisorRating r -> year.withSupervisorRatings(put(year.supervisorRatings(), r));
      case KnowledgeAsset r -> year.withKnowledgeAssets(put(year.knowledgeAssets(), r));
      case Meeting r -> year.withMeetings(put(year.meetings(), r));
      case Acknowledgement r -> year.withAcknowledgements(put(year.acknowledgements(), r));
      case AccessEvent r -> year.withAccessEvents(put(year.accessEvents(), r));
      case Recognition r -> year.withRecognitions(put(year.recognitions(), r));
      case ProgressUpdate r -> year.withProgressUpdates(put(year.progressUpdates(), r));
      case EvaluationReport r -> year.withEvaluationReports(put(year.evaluationReports(), r));
      default -> throw new IllegalArgumentException("unknown kind of record " + record.kind());
    };
  }

  private static <T extends YearRecord> List<T> put(List<T> list, T record) {
    List<T> out = new ArrayList<>(list);
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).id().equals(record.id())) {
        out.set(i, record);
        return out;
      }
    }
    out.add(record);
    return out;
  }
}
