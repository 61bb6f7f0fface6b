package th.km.core.entry;

import java.util.List;
import java.util.Optional;
import th.km.core.audit.Actor;
import th.km.core.records.Meeting;
import th.km.core.records.RecordKind;
import th.km.core.records.SignOff;
import th.km.core.records.TrainingReport;
import th.km.core.records.YearRecord;

/**
 * The writes people make to the records of the year, one record at a time (the port the database
 * implements): the data-entry forms of the web call these.
 *
 * <p>Every kind of record is entered the same way: {@link #add} a new one, {@link #correct} one
 * that is stored. That covers staff members ({@link th.km.core.records.StaffMember}), trainings
 * ({@link th.km.core.records.Training}), post-training reports with their sign-offs ({@link
 * TrainingReport}), supervisors' ratings, knowledge assets ({@link
 * th.km.core.records.KnowledgeAsset}), meetings with their attendance ({@link Meeting}),
 * acknowledgements, accesses, recognitions, progress updates and M&E reports. Two shortcuts do the
 * corrections that forms make most: {@link #signOff} adds a signature to a report, {@link
 * #recordAttendance} sets who attended a meeting.
 *
 * <p>Each write:
 *
 * <ul>
 *   <li>is checked as the records folder's import checks a year: the book's organization must have
 *       a plan for the year; a record's id is used once in the book; a report or rating names a
 *       recorded training, an access a recorded asset, every other record recorded staff; a
 *       division is one the plan lists, a progress update's activity one the plan has. What fails
 *       is a {@link WriteResult.Rejected} that names it. A date outside the fiscal year is saved
 *       with a warning. The record itself was checked when it was built: an invalid record cannot
 *       be made, so a form turns the record's {@link IllegalArgumentException} into its message;
 *   <li>is one transaction with its entry in the audit log (who, when, the record before and after
 *       as a line of its records file): both are stored, or neither;
 *   <li>when a correction, names the version of the record its editor saw. If someone corrected the
 *       record since, nothing is stored and the result is a {@link WriteResult.Conflict} with the
 *       record as it is now: the second writer is told, never silently overwritten.
 * </ul>
 *
 * <p>A typical form: {@link #find} the record, show it with its version in a hidden field, build
 * the corrected record from the submitted form, {@link #correct} it with that version, and switch
 * over the result: saved (show the new version), conflict (show the current record and ask the
 * person to redo the change), rejected (show the reasons beside the form).
 */
public interface RecordCommands {

  /**
   * Adds a new record to the book; its version is 0.
   *
   * @param book the organization's year the record belongs to
   * @param record the record; its id must not be used in the book yet
   * @param by who enters it, for the audit log
   */
  WriteResult add(RecordBook book, YearRecord record, Actor by);

  /**
   * Adds a new record under the first free id of its prefix, chosen at the moment of the write, so
   * that people who add records at the same time never take the same id and every valid record is
   * stored. A database chooses it in the transaction that stores the record; this default tries the
   * next number again when another write took the id in between.
   *
   * @param book the organization's year the record belongs to
   * @param draft the record, given its id when it is stored
   * @param by who enters it, for the audit log
   */
  default NumberedRecord.Added addNumbered(RecordBook book, NumberedRecord draft, Actor by) {
    int n = 1;
    while (true) {
      String id = draft.prefix() + "-" + n;
      if (find(book, draft.kind(), id).isPresent()) {
        n++;
        continue;
      }
      YearRecord record = draft.withId().apply(id);
      WriteResult result = add(book, record, by);
      boolean taken =
          result instanceof WriteResult.Rejected && find(book, draft.kind(), id).isPresent();
      if (!taken) {
        return new NumberedRecord.Added(result, record);
      }
      n++;
    }
  }

  /**
   * Replaces the stored record that has {@code record}'s id (and kind) with {@code record}, if it
   * is still at {@code seenVersion}; its version becomes {@code seenVersion + 1}.
   *
   * @param book the organization's year the record belongs to
   * @param record the record as corrected; the id says which record, and cannot itself change
   * @param seenVersion the version of the record its editor saw (from {@link #find})
   * @param by who corrects it, for the audit log
   */
  WriteResult correct(RecordBook book, YearRecord record, int seenVersion, Actor by);

  /** The stored record of the kind with the id, and its version; empty when there is none. */
  Optional<Versioned> find(RecordBook book, RecordKind kind, String id);

