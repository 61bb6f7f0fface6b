package th.km.web.entry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import th.km.core.entry.RecordCommands;
import th.km.core.plan.DivisionCode;
import th.km.core.records.Meeting;
import th.km.core.records.MeetingKind;
import th.km.core.records.RecordKind;
import th.km.core.records.YearRecord;
import th.km.web.security.Access;

/** A meeting, workshop or seminar held, with who attended. */
final class MeetingForm implements CorrectableForm {
  @Override public String slug() { return "meeting"; }
  @Override public String collection() { return "meetings"; }
  @Override public String schema() { return "MeetingInput"; }
  @Override public String titleKey() { return "entry.meeting.title"; }
  @Override public Access access() { return Access.EDITOR; }
  @Override public WriteRights.Purpose purpose() { return WriteRights.Purpose.RECORD; }
  @Override public String shownOn() { return "overview"; }

  @Override
  public List<Field> fields(EntryContext c) {
    return List.of(
        Field.select("meetingKind", true, "entry.field.meetingKind",
            Forms.options(c, MeetingKind.values(), MeetingKind::thaiName, MeetingKind::englishName)),
        Field.text("title", true, "entry.field.meetingTitle"),
        Field.date("date", true, "entry.field.meetingDate"),
        Field.select("division", false, "entry.field.heldBy", c.divisionOptions(true)),
        Field.checkboxes("attendeeIds", "entry.field.attendees", c.allStaffOptions()),
        Field.number("otherAttendees", false, "entry.field.otherAttendees"));
  }

  @Override
  public Map<String, String> initial(EntryContext c, Function<String, String> query) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("meetingKind", MeetingKind.WORKSHOP.name());
    values.put("date", DateInput.write(c.today()));
    values.put("otherAttendees", "0");
    c.account().division().ifPresent(d -> values.put("division", d.value()));
    return values;
  }

  @Override
  public Optional<Write> read(EntryContext c, Input in, RecordCommands stored) {
    Optional<MeetingKind> kind = in.choice("meetingKind", MeetingKind.class, true);
    Optional<String> title = in.text("title", true);
    Optional<LocalDate> date = Forms.dayOfYear(c, in, "date", true, false);
    Optional<DivisionCode> division = Forms.division(c, in, "division");
    List<String> attendees = Forms.people(c, in, "attendeeIds");
    OptionalInt others = in.number("otherAttendees", false, 0, 100_000);
    if (attendees.isEmpty() && others.orElse(0) == 0 && !in.hasError("attendeeIds")) {
      in.error("attendeeIds", "entry.error.nobodyAttended");
    }
    if (!in.ok()) {
      return Optional.empty();
    }
    return Optional.of(
        Write.New.numbered("meeting", RecordKind.MEETING, c.records(), id ->
            Meeting.builder()
                .id(id)
                .meetingKind(kind.orElseThrow())
                .title(title.orElseThrow())
                .date(date.orElseThrow())
                .division(division)
                .attendeeIds(attendees)
                .otherAttendees(others.orElse(0))
                .build()));
  }

  @Override public RecordKind correctedKind() { return RecordKind.MEETING; }

  @Override
  public Map<String, List<String>> valuesOf(YearRecord record, int version) {
    Meeting m = (Meeting) record;
    Map<String, List<String>> v = CorrectableForm.values(m.id(), version,
        "meetingKind", m.meetingKind().name(), "title", m.title(), "date", DateInput.write(m.date()),
        "division", m.division().map(DivisionCode::value).orElse(""),
        "otherAttendees", Integer.toString(m.otherAttendees()));
    v.put("attendeeIds", m.attendeeIds());
    return v;
  }
}

