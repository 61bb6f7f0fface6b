package th.km.persistence.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.km.core.LocalizedText;
import th.km.core.audit.Actor;
import th.km.core.audit.AuditEntry;
import th.km.core.audit.AuditLog;
import th.km.core.calendar.FiscalYear;
import th.km.core.entry.NumberedRecord;
import th.km.core.entry.RecordBook;
import th.km.core.entry.RecordCommands;
import th.km.core.entry.Versioned;
import th.km.core.entry.WriteResult;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.OrganizationCode;
import th.km.core.plan.StaffCategory;
import th.km.core.records.ActivityRef;
import th.km.core.records.AssetKind;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.Meeting;
import th.km.core.records.MeetingKind;
import th.km.core.records.MonitoringNote;
import th.km.core.records.ProgressUpdate;
import th.km.core.records.Publication;
import th.km.core.records.PublicationChannel;
import th.km.core.records.Recognition;
import th.km.core.records.RecognitionKind;
import th.km.core.records.RecordKind;
import th.km.core.records.ReportRound;
import th.km.core.records.SignOff;
import th.km.core.records.StaffMember;
import th.km.core.records.Training;
import th.km.core.records.TrainingKind;
import th.km.core.records.TrainingReport;
import th.km.core.records.TrainingSetting;
import th.km.core.records.YearRecords;
import th.km.core.store.PlanStore;
import th.km.core.store.RecordStore;
import th.km.persistence.demo.DemoYear;

/**
 * The contract of {@link RecordCommands}, run against each database engine: what the data-entry
 * forms rely on. A subclass hands out a new, empty database for each test.
 */
public abstract class RecordCommandsContract {

  protected static final Instant START = Instant.parse("2026-03-06T02:30:00Z");
  protected static final OrganizationCode BAN_WAEN = OrganizationCode.of("ban-waen");
  protected static final RecordBook BOOK = RecordBook.of(BAN_WAEN, FiscalYear.ofBuddhistYear(2569));
  private static final Actor SOMCHAI = Actor.of("somchai");
  private static final Actor MALAI = Actor.of("malai");

  protected final MutableClock clock = new MutableClock(START);

  /** The stores of one new, empty database. */
  public record Stores(
      PlanStore plans, RecordStore records, RecordCommands commands, AuditLog audit) {}

  protected abstract Stores emptyDatabase();

  private Stores db;
  private RecordCommands commands;

  @BeforeEach
  final void openDatabase() {
    db = emptyDatabase();
    commands = db.commands();
    db.plans().saveDraft(DemoYear.shippedPlan());
  }

  static StaffMember staff(String id, String division) {
    return StaffMember.builder()
        .id(id)
        .name("นางสาวทดสอบ " + id)
        .category(StaffCategory.MUNICIPAL_OFFICER)
        .division(DivisionCode.of(division))
        .position("นักทรัพยากรบุคคล")
        .build();
  }

  static Training training(String id, String person) {
    return Training.of(
        id,
        person,
        "หลักสูตรการจัดการความรู้",
        TrainingKind.TRAINING,
        TrainingSetting.EXTERNAL,
        LocalDate.of(2026, 1, 12),
        LocalDate.of(2026, 1, 14));
  }

  static TrainingReport report(String id, String trainingId) {
    return TrainingReport.builder()
        .id(id)
        .trainingId(trainingId)
        .submittedOn(LocalDate.of(2026, 1, 20))
        .build();
  }

  static Meeting meeting(String id, List<String> attendees) {
    return Meeting.builder()
        .id(id)
        .meetingKind(MeetingKind.KM_COMMITTEE)
        .title("ประชุมคณะกรรมการจัดการความรู้ ครั้งที่ ๑")
        .date(LocalDate.of(2026, 2, 3))
        .attendeeIds(attendees)
        .build();
  }

  private WriteResult.Saved saved(WriteResult result) {
    return assertInstanceOf(WriteResult.Saved.class, result, () -> "not saved: " + result);
  }

  private String reasons(WriteResult result) {
    return String.join(
        "\n",
        assertInstanceOf(WriteResult.Rejected.class, result).reasons().stream()
            .map(LocalizedText::toString)
            .toList());
  }

  private YearRecords stored() {
    return db.records().records(BAN_WAEN, BOOK.fiscalYear());
  }

  @Test
  public void anAddedRecordIsStoredAtVersionZeroAndLoggedWithItsAuthor() {
    StaffMember nok = staff("st-1", "clerk");

    WriteResult.Saved saved = saved(commands.add(BOOK, nok, SOMCHAI));

    assertEquals(0, saved.version());
    assertEquals(List.of(), saved.warnings());
    assertEquals(Optional.of(new Versioned(nok, 0)), commands.find(BOOK, RecordKind.STAFF, "st-1"));
    assertEquals(List.of(nok), stored().staff());
    List<AuditEntry> log = db.audit().entries(BAN_WAEN, "staff", "2569/st-1");
    assertEquals(1, log.size());
    assertEquals("staff.add", log.get(0).action());
    assertEquals(SOMCHAI, log.get(0).actor());
    assertEquals(START, log.get(0).at());
    assertEquals(Optional.empty(), log.get(0).before());
    assertTrue(log.get(0).after().orElseThrow().contains("\"id\":\"st-1\""), log.get(0).toString());
  }

