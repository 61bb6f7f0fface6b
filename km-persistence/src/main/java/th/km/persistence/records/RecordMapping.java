package th.km.persistence.records;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.StaffCategory;
import th.km.core.records.AccessEvent;
import th.km.core.records.Acknowledgement;
import th.km.core.records.AcknowledgementTopic;
import th.km.core.records.ActivityRef;
import th.km.core.records.EvaluationReport;
import th.km.core.records.Meeting;
import th.km.core.records.MeetingKind;
import th.km.core.records.ProgressUpdate;
import th.km.core.records.PublicationChannel;
import th.km.core.records.Recognition;
import th.km.core.records.RecognitionKind;
import th.km.core.records.RecordKind;
import th.km.core.records.StaffMember;
import th.km.persistence.records.FolderContext.DateRole;

/**
 * The mapping between each kind of record and one line of its JSON Lines file: a {@code write} and
 * a {@code read} per kind, side by side, fields in the order docs/records-format.md gives them.
 * Optional fields that are empty are left out; enums are written by their constant names. The
 * training records are mapped by {@link TrainingMapping}, knowledge assets by {@link
 * KnowledgeAssetMapping}.
 */
final class RecordMapping {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private RecordMapping() {}

  // Staff (บุคลากร)

  static ObjectNode writeStaff(StaffMember s) {
    ObjectNode o = JSON.objectNode();
    o.put("id", s.id());
    o.put("name", s.name());
    o.put("category", s.category().name());
    s.division().ifPresent(d -> o.put("division", d.value()));
    s.position().ifPresent(p -> o.put("position", p));
    putDate(o, "birthDate", s.birthDate());
    putDate(o, "retirementDate", s.retirementDate());
    putDate(o, "activeFrom", s.activeFrom());
    putDate(o, "activeUntil", s.activeUntil());
    return o;
  }

  static Optional<StaffMember> readStaff(LineIn in) {
    String id = in.id(RecordKind.STAFF);
    String name = in.text("name");
    StaffCategory category = in.constant("category", StaffCategory.class);
    Optional<DivisionCode> division = in.division("division");
    Optional<String> position = in.optionalText("position");
    Optional<LocalDate> birth = in.optionalDate("birthDate", DateRole.BIRTH);
    Optional<LocalDate> retirement = in.optionalDate("retirementDate", DateRole.SERVICE);
    Optional<LocalDate> from = in.optionalDate("activeFrom", DateRole.SERVICE);
    Optional<LocalDate> until = in.optionalDate("activeUntil", DateRole.SERVICE);
    if (from.isPresent() && until.isPresent() && in.fine("activeFrom", "activeUntil")) {
      in.require(
          !until.get().isBefore(from.get()),
          "activeUntil",
          "วันพ้นจากตำแหน่ง " + until.get() + " อยู่ก่อนวันเริ่มปฏิบัติงาน " + from.get(),
          "the last day of service " + until.get() + " is before the first " + from.get());
    }
    if (birth.isPresent() && retirement.isPresent() && in.fine("birthDate", "retirementDate")) {
      in.require(
          retirement.get().isAfter(birth.get()),
          "retirementDate",
          "วันเกษียณ " + retirement.get() + " ไม่อยู่หลังวันเกิด " + birth.get(),
          "the retirement date " + retirement.get() + " is not after the birth date " + birth.get());
    }
    return in.build(
        () ->
            StaffMember.builder()
                .id(id)
                .name(name)
                .category(category)
                .division(division)
                .position(position)
                .birthDate(birth)
                .retirementDate(retirement)
                .activeFrom(from)
                .activeUntil(until)
                .build());
  }

  // Meetings and workshops (การประชุม/สัมมนา/อบรมเชิงปฏิบัติการ)

  static ObjectNode writeMeeting(Meeting m) {
    ObjectNode o = JSON.objectNode();
    o.put("id", m.id());
    o.put("kind", m.meetingKind().name());
    o.put("title", m.title());
    o.put("date", m.date().toString());
    m.division().ifPresent(d -> o.put("division", d.value()));
    ArrayNode attendees = o.putArray("attendeeIds");
    m.attendeeIds().forEach(attendees::add);
    if (m.otherAttendees() != 0) {
      o.put("otherAttendees", m.otherAttendees());
    }
    return o;
  }

  static Optional<Meeting> readMeeting(LineIn in) {
    String id = in.id(RecordKind.MEETING);
    MeetingKind kind = in.constant("kind", MeetingKind.class);
    String title = in.text("title");
    LocalDate date = in.date("date", DateRole.EVENT);
    Optional<DivisionCode> division = in.division("division");
    List<String> attendees = in.references("attendeeIds", RecordKind.STAFF);
    int others = in.optionalInteger("otherAttendees", 0, Integer.MAX_VALUE, 0);
    return in.build(
        () ->
            Meeting.builder()
                .id(id)
                .meetingKind(kind)
                .title(title)
                .date(date)
                .division(division)
                .attendeeIds(attendees)
                .otherAttendees(others)
                .build());
  }

