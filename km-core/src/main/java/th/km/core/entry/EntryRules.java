package th.km.core.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import th.km.core.LocalizedText;
import th.km.core.plan.KmPlan;
import th.km.core.records.AccessEvent;
import th.km.core.records.Acknowledgement;
import th.km.core.records.EvaluationReport;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.Meeting;
import th.km.core.records.MonitoringNote;
import th.km.core.records.ProgressUpdate;
import th.km.core.records.Recognition;
import th.km.core.records.RecordProblem;
import th.km.core.records.StaffMember;
import th.km.core.records.SupervisorRating;
import th.km.core.records.Training;
import th.km.core.records.TrainingReport;
import th.km.core.records.YearRecord;
import th.km.core.records.YearRecords;

/**
 * Decides whether a write of {@link RecordCommands} may go ahead, from what is stored: the one
 * place of the rules, so that every store applies them alike. A store reads, within the write's
 * transaction, the book's plan, its records and the record's version, asks here, and writes only
 * when the answer is {@link Decision.Proceed}.
 */
public final class EntryRules {

  private EntryRules() {}

  /** The answer: go ahead (with warnings to pass on), or the result to return instead. */
  public sealed interface Decision {

    /** Store the write; these warnings go into {@link WriteResult.Saved}. */
    record Proceed(List<LocalizedText> warnings) implements Decision {
      public Proceed {
        warnings = List.copyOf(warnings);
      }
    }

    /** Store nothing and return this. */
    record Refuse(WriteResult result) implements Decision {}
  }

  /**
   * Whether {@code record} may be added to the book.
   *
   * @param plan the latest stored plan of the book's year, if any
   * @param stored the book's records as stored
   */
  public static Decision add(
      RecordBook book, Optional<KmPlan> plan, YearRecords stored, YearRecord record) {
    if (plan.isEmpty()) {
      return noPlan(book);
    }
    Optional<YearRecord> taken = stored.byId(record.id());
    if (taken.isPresent()) {
      return refuse(
          record.kind().thaiName()
              + " "
              + record.id()
              + ": รหัสนี้ใช้กับ"
              + taken.get().kind().thaiName()
              + "ในบันทึกของ "
              + book.thai()
              + " แล้ว",
          record.kind().englishName()
              + " "
              + record.id()
              + ": the id is already used by a "
              + taken.get().kind().englishName()
              + " in the records of "
              + book.english());
    }
    return checked(plan.get(), stored, record);
  }

  /**
   * Whether {@code record} may replace the stored record with its id, edited from version {@code
   * seenVersion}.
   *
   * @param plan the latest stored plan of the book's year, if any
   * @param stored the book's records as stored
   * @param current the stored record with {@code record}'s id, of any kind, and its version
   */
  public static Decision correct(
      RecordBook book,
      Optional<KmPlan> plan,
      YearRecords stored,
      Optional<Versioned> current,
      YearRecord record,
      int seenVersion) {
    if (plan.isEmpty()) {
      return noPlan(book);
    }
    if (current.isEmpty()) {
      return new Decision.Refuse(RecordCommands.missing(book, record.kind(), record.id()));
    }
    YearRecord was = current.get().record();
    if (was.kind() != record.kind()) {
      return refuse(
          record.id() + " เป็น" + was.kind().thaiName() + " ไม่ใช่" + record.kind().thaiName(),
          record.id()
              + " is a "
              + was.kind().englishName()
              + ", not a "
              + record.kind().englishName());
    }
    if (current.get().version() != seenVersion) {
      return new Decision.Refuse(new WriteResult.Conflict(current.get()));
    }
    return checked(plan.get(), stored, record);
  }

  /** The book's records with {@code record} in place of the one with its id, or added last. */
  public static YearRecords with(YearRecords stored, YearRecord record) {
    YearRecords.Builder b = YearRecords.builder().from(stored);
    switch (record) {
      case StaffMember r -> b.staff(put(stored.staff(), r, StaffMember::id));
      case Training r -> b.trainings(put(stored.trainings(), r, Training::id));
      case TrainingReport r ->
          b.trainingReports(put(stored.trainingReports(), r, TrainingReport::id));
      case SupervisorRating r ->
          b.supervisorRatings(put(stored.supervisorRatings(), r, SupervisorRating::id));
      case KnowledgeAsset r ->
          b.knowledgeAssets(put(stored.knowledgeAssets(), r, KnowledgeAsset::id));
      case Meeting r -> b.meetings(put(stored.meetings(), r, Meeting::id));
      case Acknowledgement r ->
          b.acknowledgements(put(stored.acknowledgements(), r, Acknowledgement::id));
      case AccessEvent r -> b.accessEvents(put(stored.accessEvents(), r, AccessEvent::id));
      case Recognition r -> b.recognitions(put(stored.recognitions(), r, Recognition::id));
      case ProgressUpdate r ->
          b.progressUpdates(put(stored.progressUpdates(), r, ProgressUpdate::id));
      case EvaluationReport r ->
          b.evaluationReports(put(stored.evaluationReports(), r, EvaluationReport::id));
      case MonitoringNote r -> b.monitoringNotes(put(stored.monitoringNotes(), r, MonitoringNote::id));
      default ->
          throw new IllegalArgumentException("not a record kind km stores: " + record.getClass());
    }
    return b.build();
  }

  /** The problems the year would have with the record in it, as far as they are the record's. */
  private static Decision checked(KmPlan plan, YearRecords stored, YearRecord record) {
    List<LocalizedText> errors = new ArrayList<>();
    List<LocalizedText> warnings = new ArrayList<>();
    for (RecordProblem p : with(stored, record).validate(plan)) {
      if (!p.recordId().equals(record.id()) || p.kind() != record.kind()) {
        continue;
      }
      (p.severity() == RecordProblem.Severity.ERROR ? errors : warnings).add(p.message());
    }
    return errors.isEmpty()
        ? new Decision.Proceed(warnings)
        : new Decision.Refuse(new WriteResult.Rejected(errors));
  }

  private static <T> List<T> put(List<T> records, T record, Function<T, String> id) {
    List<T> out = new ArrayList<>(records);
    String key = id.apply(record);
    for (int i = 0; i < out.size(); i++) {
      if (id.apply(out.get(i)).equals(key)) {
        out.set(i, record);
        return out;
      }
    }
    out.add(record);
    return out;
  }

  private static Decision noPlan(RecordBook book) {
    return refuse(
        "ยังไม่มีแผนของ " + book.thai() + " ในฐานข้อมูล: บันทึกแผนก่อน แล้วจึงบันทึกผลการดำเนินงาน",
        "there is no plan of "
            + book.english()
            + " in the database: save the plan before its"
            + " records");
  }

  private static Decision refuse(String th, String en) {
    return new Decision.Refuse(WriteResult.Rejected.because(th, en));
  }
}