  @Test
  public void recordsAddedAtOnceUnderChosenIdsAreAllStoredEachUnderAnIdOfItsOwn() throws Exception {
    commands.add(BOOK, staff("st-1", "clerk"), SOMCHAI);
    commands.add(BOOK, training("training-2", "st-1"), SOMCHAI);
    int writers = 12;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CyclicBarrier together = new CyclicBarrier(writers);
    List<Future<NumberedRecord.Added>> sent = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      sent.add(
          pool.submit(
              () -> {
                together.await(60, TimeUnit.SECONDS);
                return commands.addNumbered(
                    BOOK,
                    new NumberedRecord("training", RecordKind.TRAINING, id -> training(id, "st-1")),
                    MALAI);
              }));
    }
    Set<String> ids = new HashSet<>();
    for (Future<NumberedRecord.Added> f : sent) {
      NumberedRecord.Added added = f.get(2, TimeUnit.MINUTES);
      saved(added.result());
      ids.add(added.record().id());
    }
    pool.shutdown();
    assertEquals(writers, ids.size(), "ids of their own: " + ids);
    assertTrue(!ids.contains("training-2"), "an id in use is never chosen: " + ids);
    assertEquals(writers + 1, stored().trainings().size());
  }

  @Test
  public void aCorrectionFromTheCurrentVersionIsStoredAsTheNextOneAndLogsBeforeAndAfter() {
    commands.add(BOOK, staff("st-1", "clerk"), SOMCHAI);
    StaffMember moved =
        StaffMember.builder()
            .from(staff("st-1", "finance"))
            .position("นักวิชาการเงินและบัญชี")
            .build();
    clock.advance(java.time.Duration.ofMinutes(3));

    WriteResult.Saved saved = saved(commands.correct(BOOK, moved, 0, MALAI));

    assertEquals(1, saved.version());
    assertEquals(
        Optional.of(new Versioned(moved, 1)), commands.find(BOOK, RecordKind.STAFF, "st-1"));
    AuditEntry entry = db.audit().entries(BAN_WAEN, "staff", "2569/st-1").get(1);
    assertEquals("staff.correct", entry.action());
    assertEquals(MALAI, entry.actor());
    assertTrue(entry.before().orElseThrow().contains("\"clerk\""), entry.toString());
    assertTrue(entry.after().orElseThrow().contains("\"finance\""), entry.toString());
  }

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
  public void theSecondOfTwoEditorsGetsAConflictWithTheFirstEditorsRecordAndOverwritesNothing() {
    commands.add(BOOK, staff("st-1", "clerk"), SOMCHAI);
    int seenByBoth = commands.find(BOOK, RecordKind.STAFF, "st-1").orElseThrow().version();
    StaffMember first = staff("st-1", "finance");
    StaffMember second = staff("st-1", "education");

    saved(commands.correct(BOOK, first, seenByBoth, SOMCHAI));
    WriteResult late = commands.correct(BOOK, second, seenByBoth, MALAI);

    WriteResult.Conflict conflict = assertInstanceOf(WriteResult.Conflict.class, late);
    assertEquals(new Versioned(first, 1), conflict.current());
    assertEquals(List.of(first), stored().staff());
    assertEquals(2, db.audit().entries(BAN_WAEN, "staff", "2569/st-1").size());
    // Redone on the current version, the second correction goes through.
    assertEquals(2, saved(commands.correct(BOOK, second, 1, MALAI)).version());
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
  public void aCorrectionKeepsTheRecordsPlaceAndReplacesItsLists() {
    commands.add(BOOK, staff("st-1", "clerk"), SOMCHAI);
    commands.add(BOOK, staff("st-2", "clerk"), SOMCHAI);
    KnowledgeAsset draft =
        KnowledgeAsset.builder()
            .id("ka-1")
            .title("คู่มือการปฏิบัติงานการจัดเก็บภาษี")
            .assetKind(AssetKind.WORK_MANUAL)
            .division(DivisionCode.of("finance"))
            .addAuthorIds("st-1")
            .createdOn(LocalDate.of(2026, 2, 1))
            .build();
    KnowledgeAsset other =
        KnowledgeAsset.builder().from(draft).id("ka-2").title("คู่มืออื่น").build();
    commands.add(BOOK, draft, SOMCHAI);
    commands.add(BOOK, other, SOMCHAI);
    KnowledgeAsset published =
        KnowledgeAsset.builder()
            .from(draft)
            .authorIds(List.of("st-2", "st-1"))
            .withFlowchart(true)
            .reviewedOn(LocalDate.of(2026, 2, 10))
            .addPublications(new Publication(PublicationChannel.WEBSITE, LocalDate.of(2026, 2, 12)))
            .build();

    saved(commands.correct(BOOK, published, 0, MALAI));

    assertEquals(List.of(published, other), stored().knowledgeAssets());
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

  @Test
  public void importedRecordsStartAtVersionZeroAndCanBeCorrected() {
    YearRecords year =
        YearRecords.builder()
            .organization(BAN_WAEN)
            .fiscalYear(BOOK.fiscalYear())
            .addStaff(staff("st-1", "clerk"))
            .build();
    db.records().importRecords(year);

    assertEquals(0, commands.find(BOOK, RecordKind.STAFF, "st-1").orElseThrow().version());
    assertEquals(1, saved(commands.correct(BOOK, staff("st-1", "health"), 0, MALAI)).version());
  }
}
