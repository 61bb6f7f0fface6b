package th.km.persistence.memory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.RecordKind;
import th.km.core.records.YearRecords;
import th.km.core.store.PlanStore;
import th.km.core.store.RecordImport;
import th.km.core.store.RecordMerge;
import th.km.core.store.RecordStore;

/**
 * A {@link RecordStore} in memory, for tests and demonstrations: it behaves as the database store
 * does and forgets everything when dropped. Organizations are registered by the plan store it is
 * given, as saving a plan registers them in the database. Safe to share between threads.
 */
public final class InMemoryRecordStore implements RecordStore {

  private final PlanStore plans;
  private final Map<Key, YearRecords> years = new HashMap<>();

  /** A store whose organizations are those registered in {@code plans}. */
  public InMemoryRecordStore(PlanStore plans) {
    this.plans = plans;
  }

  private record Key(OrganizationCode organization, FiscalYear fiscalYear) {}

  @Override
  public synchronized YearRecords records(OrganizationCode organization, FiscalYear fiscalYear) {
    YearRecords stored = years.get(new Key(organization, fiscalYear));
    return stored != null ? stored : empty(organization, fiscalYear);
  }

  @Override
  public synchronized RecordImport importRecords(YearRecords records) {
    OrganizationCode code = records.organization();
    boolean registered =
        plans.organizations().stream().map(Organization::code).anyMatch(code::equals);
    if (!registered) {
      return new RecordImport.UnknownOrganization(code);
    }
    YearRecords stored = records(code, records.fiscalYear());
    return switch (RecordMerge.of(stored, records)) {
      case RecordMerge.Conflicts c ->
          new RecordImport.Refused(code, records.fiscalYear(), c.conflicts());
      case RecordMerge.Additions a -> {
        years.put(new Key(code, records.fiscalYear()), appended(stored, a.additions()));
        yield a.imported();
      }
    };
  }

  @Override
  public synchronized List<OrganizationCode> organizationsWithRecords(FiscalYear fiscalYear) {
    List<OrganizationCode> codes = new ArrayList<>();
    years.forEach(
        (key, records) -> {
          if (key.fiscalYear().equals(fiscalYear) && records.size() > 0) {
            codes.add(key.organization());
          }
        });
    codes.sort((a, b) -> a.value().compareTo(b.value()));
    return codes;
  }

  @Override
  public synchronized Map<RecordKind, Integer> counts(
      OrganizationCode organization, FiscalYear fiscalYear) {
    YearRecords stored = records(organization, fiscalYear);
    Map<RecordKind, Integer> counts = new EnumMap<>(RecordKind.class);
    for (RecordKind k : RecordKind.values()) {
      counts.put(k, stored.ofKind(k).size());
    }
    return counts;
  }

  private static YearRecords appended(YearRecords stored, YearRecords additions) {
    YearRecords.Builder b = YearRecords.builder().from(stored);
    b.addAllStaff(additions.staff())
        .addAllTrainings(additions.trainings())
        .addAllTrainingReports(additions.trainingReports())
        .addAllSupervisorRatings(additions.supervisorRatings())
        .addAllKnowledgeAssets(additions.knowledgeAssets())
        .addAllMeetings(additions.meetings())
        .addAllAcknowledgements(additions.acknowledgements())
        .addAllAccessEvents(additions.accessEvents())
        .addAllRecognitions(additions.recognitions())
        .addAllProgressUpdates(additions.progressUpdates())
        .addAllEvaluationReports(additions.evaluationReports())
        .addAllMonitoringNotes(additions.monitoringNotes());
    return b.build();
  }

  private static YearRecords empty(OrganizationCode organization, FiscalYear fiscalYear) {
    return YearRecords.builder().organization(organization).fiscalYear(fiscalYear).build();
  }
}
