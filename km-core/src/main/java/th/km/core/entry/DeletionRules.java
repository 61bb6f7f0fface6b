package th.km.core.entry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import th.km.core.LocalizedText;
import th.km.core.plan.KmPlan;
import th.km.core.records.RecordKind;
import th.km.core.records.RecordProblem;
import th.km.core.records.YearRecord;
import th.km.core.records.YearRecords;

/**
 * Decides whether a soft delete, a restore, or an add beside deleted records may go ahead: the
 * companion of {@link EntryRules} for {@link RecordCommands#delete} and {@link
 * RecordCommands#restore}, so that every store applies them alike.
 */
public final class DeletionRules {

  private DeletionRules() {}

  /**
   * Whether the stored record {@code current} may be deleted, seen at {@code seenVersion}: the
   * version must still be current, and no other record of the year may name it, since the year
   * would then name a record it does not hold.
   */
  public static EntryRules.Decision delete(
      RecordBook book,
      RecordKind kind,
      String id,
      YearRecords stored,
      Optional<Versioned> current,
      int seenVersion) {
    if (current.isEmpty() || current.get().record().kind() != kind) {
      return new EntryRules.Decision.Refuse(missing(book, kind, id));
    }
    if (current.get().version() != seenVersion) {
      return new EntryRules.Decision.Refuse(new WriteResult.Conflict(current.get()));
    }
    Set<RecordProblem> before = new HashSet<>(errors(stored));
    List<LocalizedText> named = new ArrayList<>();
    for (RecordProblem p : errors(without(stored, current.get().record()))) {
      if (!before.contains(p)) {
        named.add(p.message());
      }
    }
    if (named.isEmpty()) {
      return new EntryRules.Decision.Proceed(List.of());
    }
    List<LocalizedText> reasons = new ArrayList<>();
    reasons.add(
        new LocalizedText(
            kind.thaiName() + " " + id + " ลบไม่ได้ เพราะบันทึกอื่นอ้างถึง: ลบหรือแก้ไขบันทึกเหล่านั้นก่อน",
            "the "
                + kind.englishName()
                + " "
                + id
                + " cannot be deleted while other records name it: delete or correct them first"));
    reasons.addAll(named);
    return new EntryRules.Decision.Refuse(new WriteResult.Rejected(reasons));
  }

  /**
   * Whether a deleted record may come back: checked as a new record of the year is (what it names
   * must be recorded, its id free).
   */
  public static EntryRules.Decision restore(
      RecordBook book, Optional<KmPlan> plan, YearRecords stored, YearRecord record) {
    return EntryRules.add(book, plan, stored, record);
  }

  /**
   * Whether {@code record} may be added, when {@code deletedIds} are the ids of the book's deleted
   * records: an id stays with its deleted record, which can be restored.
   */
  public static EntryRules.Decision add(
      RecordBook book,
      Optional<KmPlan> plan,
      YearRecords stored,
      Set<String> deletedIds,
      YearRecord record) {
    if (deletedIds.contains(record.id())) {
      return new EntryRules.Decision.Refuse(
          WriteResult.Rejected.because(
              record.kind().thaiName()
                  + " "
                  + record.id()
                  + ": รหัสนี้เป็นของบันทึกที่ถูกลบแล้ว กู้คืนบันทึกนั้นแทน",
              record.kind().englishName()
                  + " "
                  + record.id()
                  + ": the id belongs to a deleted record; restore that record instead"));
    }
    return EntryRules.add(book, plan, stored, record);
  }

  /** The rejection of a delete or restore of a record that is not there. */
  public static WriteResult.Rejected missing(RecordBook book, RecordKind kind, String id) {
    return WriteResult.Rejected.because(
        "ไม่มี" + kind.thaiName() + " " + id + " ในบันทึกของ " + book.thai(),
        "there is no " + kind.englishName() + " " + id + " in the records of " + book.english());
  }

  /** The book's records without the one with {@code record}'s id and kind. */
  public static YearRecords without(YearRecords stored, YearRecord record) {
    YearRecords.Builder b = YearRecords.builder().from(stored);
    String id = record.id();
    switch (record.kind()) {
      case STAFF -> b.staff(drop(stored.staff(), id, r -> r.id()));
      case TRAINING -> b.trainings(drop(stored.trainings(), id, r -> r.id()));
      case TRAINING_REPORT -> b.trainingReports(drop(stored.trainingReports(), id, r -> r.id()));
      case SUPERVISOR_RATING ->
          b.supervisorRatings(drop(stored.supervisorRatings(), id, r -> r.id()));
      case KNOWLEDGE_ASSET -> b.knowledgeAssets(drop(stored.knowledgeAssets(), id, r -> r.id()));
      case MEETING -> b.meetings(drop(stored.meetings(), id, r -> r.id()));
      case ACKNOWLEDGEMENT -> b.acknowledgements(drop(stored.acknowledgements(), id, r -> r.id()));
      case ACCESS_EVENT -> b.accessEvents(drop(stored.accessEvents(), id, r -> r.id()));
      case RECOGNITION -> b.recognitions(drop(stored.recognitions(), id, r -> r.id()));
      case PROGRESS_UPDATE -> b.progressUpdates(drop(stored.progressUpdates(), id, r -> r.id()));
      case EVALUATION_REPORT ->
          b.evaluationReports(drop(stored.evaluationReports(), id, r -> r.id()));
      case MONITORING_NOTE -> b.monitoringNotes(drop(stored.monitoringNotes(), id, r -> r.id()));
    }
    return b.build();
  }

  private static <T> List<T> drop(List<T> records, String id, Function<T, String> idOf) {
    return records.stream().filter(r -> !idOf.apply(r).equals(id)).toList();
  }

  private static List<RecordProblem> errors(YearRecords records) {
    return records.validate().stream()
        .filter(p -> p.severity() == RecordProblem.Severity.ERROR)
        .toList();
  }
}