  /**
   * Adds a signature to the end of a post-training report's routing
   * (เสนอผู้บังคับบัญชาตามลำดับชั้น), as a correction of the report at {@code seenVersion}.
   */
  default WriteResult signOff(
      RecordBook book, String reportId, SignOff signOff, int seenVersion, Actor by) {
    Optional<Versioned> found = find(book, RecordKind.TRAINING_REPORT, reportId);
    if (found.isEmpty()) {
      return missing(book, RecordKind.TRAINING_REPORT, reportId);
    }
    if (found.get().version() != seenVersion) {
      return new WriteResult.Conflict(found.get());
    }
    TrainingReport report = (TrainingReport) found.get().record();
    TrainingReport signed = TrainingReport.builder().from(report).addSignOffs(signOff).build();
    return correct(book, signed, seenVersion, by);
  }

  /**
   * Withdraws the signature at {@code ordinal} (1 for the first) of a post-training report's
   * routing, as a correction of the report at {@code seenVersion}; refused unless it is the last
   * signature of the chain ({@link SignOffWithdrawal}). A database logs it as {@code
   * training_report.withdraw-sign-off} with the reason; this default logs a plain correction.
   *
   * @param reason why it is withdrawn, as the account wrote it
   */
  default WriteResult withdrawSignOff(
      RecordBook book, String reportId, int ordinal, int seenVersion, String reason, Actor by) {
    Optional<Versioned> found = find(book, RecordKind.TRAINING_REPORT, reportId);
    if (found.isEmpty()) {
      return missing(book, RecordKind.TRAINING_REPORT, reportId);
    }
    if (found.get().version() != seenVersion) {
      return new WriteResult.Conflict(found.get());
    }
    TrainingReport report = (TrainingReport) found.get().record();
    Optional<WriteResult.Rejected> refused = SignOffWithdrawal.refusal(report, ordinal);
    if (refused.isPresent()) {
      return refused.get();
    }
    return correct(book, SignOffWithdrawal.withdrawn(report), seenVersion, by);
  }

  /**
   * Sets who attended a meeting (staff by id, and how many others), as a correction of the meeting
   * at {@code seenVersion}.
   */
  default WriteResult recordAttendance(
      RecordBook book,
      String meetingId,
      List<String> attendeeIds,
      int otherAttendees,
      int seenVersion,
      Actor by) {
    Optional<Versioned> found = find(book, RecordKind.MEETING, meetingId);
    if (found.isEmpty()) {
      return missing(book, RecordKind.MEETING, meetingId);
    }
    if (found.get().version() != seenVersion) {
      return new WriteResult.Conflict(found.get());
    }
    Meeting meeting = (Meeting) found.get().record();
    Meeting attended =
        Meeting.builder()
            .from(meeting)
            .attendeeIds(attendeeIds)
            .otherAttendees(otherAttendees)
            .build();
    return correct(book, attended, seenVersion, by);
  }

  /**
   * Deletes the stored record softly, if it is still at {@code seenVersion}: it stays stored with
   * who, when and why, but is no longer part of the year; its version becomes {@code seenVersion +
   * 1}. Refused when other records of the year name it (a training that has a report), so that the
   * year never names a record it does not hold. A store that keeps nothing refuses it.
   *
   * @param reason why it is deleted, for the audit log and the list of deleted records
   */
  default WriteResult delete(
      RecordBook book, RecordKind kind, String id, int seenVersion, String reason, Actor by) {
    return cannotDelete();
  }

  /**
   * Puts a softly deleted record back into the year, checked as a new record would be (what it
   * names must be recorded); its version is bumped again.
   */
  default WriteResult restore(RecordBook book, RecordKind kind, String id, Actor by) {
    return cannotDelete();
  }

  /** The book's softly deleted records, in the order they were deleted. */
  default List<DeletedRecord> deleted(RecordBook book) {
    return List.of();
  }

  /** The rejection of a delete or restore by a store that keeps nothing. */
  private static WriteResult.Rejected cannotDelete() {
    return WriteResult.Rejected.because(
        "ที่เก็บข้อมูลนี้ลบหรือกู้คืนบันทึกไม่ได้", "this store cannot delete or restore records");
  }

  /** The rejection of a correction of a record that is not stored. */
  static WriteResult.Rejected missing(RecordBook book, RecordKind kind, String id) {
    return WriteResult.Rejected.because(
        "ไม่มี" + kind.thaiName() + " " + id + " ในบันทึกของ " + book.thai() + " ที่จะแก้ไข",
        "there is no "
            + kind.englishName()
            + " "
            + id
            + " in the records of "
            + book.english()
            + " to correct");
  }
}
