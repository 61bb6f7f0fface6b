package th.km.persistence.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import th.km.core.audit.AuditEntry;
import th.km.core.calendar.FiscalYear;
import th.km.core.entry.RecordBook;
import th.km.core.entry.RecordCommands;
import th.km.core.entry.Versioned;
import th.km.core.entry.WriteResult;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.ActivityRef;
import th.km.core.records.Meeting;
import th.km.core.records.MonitoringNote;
import th.km.core.records.ProgressUpdate;
import th.km.core.records.Recognition;
import th.km.core.records.RecognitionKind;
import th.km.core.records.RecordKind;
import th.km.core.records.ReportRound;
import th.km.core.records.SignOff;
import th.km.core.records.TrainingReport;
import th.km.core.records.YearRecords;

/**
 * The part of the {@link RecordCommands} contract about what the data-entry forms may record: the
 * committee's notes, sign-offs, attendance, what the year refuses by name, dates outside the year,
 * and one organization kept from another's records.
 */
public abstract class RecordEntryRulesContract extends RecordCommandsFixture {

  @Test
  public void theCommitteesProblemsAndRecommendationsAreStoredCorrectedAndCheckedAgainstThePlan() {
    MonitoringNote note =
        new MonitoringNote(
            "mn-1",
            new ReportRound(ReportRound.Kind.HALF_YEAR, 1),
            LocalDate.of(2026, 3, 20),
            OptionalInt.of(1),
            OptionalInt.of(1),
            List.of("บุคลากรติดภารกิจ เข้าร่วมน้อย"),
            List.of("ควรจัดนอกเวลาราชการ", "ควรเผยแพร่ทางเพจ"),
            "somchai");
    MonitoringNote corrected =
        new MonitoringNote(
            "mn-1",
            new ReportRound(ReportRound.Kind.ANNUAL, 1),
            LocalDate.of(2026, 9, 25),
            OptionalInt.empty(),
            OptionalInt.empty(),
            List.of(),
            List.of("ควรจัดนอกเวลาราชการ"),
            "malai");

    saved(commands.add(BOOK, note, SOMCHAI));
    assertEquals(List.of(note), stored().monitoringNotes());
    saved(commands.correct(BOOK, corrected, 0, MALAI));
    String noActivity =
        reasons(
            commands.add(
                BOOK,
                new MonitoringNote(
                    "mn-2",
                    new ReportRound(ReportRound.Kind.QUARTER, 2),
                    LocalDate.of(2026, 2, 1),
                    OptionalInt.of(9),
                    OptionalInt.of(1),
                    List.of("ปัญหา"),
                    List.of(),
                    "somchai"),
                SOMCHAI));

    assertEquals(
        Optional.of(new Versioned(corrected, 1)),
        commands.find(BOOK, RecordKind.MONITORING_NOTE, "mn-1"));
    assertEquals(List.of(corrected), stored().monitoringNotes());
    assertTrue(noActivity.contains("activity 9.1"), noActivity);
    assertEquals(2, db.audit().entries(BAN_WAEN, "monitoring_note", "2569/mn-1").size());
  }

  @Test
  public void aReportIsSignedStepByStepUpToTheMayor() {
    commands.add(BOOK, staff("st-1", "finance"), SOMCHAI);
    commands.add(BOOK, training("tr-1", "st-1"), SOMCHAI);
    commands.add(BOOK, report("rp-1", "tr-1"), SOMCHAI);
    SignOff director = new SignOff("ผู้อำนวยการกองคลัง", LocalDate.of(2026, 1, 21), false);
    SignOff mayor = new SignOff("นายกเทศมนตรีตำบลบ้านแหวน", LocalDate.of(2026, 1, 23), true);

    saved(commands.signOff(BOOK, "rp-1", director, 0, SOMCHAI));
    WriteResult stale = commands.signOff(BOOK, "rp-1", mayor, 0, MALAI);
    saved(commands.signOff(BOOK, "rp-1", mayor, 1, MALAI));

    assertInstanceOf(WriteResult.Conflict.class, stale);
    TrainingReport signed = stored().trainingReports().get(0);
    assertEquals(List.of(director, mayor), signed.signOffs());
    assertEquals(Optional.of(LocalDate.of(2026, 1, 23)), signed.headSignedOn());
    assertEquals(
        List.of("training_report.add", "training_report.correct", "training_report.correct"),
        db.audit().entries(BAN_WAEN, "training_report", "2569/rp-1").stream()
            .map(AuditEntry::action)
            .toList());
  }

