package th.km.core.records;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import th.km.core.plan.DivisionCode;

/** A meeting, seminar, workshop or activity held during the year, with who attended. */
@Value.Immutable
public abstract class AbstractMeeting implements YearRecord {

  @Override
  public abstract String id();

  public abstract MeetingKind meetingKind();

  public abstract String title();

  public abstract LocalDate date();

  /** The division that held it; empty when the organization as a whole did. */
  public abstract Optional<DivisionCode> division();

  /** The staff members who attended, each once. */
  public abstract List<String> attendeeIds();

  /** Attendees who are not staff (speakers, guests), counted but not named. */
  @Value.Default
  public int otherAttendees() {
    return 0;
  }

  @Override
  public RecordKind kind() {
    return RecordKind.MEETING;
  }

  @Override
  public Optional<LocalDate> occurredOn() {
    return Optional.of(date());
  }

  @Override
  public List<String> personIds() {
    return attendeeIds();
  }

  /** Everyone who attended, staff and others. */
  public int attendance() {
    return attendeeIds().size() + otherAttendees();
  }

  @Value.Check
  protected void check() {
    RecordIds.check(id(), "meeting");
    checkArgument(!title().isBlank(), "meeting %s has a blank title", id());
    checkArgument(
        otherAttendees() >= 0,
        "meeting %s: the number of other attendees is negative (%s)",
        id(),
        otherAttendees());
    Set<String> seen = new HashSet<>();
    for (String a : attendeeIds()) {
      RecordIds.check(a, "meeting", id(), "attendee");
      checkArgument(seen.add(a), "meeting %s lists attendee %s twice", id(), a);
    }
  }
}