  // Acknowledgements (การรับทราบ)

  static ObjectNode writeAcknowledgement(Acknowledgement a) {
    ObjectNode o = JSON.objectNode();
    o.put("id", a.id());
    o.put("personId", a.personId());
    o.put("topic", a.topic().name());
    o.put("date", a.date().toString());
    return o;
  }

  static Optional<Acknowledgement> readAcknowledgement(LineIn in) {
    String id = in.id(RecordKind.ACKNOWLEDGEMENT);
    String person = in.reference("personId", RecordKind.STAFF);
    AcknowledgementTopic topic = in.constant("topic", AcknowledgementTopic.class);
    LocalDate date = in.date("date", DateRole.EVENT);
    return in.build(() -> new Acknowledgement(id, person, topic, date));
  }

  // Accesses to knowledge (การเข้าถึงองค์ความรู้)

  static ObjectNode writeAccessEvent(AccessEvent a) {
    ObjectNode o = JSON.objectNode();
    o.put("id", a.id());
    o.put("assetId", a.assetId());
    o.put("channel", a.channel().name());
    o.put("date", a.date().toString());
    o.put("hits", a.hits());
    return o;
  }

  static Optional<AccessEvent> readAccessEvent(LineIn in) {
    String id = in.id(RecordKind.ACCESS_EVENT);
    String asset = in.reference("assetId", RecordKind.KNOWLEDGE_ASSET);
    PublicationChannel channel = in.constant("channel", PublicationChannel.class);
    LocalDate date = in.date("date", DateRole.EVENT);
    long hits = in.longInteger("hits", 1);
    return in.build(() -> new AccessEvent(id, asset, channel, date, hits));
  }

  // Recognitions (การยกย่องชมเชย)

  static ObjectNode writeRecognition(Recognition r) {
    ObjectNode o = JSON.objectNode();
    o.put("id", r.id());
    o.put("personId", r.personId());
    o.put("kind", r.recognitionKind().name());
    o.put("date", r.date().toString());
    return o;
  }

  static Optional<Recognition> readRecognition(LineIn in) {
    String id = in.id(RecordKind.RECOGNITION);
    String person = in.reference("personId", RecordKind.STAFF);
    RecognitionKind kind = in.constant("kind", RecognitionKind.class);
    LocalDate date = in.date("date", DateRole.EVENT);
    return in.build(() -> new Recognition(id, person, kind, date));
  }

  // Progress updates (รายงานความก้าวหน้า)

  static ObjectNode writeProgressUpdate(ProgressUpdate p) {
    ObjectNode o = JSON.objectNode();
    o.put("id", p.id());
    o.put("goal", p.activity().goal());
    o.put("activity", p.activity().activity());
    o.put("date", p.date().toString());
    o.put("percent", p.percent());
    if (!p.narrative().isEmpty()) {
      o.put("narrative", p.narrative());
    }
    return o;
  }

  static Optional<ProgressUpdate> readProgressUpdate(LineIn in) {
    String id = in.id(RecordKind.PROGRESS_UPDATE);
    int goal = in.integer("goal", 1, 99);
    int activity = in.integer("activity", 1, 99);
    LocalDate date = in.date("date", DateRole.EVENT);
    int percent = in.integer("percent", 0, 100);
    String narrative = in.optionalText("narrative").orElse("");
    if (in.fine("goal", "activity")) {
      ActivityRef ref = new ActivityRef(goal, activity);
      Optional<Set<ActivityRef>> known = in.context().activities();
      if (known.isPresent() && !known.get().contains(ref)) {
        in.error(
            "activity",
            "แผนไม่มีกิจกรรมที่ " + activity + " ของเป้าหมาย KM ที่ " + goal,
            "the plan has no activity " + activity + " under KM goal " + goal);
      }
    }
    return in.build(
        () -> new ProgressUpdate(id, new ActivityRef(goal, activity), date, percent, narrative));
  }

  // M&E reports (รายงานผลการติดตามและประเมินผล)

  static ObjectNode writeEvaluationReport(EvaluationReport r) {
    ObjectNode o = JSON.objectNode();
    o.put("id", r.id());
    o.put("submittedOn", r.submittedOn().toString());
    o.put("recipient", r.recipient());
    ArrayNode recommendations = o.putArray("recommendations");
    r.recommendations().forEach(recommendations::add);
    return o;
  }

  static Optional<EvaluationReport> readEvaluationReport(LineIn in) {
    String id = in.id(RecordKind.EVALUATION_REPORT);
    LocalDate submitted = in.date("submittedOn", DateRole.EVENT);
    String recipient = in.text("recipient");
    List<String> recommendations = in.texts("recommendations");
    return in.build(
        () ->
            EvaluationReport.builder()
                .id(id)
                .submittedOn(submitted)
                .recipient(recipient)
                .recommendations(recommendations)
                .build());
  }

  /** Writes the date under the field when there is one. */
  static void putDate(ObjectNode o, String field, Optional<LocalDate> date) {
    date.ifPresent(d -> o.put(field, d.toString()));
  }
}