  @Test
  public void attendanceIsRecordedOnAMeetingAndOnlyStaffWhoAreRecordedMayAttend() {
    commands.add(BOOK, staff("st-1", "clerk"), SOMCHAI);
    commands.add(BOOK, staff("st-2", "health"), SOMCHAI);
    commands.add(BOOK, meeting("mt-1", List.of()), SOMCHAI);

    WriteResult unknown =
        commands.recordAttendance(BOOK, "mt-1", List.of("st-1", "st-9"), 0, 0, SOMCHAI);
    WriteResult.Saved saved =
        saved(commands.recordAttendance(BOOK, "mt-1", List.of("st-1", "st-2"), 3, 0, SOMCHAI));

    assertTrue(reasons(unknown).contains("st-9"), reasons(unknown));
    assertEquals(1, saved.version());
    Meeting held = stored().meetings().get(0);
    assertEquals(List.of("st-1", "st-2"), held.attendeeIds());
    assertEquals(5, held.attendance());
  }

  @Test
  public void whatTheYearCannotHoldIsRejectedByNameAndNothingIsStoredOrLogged() {
    commands.add(BOOK, staff("st-1", "clerk"), SOMCHAI);
    int logged = db.audit().entries(BAN_WAEN).size();
    YearRecords before = stored();

    String usedId = reasons(commands.add(BOOK, training("st-1", "st-1"), SOMCHAI));
    String noTraining = reasons(commands.add(BOOK, report("rp-1", "tr-9"), SOMCHAI));
    String noDivision = reasons(commands.add(BOOK, staff("st-2", "treasury"), SOMCHAI));
    String noActivity =
        reasons(
            commands.add(
                BOOK,
                new ProgressUpdate(
                    "pu-1", new ActivityRef(9, 1), LocalDate.of(2026, 3, 1), 50, "ทำแล้ว"),
                SOMCHAI));
    String noRecord = reasons(commands.correct(BOOK, staff("st-7", "clerk"), 0, SOMCHAI));
    String otherKind = reasons(commands.correct(BOOK, training("st-1", "st-1"), 0, SOMCHAI));
    String noPlan =
        reasons(
            commands.add(
                RecordBook.of(BAN_WAEN, FiscalYear.ofBuddhistYear(2570)),
                staff("st-1", "clerk"),
                SOMCHAI));

    assertTrue(usedId.contains("already used by a staff member"), usedId);
    assertTrue(usedId.contains("ใช้กับบุคลากร"), usedId);
    assertTrue(noTraining.contains("tr-9"), noTraining);
    assertTrue(noDivision.contains("treasury"), noDivision);
    assertTrue(noActivity.contains("activity 9.1"), noActivity);
    assertTrue(noRecord.contains("no staff member st-7"), noRecord);
    assertTrue(otherKind.contains("st-1 is a staff member, not a training"), otherKind);
    assertTrue(noPlan.contains("no plan of ban-waen, FY B.E. 2570"), noPlan);
    assertEquals(before, stored());
    assertEquals(logged, db.audit().entries(BAN_WAEN).size());
  }

  @Test
  public void aRecordDatedOutsideTheYearIsSavedWithAWarning() {
    commands.add(BOOK, staff("st-1", "clerk"), SOMCHAI);
    Recognition late =
        new Recognition("rc-1", "st-1", RecognitionKind.DILIGENCE, LocalDate.of(2026, 10, 2));

    WriteResult.Saved saved = saved(commands.add(BOOK, late, SOMCHAI));

    assertEquals(1, saved.warnings().size());
    assertTrue(saved.warnings().get(0).en().contains("outside"), saved.warnings().toString());
  }

  @Test
  public void oneOrganizationCannotReadOrCorrectAnothersRecords() {
    commands.add(BOOK, staff("st-1", "clerk"), SOMCHAI);
    db.plans().saveDraft(SamplePlans.other("nong-khwai", "หนองควาย"));
    RecordBook other = RecordBook.of(OrganizationCode.of("nong-khwai"), BOOK.fiscalYear());

    assertEquals(Optional.empty(), commands.find(other, RecordKind.STAFF, "st-1"));
    assertInstanceOf(
        WriteResult.Rejected.class, commands.correct(other, staff("st-1", "clerk"), 0, MALAI));
    assertEquals(List.of(staff("st-1", "clerk")), stored().staff());
  }
}
