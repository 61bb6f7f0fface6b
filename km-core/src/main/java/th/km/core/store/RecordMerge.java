package th.km.core.store;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.km.core.records.AccessEvent;
import th.km.core.records.Acknowledgement;
import th.km.core.records.EvaluationReport;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.Meeting;
import th.km.core.records.MonitoringNote;
import th.km.core.records.ProgressUpdate;
import th.km.core.records.Recognition;
import th.km.core.records.RecordDifferences;
import th.km.core.records.RecordKind;
import th.km.core.records.StaffMember;
import th.km.core.records.SupervisorRating;
import th.km.core.records.Training;
import th.km.core.records.TrainingReport;
import th.km.core.records.YearRecord;
import th.km.core.records.YearRecords;

/**
 * The one rule of importing records into a store, shared by every {@link RecordStore} so that they
 * all decide alike: which incoming records are new, which are stored already, and which conflict.
 */
public final class RecordMerge {

  private RecordMerge() {}

  /** What an import of {@code incoming} over {@code stored} comes to. */
  public sealed interface Outcome {}

  /**
   * The import can go ahead: {@code additions} are the records to store, each kind in the incoming
   * order; {@code unchanged} counts those stored already with the same content.
   */
  public record Additions(YearRecords additions, Map<RecordKind, Integer> unchanged)
      implements Outcome {

    /** The import's result once the additions are stored. */
    public RecordImport.Imported imported() {
      Map<RecordKind, Integer> added = new EnumMap<>(RecordKind.class);
      for (RecordKind k : RecordKind.values()) {
        added.put(k, additions.ofKind(k).size());
      }
      return new RecordImport.Imported(
          additions.organization(), additions.fiscalYear(), added, unchanged);
    }
  }

  /** The import must store nothing. */
  public record Conflicts(List<RecordConflict> conflicts) implements Outcome {
    public Conflicts {
      conflicts = List.copyOf(conflicts);
    }
  }

  /**
   * Compares the incoming records with the stored ones of the same organization and year, by id:
   * an id not stored is an addition, one stored with equal content is unchanged, one stored with
   * other content or as another kind is a conflict, and so is an id the incoming records use twice.
   */
  public static Outcome of(YearRecords stored, YearRecords incoming) {
    checkArgument(
        stored.organization().equals(incoming.organization())
            && stored.fiscalYear().equals(incoming.fiscalYear()),
        "stored records of %s %s compared with records of %s %s",
        stored.organization(),
        stored.fiscalYear(),
        incoming.organization(),
        incoming.fiscalYear());
    Map<String, YearRecord> byId = new HashMap<>();
    stored.all().forEach(r -> byId.putIfAbsent(r.id(), r));
    Map<String, RecordKind> seen = new HashMap<>();
    List<RecordConflict> conflicts = new ArrayList<>();
    List<YearRecord> additions = new ArrayList<>();
    Map<RecordKind, Integer> unchanged = new EnumMap<>(RecordKind.class);
    incoming
        .all()
        .forEach(
            r -> {
              if (seen.putIfAbsent(r.id(), r.kind()) != null) {
                conflicts.add(new RecordConflict.Duplicate(r.kind(), r.id()));
                return;
              }
              YearRecord old = byId.get(r.id());
              if (old == null) {
                additions.add(r);
              } else if (old.kind() != r.kind()) {
                conflicts.add(new RecordConflict.OtherKind(r.kind(), r.id(), old.kind()));
              } else if (old.equals(r)) {
                unchanged.merge(r.kind(), 1, Integer::sum);
              } else {
                conflicts.add(
                    new RecordConflict.Changed(r.kind(), r.id(), RecordDifferences.between(old, r)));
              }
            });
    if (!conflicts.isEmpty()) {
      return new Conflicts(conflicts);
    }
    return new Additions(yearOf(incoming, additions), unchanged);
  }

  private static YearRecords yearOf(YearRecords like, List<YearRecord> records) {
    YearRecords.Builder b =
        YearRecords.builder().organization(like.organization()).fiscalYear(like.fiscalYear());
    for (YearRecord r : records) {
      switch (r) {
        case StaffMember s -> b.addStaff(s);
        case Training t -> b.addTrainings(t);
        case TrainingReport t -> b.addTrainingReports(t);
        case SupervisorRating s -> b.addSupervisorRatings(s);
        case KnowledgeAsset a -> b.addKnowledgeAssets(a);
        case Meeting m -> b.addMeetings(m);
        case Acknowledgement a -> b.addAcknowledgements(a);
        case AccessEvent a -> b.addAccessEvents(a);
        case Recognition r2 -> b.addRecognitions(r2);
        case ProgressUpdate p -> b.addProgressUpdates(p);
        case EvaluationReport e -> b.addEvaluationReports(e);
        case MonitoringNote n -> b.addMonitoringNotes(n);
        default ->
            throw new IllegalArgumentException(
                "no list for " + r.getClass().getName() + ", a new kind of record");
      }
    }
    return b.build();
  }
}
