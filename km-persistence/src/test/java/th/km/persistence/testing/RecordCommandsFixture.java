package th.km.persistence.testing;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import th.km.core.LocalizedText;
import th.km.core.audit.Actor;
import th.km.core.audit.AuditLog;
import th.km.core.calendar.FiscalYear;
import th.km.core.entry.RecordBook;
import th.km.core.entry.RecordCommands;
import th.km.core.entry.WriteResult;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.OrganizationCode;
import th.km.core.plan.StaffCategory;
import th.km.core.records.Meeting;
import th.km.core.records.MeetingKind;
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
 * What every part of the {@link RecordCommands} contract starts from: a new, empty database of a
 * subclass's engine holding the shipped Ban Waen plan, two editors, and small records to write.
 */
public abstract class RecordCommandsFixture {

  protected static final Instant START = Instant.parse("2026-03-06T02:30:00Z");
  protected static final OrganizationCode BAN_WAEN = OrganizationCode.of("ban-waen");
  protected static final RecordBook BOOK = RecordBook.of(BAN_WAEN, FiscalYear.ofBuddhistYear(2569));
  protected static final Actor SOMCHAI = Actor.of("somchai");
  protected static final Actor MALAI = Actor.of("malai");

  protected final MutableClock clock = new MutableClock(START);

  /** The stores of one new, empty database. */
  public record Stores(
      PlanStore plans, RecordStore records, RecordCommands commands, AuditLog audit) {}

  protected abstract Stores emptyDatabase();

  protected Stores db;
  protected RecordCommands commands;

  @BeforeEach
  final void openDatabase() {
    db = emptyDatabase();
    commands = db.commands();
    db.plans().saveDraft(DemoYear.shippedPlan());
  }

  protected static StaffMember staff(String id, String division) {
    return StaffMember.builder()
        .id(id)
        .name("นางสาวทดสอบ " + id)
        .category(StaffCategory.MUNICIPAL_OFFICER)
        .division(DivisionCode.of(division))
        .position("นักทรัพยากรบุคคล")
        .build();
  }

  protected static Training training(String id, String person) {
    return Training.of(
        id,
        person,
        "หลักสูตรการจัดการความรู้",
        TrainingKind.TRAINING,
        TrainingSetting.EXTERNAL,
        LocalDate.of(2026, 1, 12),
        LocalDate.of(2026, 1, 14));
  }

  protected static TrainingReport report(String id, String trainingId) {
    return TrainingReport.builder()
        .id(id)
        .trainingId(trainingId)
        .submittedOn(LocalDate.of(2026, 1, 20))
        .build();
  }

  protected static Meeting meeting(String id, List<String> attendees) {
    return Meeting.builder()
        .id(id)
        .meetingKind(MeetingKind.KM_COMMITTEE)
        .title("ประชุมคณะกรรมการจัดการความรู้ ครั้งที่ ๑")
        .date(LocalDate.of(2026, 2, 3))
        .attendeeIds(attendees)
        .build();
  }

  protected WriteResult.Saved saved(WriteResult result) {
    return assertInstanceOf(WriteResult.Saved.class, result, () -> "not saved: " + result);
  }

  protected String reasons(WriteResult result) {
    return String.join(
        "\n",
        assertInstanceOf(WriteResult.Rejected.class, result).reasons().stream()
            .map(LocalizedText::toString)
            .toList());
  }

  protected YearRecords stored() {
    return db.records().records(BAN_WAEN, BOOK.fiscalYear());
  }
}
